package org.sociallearning.guide.site;

import java.util.Objects;

/**
 * What every page knows about the site: its settings as shown, and where its shared pages live.
 *
 * @param built the build day from {@code SOURCE_DATE_EPOCH}, empty when not given
 */
public record SiteView(
        String title,
        String description,
        String baseUrl,
        String basePath,
        String language,
        String version,
        String built,
        Urls urls) {

    public SiteView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(basePath, "basePath");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(built, "built");
        Objects.requireNonNull(urls, "urls");
    }

    /**
     * The site's shared pages and files, relative to its root, as {@link SitePaths} builds them.
     */
    public record Urls(
            String directory,
            String about,
            String contribute,
            String feed,
            String entriesJson,
            String schema,
            String sitemap,
            String stylesheet,
            String icon,
            String homeScript,
            String filterScript,
            String filterFlagScript,
            String filterIndex) {

        static Urls of() {
            return new Urls(
                    SitePaths.DIRECTORY,
                    SitePaths.page("about"),
                    SitePaths.page("contribute"),
                    SitePaths.FEED,
                    SitePaths.ENTRIES_JSON,
                    SitePaths.SCHEMA,
                    SitePaths.SITEMAP,
                    SitePaths.STYLESHEET,
                    SitePaths.ICON,
                    SitePaths.HOME_SCRIPT,
                    SitePaths.FILTER_SCRIPT,
                    SitePaths.FILTER_FLAG_SCRIPT,
                    SitePaths.FILTER_INDEX);
        }
    }
}
