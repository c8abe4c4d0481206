package org.sociallearning.guide.site;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * The site's URL scheme, in one place: every page's path relative to the site root. Templates get
 * their links from here too, through the views.
 */
public final class SitePaths {

    private SitePaths() {}

    public static final String HOME = "";
    public static final String DIRECTORY = "directory/";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String NOT_FOUND = "404.html";
    public static final String ENTRIES_JSON = "entries.json";
    public static final String SCHEMA = "schema/entries.schema.json";
    public static final String STYLESHEET = "css/site.css";
    public static final String ICON = "img/favicon.svg";
    public static final String HOME_SCRIPT = "js/home.js";
    public static final String FILTER_SCRIPT = "js/filter.js";

    /** The tiny blocking script that marks a page the filter will enhance, before it is drawn. */
    public static final String FILTER_FLAG_SCRIPT = "js/filter-flag.js";

    /** The filter index's first part: its facets and a row of value numbers per entry. */
    public static final String FILTER_INDEX = "filter/index-v2.json";

    /** What an entry's page path is made of: {@code ENTRY_PREFIX + slug + "/"}. */
    public static final String ENTRY_PREFIX = "entries/";

    /** Chunk {@code n} (from 0) of the filter index's card text, fetched when needed. */
    public static String filterChunk(int n) {
        return "filter/cards-v2-" + n + ".json";
    }

    /**
     * The search index's shard of the words that begin with {@code key} (file-safe, see
     * SearchFolding).
     */
    public static String searchShard(String safeKey) {
        return "filter/search-v2-" + safeKey + ".json";
    }

    public static String entry(String slug) {
        return ENTRY_PREFIX + slug + "/";
    }

    /**
     * Page {@code n} of a list whose first page is at {@code firstPath}: the list's own path for
     * the first, {@code <firstPath>page/N/} for the others, e.g. {@code directory/page/2/}.
     */
    public static String numbered(String firstPath, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("pages are numbered from 1: " + n);
        }
        if (!firstPath.isEmpty() && !firstPath.endsWith("/")) {
            throw new IllegalArgumentException("a paged list lives in a folder: " + firstPath);
        }
        return n == 1 ? firstPath : firstPath + "page/" + n + "/";
    }

    /** A prose page such as {@code about/}. */
    public static String page(String slug) {
        return slug + "/";
    }

    public static String facet(String facetPath, String id) {
        return facetPath + "/" + id + "/";
    }

    /** A grid cell's page: under the rows facet's path, e.g. {@code areas/social-web/guidance/}. */
    public static String cell(String rowsPath, String row, String column) {
        return rowsPath + "/" + row + "/" + column + "/";
    }

    /** The directory with its filter set: {@code directory/?areas=social-web&modes=guidance}. */
    public static String filtered(Map<String, String> valueByField) {
        return DIRECTORY
                + "?"
                + valueByField.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("&"));
    }

    /** The file a URL path is written to: {@code x/} becomes {@code x/index.html}. */
    public static String file(String urlPath) {
        return urlPath.isEmpty() || urlPath.endsWith("/") ? urlPath + "index.html" : urlPath;
    }

    /**
     * The relative prefix from a page's folder back to the site root: {@code ../../} for {@code
     * a/b/}.
     */
    public static String rootFrom(String filePath) {
        int depth = (int) filePath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /**
     * The first path segments the site's own pages and files use, and each facet's path: no prose
     * page may take one (the assets' folders are added by whoever reads the source).
     */
    public static Set<String> reservedSegments(Taxonomy taxonomy) {
        Set<String> reserved = new TreeSet<>();
        Stream.of(
                        DIRECTORY,
                        entry("x"),
                        FEED,
                        SITEMAP,
                        ROBOTS,
                        NOT_FOUND,
                        ENTRIES_JSON,
                        SCHEMA,
                        STYLESHEET,
                        ICON,
                        HOME_SCRIPT,
                        FILTER_SCRIPT,
                        FILTER_FLAG_SCRIPT,
                        FILTER_INDEX,
                        "index.html")
                .map(SitePaths::firstSegment)
                .forEach(reserved::add);
        taxonomy.facets().forEach(f -> reserved.add(f.path()));
        return reserved;
    }

    /** {@code feed} for {@code feed.xml}, {@code entries} for {@code entries/x/}. */
    private static String firstSegment(String path) {
        String first = path.split("/", 2)[0];
        int dot = first.lastIndexOf('.');
        return dot > 0 ? first.substring(0, dot) : first;
    }
}
