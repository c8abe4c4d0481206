package org.sociallearning.guide.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Facet;

/** The machine-readable pages: the Atom feed of the newest entries, and the sitemap. */
final class Syndication {

    /** How many entries the Atom feed carries, newest first. */
    static final int FEED_SIZE = 50;

    private final PlanContext context;

    Syndication(PlanContext context) {
        this.context = context;
    }

    PageSpec feed() {
        List<PageView.FeedItem> items =
                PlanContext.first(context.entries, context.newestFirst, FEED_SIZE).stream()
                        .map(this::item)
                        .toList();
        PageView view =
                new PageView.Feed(
                        context.site,
                        context.page(
                                context.settings.title(),
                                context.settings.description(),
                                SitePaths.FEED),
                        context.newest + "T00:00:00Z",
                        items);
        return new PageSpec(SitePaths.FEED, "feed", view, Optional.empty());
    }

    /** A feed entry, categorised by the facets the home page is organised by. */
    private PageView.FeedItem item(Entry e) {
        List<TermView> categories = new ArrayList<>();
        for (Facet facet : context.taxonomy.facets()) {
            if (facet.shows(Facet.Shown.HOME)
                    || facet.shows(Facet.Shown.ROWS)
                    || facet.shows(Facet.Shown.COLUMNS)) {
                e.values(facet.field()).forEach(v -> categories.add(context.term(facet, v)));
            }
        }
        return new PageView.FeedItem(
                e.title(),
                context.settings.absolute(SitePaths.entry(e.slug())),
                e.date() + "T00:00:00Z",
                e.lastModified() + "T00:00:00Z",
                e.summary(),
                categories);
    }

    /** Every page with a last-modified date, that is every page worth indexing. */
    PageSpec sitemap(List<PageSpec> pages) {
        PageView view =
                new PageView.Sitemap(
                        context.site,
                        context.page("Sitemap", "", SitePaths.SITEMAP),
                        pages.stream()
                                .filter(s -> s.lastModified().isPresent())
                                .map(
                                        s ->
                                                new PageView.SitemapUrl(
                                                        context.settings.absolute(s.urlPath()),
                                                        s.lastModified().get().toString()))
                                .toList());
        return new PageSpec(SitePaths.SITEMAP, "sitemap", view, Optional.empty());
    }
}
