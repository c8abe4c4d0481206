package org.sociallearning.guide.site;

import java.util.List;

/**
 * The data one page's template receives, by kind of page. Every view carries the site and the page;
 * the {@code bake} package hands a view's components to its template as top-level names.
 */
public sealed interface PageView {

    SiteView site();

    PageInfo page();

    /**
     * The home page: the grid, the facets listed with counts, the newest entries and the latest
     * reviewed.
     *
     * @param recent the entries that joined the guide last, newest first
     * @param reviewed the entries reviewed last, most recently reviewed first
     */
    record Home(
            SiteView site,
            PageInfo page,
            int total,
            List<GridView> grid,
            List<FacetView> lists,
            List<CardView> recent,
            List<CardView> reviewed)
            implements PageView {
        public Home {
            grid = List.copyOf(grid);
            lists = List.copyOf(lists);
            recent = List.copyOf(recent);
            reviewed = List.copyOf(reviewed);
        }
    }

    /**
     * One numbered page of the directory: every entry, a page at a time. The first page also
     * carries the filter, which lists its results from the filter index.
     *
     * @param breadcrumbs the trail on numbered pages after the first, else empty
     * @param filterable whether the page carries the filter (the first page only)
     * @param filterSummary the names of the first facets, for the folded filter's summary
     */
    record Directory(
            SiteView site,
            PageInfo page,
            List<Crumb> breadcrumbs,
            boolean filterable,
            List<FacetView> facets,
            String filterSummary,
            Pagination pagination,
            List<CardView> entries)
            implements PageView {
        public Directory {
            breadcrumbs = List.copyOf(breadcrumbs);
            facets = List.copyOf(facets);
            entries = List.copyOf(entries);
        }
    }

    /** One entry's page: its facts, body, JSON-LD, related entries and grid cells. */
    record EntryPage(
            SiteView site,
            PageInfo page,
            List<Crumb> breadcrumbs,
            CardView entry,
            String body,
            String jsonld,
            List<CardView> related,
            List<CellView> cells)
            implements PageView {
        public EntryPage {
            breadcrumbs = List.copyOf(breadcrumbs);
            related = List.copyOf(related);
            cells = List.copyOf(cells);
        }
    }

    /**
     * The entries with one facet value, or in one grid cell.
     *
     * @param lead the value's description, empty when it has none
     * @param note a further line about the page, empty when there is none
     * @param cells the grid cells that narrow a grid facet's value down, else empty
     * @param filterPath the directory filtered the same way
     * @param pagination where this page sits among the listing's numbered pages
     */
    record Listing(
            SiteView site,
            PageInfo page,
            List<Crumb> breadcrumbs,
            String heading,
            String lead,
            String note,
            List<CellView> cells,
            String filterPath,
            Pagination pagination,
            List<CardView> entries)
            implements PageView {
        public Listing {
            breadcrumbs = List.copyOf(breadcrumbs);
            cells = List.copyOf(cells);
            entries = List.copyOf(entries);
        }
    }

    /**
     * A prose page such as About: its body as clean HTML, and the generated sections it includes.
     *
     * @param stateOfTheGuide the "State of the guide" section, when the page includes it
     */
    record Prose(SiteView site, PageInfo page, String body, List<StateView> stateOfTheGuide)
            implements PageView {
        public Prose {
            stateOfTheGuide = List.copyOf(stateOfTheGuide);
        }
    }

    /** The 404 page, and robots.txt: nothing but the site and the page. */
    record Plain(SiteView site, PageInfo page) implements PageView {}

    /** The Atom feed of the newest entries. */
    record Feed(SiteView site, PageInfo page, String updated, List<FeedItem> entries)
            implements PageView {
        public Feed {
            entries = List.copyOf(entries);
        }
    }

    /** One entry of the feed, with the values of the facets that categorise it. */
    record FeedItem(
            String title,
            String absolute,
            String published,
            String updated,
            String summary,
            List<TermView> categories) {
        public FeedItem {
            categories = List.copyOf(categories);
        }
    }

    /** The sitemap: every page worth indexing. */
    record Sitemap(SiteView site, PageInfo page, List<SitemapUrl> urls) implements PageView {
        public Sitemap {
            urls = List.copyOf(urls);
        }
    }

    /** One page of the sitemap. */
    record SitemapUrl(String loc, String lastmod) {}
}
