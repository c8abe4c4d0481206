package org.sociallearning.guide.site;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sociallearning.guide.entry.Entry;

/** The machine-readable pages: the Atom feed of the newest entries, and the sitemap. */
final class Syndication {

    /** How many entries the Atom feed carries, newest first. */
    static final int FEED_SIZE = 50;

    private final SiteSettings settings;
    private final PageModels models;
    private final Comparator<Entry> newestFirst;

    Syndication(SiteSettings settings, PageModels models, Comparator<Entry> byTitle) {
        this.settings = settings;
        this.models = models;
        this.newestFirst = Comparator.comparing(Entry::date).reversed().thenComparing(byTitle);
    }

    PageSpec feed(List<Entry> entries, Map<String, Map<String, Object>> cards, LocalDate newest) {
        Map<String, Object> model =
                models.base(settings.title(), settings.description(), "feed.xml", "");
        model.put("updated", newest + "T00:00:00Z");
        model.put(
                "entries",
                entries.stream()
                        .sorted(newestFirst)
                        .limit(FEED_SIZE)
                        .map(
                                e -> {
                                    Map<String, Object> item =
                                            new LinkedHashMap<>(cards.get(e.slug()));
                                    item.put("updated", e.lastModified() + "T00:00:00Z");
                                    item.put("published", e.date() + "T00:00:00Z");
                                    item.put(
                                            "absolute",
                                            settings.absolute(SitePaths.entry(e.slug())));
                                    return item;
                                })
                        .toList());
        return new PageSpec("feed.xml", "feed", model, Optional.empty());
    }

    /** Every page with a last-modified date, that is every page worth indexing. */
    PageSpec sitemap(List<PageSpec> pages) {
        Map<String, Object> model = models.base("Sitemap", "", "sitemap.xml", "");
        model.put(
                "urls",
                pages.stream()
                        .filter(s -> s.lastModified().isPresent())
                        .map(
                                s -> {
                                    Map<String, Object> url = new LinkedHashMap<>();
                                    url.put("loc", settings.absolute(s.urlPath()));
                                    url.put("lastmod", s.lastModified().get().toString());
                                    return url;
                                })
                        .toList());
        return new PageSpec("sitemap.xml", "sitemap", model, Optional.empty());
    }

    /** Newest first, then by title: the order of the feed and of "recently added". */
    Comparator<Entry> newestFirst() {
        return newestFirst;
    }
}
