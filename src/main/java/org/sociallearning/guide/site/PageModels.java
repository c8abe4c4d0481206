package org.sociallearning.guide.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What every template receives: the site, and the page's title, description, canonical URL and
 * root.
 */
final class PageModels {

    private final SiteSettings settings;
    private final Map<String, Object> site;

    PageModels(SiteSettings settings, Optional<Instant> sourceDate) {
        this.settings = settings;
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", settings.title());
        view.put("description", settings.description());
        view.put("baseUrl", settings.baseUrl());
        view.put("basePath", settings.basePath());
        view.put("language", settings.language());
        view.put("version", settings.version());
        sourceDate.ifPresent(
                d -> view.put("built", d.atOffset(ZoneOffset.UTC).toLocalDate().toString()));
        this.site = java.util.Collections.unmodifiableMap(view);
    }

    /**
     * A page's base model.
     *
     * @param urlPath the page's path from the site root, e.g. {@code entries/pkm/}
     * @param root the relative way back to the site root, e.g. {@code ../../}
     */
    Map<String, Object> base(String title, String description, String urlPath, String root) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("description", description);
        page.put("path", urlPath);
        page.put("canonical", settings.absolute(urlPath));
        page.put("root", root);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("page", page);
        return model;
    }
}
