package org.sociallearning.guide.site;

import java.util.Objects;
import org.sociallearning.guide.entry.BaseUrl;

/**
 * The site-wide settings read from {@code jbake.properties}.
 *
 * @param baseUrl an absolute http(s) URL ending in a slash (see {@link BaseUrl})
 */
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
        baseUrl = BaseUrl.of(baseUrl).toString();
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(separator, "separator");
        Objects.requireNonNull(datePattern, "datePattern");
    }

    public SiteSettings withBaseUrl(BaseUrl url) {
        return new SiteSettings(
                title, description, url.toString(), language, version, separator, datePattern);
    }

    /** With another base URL, known to be valid (tests, defaults). */
    public SiteSettings withBaseUrl(String url) {
        return withBaseUrl(BaseUrl.of(url));
    }

    /** The base URL, parsed. */
    public BaseUrl base() {
        return BaseUrl.of(baseUrl);
    }

    /**
     * The path the site is served under: {@code /} at a domain's root, {@code /guide/} under a
     * sub-path.
     */
    public String basePath() {
        return base().path();
    }

    /** The absolute URL of a site path such as {@code entries/pkm/}. */
    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }
}
