package org.sociallearning.guide.check;

import java.util.Objects;
import java.util.Optional;
import org.sociallearning.guide.entry.BaseUrl;

/**
 * Where a site is served: its base path ({@code /} or {@code /guide/}) and, when known, the
 * absolute base URL, so that absolute links to the site itself (canonical, {@code og:url}) are
 * checked as internal links.
 *
 * @param origin {@code https://example.org} (lower-case scheme and host), or empty
 * @param path the base path, starting and ending with {@code /}
 */
record SiteBase(Optional<String> origin, String path) {

    SiteBase {
        Objects.requireNonNull(origin, "origin");
        if (!path.startsWith("/") || !path.endsWith("/")) {
            throw new IllegalArgumentException("a base path starts and ends with /: " + path);
        }
    }

    /** From the site's base URL, parsed by the one parser of base URLs. */
    static SiteBase of(BaseUrl base) {
        return new SiteBase(Optional.of(base.origin()), base.path());
    }

    /**
     * The path under the site root an absolute or protocol-relative URL points to, when it points
     * into this site; {@code ""} is the root.
     */
    Optional<String> sitePathOf(String url) {
        if (origin.isEmpty()) {
            return Optional.empty();
        }
        String o = origin.get();
        String candidate = url.startsWith("//") ? o.substring(0, o.indexOf(':') + 1) + url : url;
        if (!candidate.regionMatches(true, 0, o, 0, o.length())) {
            return Optional.empty();
        }
        String rest = candidate.substring(o.length());
        if (rest.isEmpty() || rest.charAt(0) == '?' || rest.charAt(0) == '#') {
            rest = "/" + rest;
        }
        if (rest.charAt(0) != '/') {
            return Optional.empty(); // another port or host that merely starts the same
        }
        return underPath(rest);
    }

    /** The part of a root-relative URL after the base path, when it lies under it. */
    Optional<String> underPath(String rootRelative) {
        if (rootRelative.startsWith(path)) {
            return Optional.of(rootRelative.substring(path.length()));
        }
        String bare = path.substring(0, path.length() - 1);
        if (rootRelative.equals(bare)
                || rootRelative.startsWith(bare + "?")
                || rootRelative.startsWith(bare + "#")) {
            return Optional.of(rootRelative.substring(bare.length()));
        }
        return Optional.empty();
    }
}
