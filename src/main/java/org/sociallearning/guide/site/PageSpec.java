package org.sociallearning.guide.site;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One page to render: its output path in the site (e.g. {@code entries/pkm/index.html}), the
 * template kind that renders it, the view its template receives, and, for pages listed in the
 * sitemap, when it last changed.
 */
public record PageSpec(
        String path, String template, PageView view, Optional<LocalDate> lastModified) {

    public PageSpec {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(lastModified, "lastModified");
        if (path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException(
                    "page path must be relative to the site root: " + path);
        }
    }

    /** The URL path readers see: {@code entries/pkm/} for {@code entries/pkm/index.html}. */
    public String urlPath() {
        return path.endsWith("index.html")
                ? path.substring(0, path.length() - "index.html".length())
                : path;
    }
}
