package org.sociallearning.guide.check;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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

    /** From an absolute base URL such as {@code https://example.org/guide/}, or a path. */
    static SiteBase parse(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        URI uri;
        try {
            uri = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("base URL is malformed: " + baseUrl, e);
        }
        String path =
                uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        path = (path.startsWith("/") ? "" : "/") + path + (path.endsWith("/") ? "" : "/");
        if (uri.getScheme() == null) {
            return new SiteBase(Optional.empty(), path);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("base URL has no host: " + baseUrl);
        }
        String origin =
                uri.getScheme().toLowerCase(Locale.ROOT)
                        + "://"
                        + uri.getRawAuthority().toLowerCase(Locale.ROOT);
        return new SiteBase(Optional.of(origin), path);
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
