package org.sociallearning.guide.site;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** The site-wide settings read from {@code jbake.properties}. */
public record SiteSettings(
        String title,
        String description,
        String baseUrl,
        String language,
        String version,
        String separator,
        String datePattern) {

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        baseUrl = normaliseBaseUrl(baseUrl);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(separator, "separator");
        Objects.requireNonNull(datePattern, "datePattern");
    }

    public SiteSettings withBaseUrl(String url) {
        return new SiteSettings(title, description, url, language, version, separator, datePattern);
    }

    /**
     * The path the site is served under: {@code /} at a domain's root, {@code /guide/} under a
     * sub-path.
     */
    public String basePath() {
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The absolute URL of a site path such as {@code entries/pkm/}. */
    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }

    /**
     * An absolute http(s) URL ending in a slash.
     *
     * @throws IllegalArgumentException when the URL is not absolute http(s)
     */
    public static String normaliseBaseUrl(String url) {
        Objects.requireNonNull(url, "baseUrl");
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("base URL is malformed: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "base URL must be absolute http(s), e.g. https://example.org/guide/: " + url);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "base URL must not have a query or fragment: " + url);
        }
        String text = uri.toString();
        return text.endsWith("/") ? text : text + "/";
    }
}
