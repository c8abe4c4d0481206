package org.sociallearning.guide.site;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.markup.HtmlSanitizer;
import org.sociallearning.guide.markup.MarkdownRenderer;

/**
 * What every page planner shares: the settings and taxonomy, the published entries in directory
 * order with their index and cards, and the views every page is built from.
 */
final class PlanContext {

    final SiteSettings settings;
    final Taxonomy taxonomy;
    final List<Entry> entries;
    final FacetIndex index;
    final SiteView site;
    final Comparator<Entry> newestFirst;
    final LocalDate newest;

    /** The link health by URL, and the day review ages count to. */
    final Map<String, LinkHealth> links;

    final LocalDate today;
    private final Map<String, CardView> cards = new java.util.concurrent.ConcurrentHashMap<>();
    private final Cards factory;
    private final PlanMemo memo;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    PlanContext(
            SiteSettings settings,
            Taxonomy taxonomy,
            BuildContext build,
            List<Entry> sortedEntries,
            Comparator<Entry> byTitle,
            PlanMemo memo,
            boolean everyCard) {
        this.settings = settings;
        this.taxonomy = taxonomy;
        this.entries = List.copyOf(sortedEntries);
        this.index = new FacetIndex(taxonomy, entries);
        this.site =
                new SiteView(
                        settings.title(),
                        settings.description(),
                        settings.baseUrl(),
                        settings.basePath(),
                        settings.language(),
                        settings.version(),
                        build.sourceDate()
                                .map(d -> d.atOffset(ZoneOffset.UTC).toLocalDate().toString())
                                .orElse(""),
                        SiteView.Urls.of());
        // Ties are broken by title order, which is the entries' order: their rank, not the
        // collator again.
        Map<String, Integer> rank = new java.util.HashMap<>(entries.size() * 2);
        for (int i = 0; i < entries.size(); i++) {
            rank.put(entries.get(i).slug(), i);
        }
        this.newestFirst =
                Comparator.comparing(Entry::date)
                        .reversed()
                        .thenComparingInt(e -> rank.getOrDefault(e.slug(), Integer.MAX_VALUE))
                        .thenComparing(byTitle);
        this.newest = newestOf(entries).orElse(LocalDate.EPOCH);
        this.links = build.links();
        this.today = build.today();
        this.factory = new Cards(taxonomy, index, build.links());
        this.memo = memo;
        if (everyCard) {
            // Cards are independent of each other: made on every core.
            List<CardView> made = entries.parallelStream().map(this::newCard).toList();
            for (int i = 0; i < entries.size(); i++) {
                cards.put(entries.get(i).slug(), made.get(i));
            }
        }
    }

    private CardView newCard(Entry e) {
        return memo.card(e, c -> factory.isCurrent(c, e), factory::card);
    }

    /** A page's layout data, its way back to the root worked out from its path. */
    PageInfo page(String title, String description, String urlPath) {
        return new PageInfo(
                title,
                description,
                urlPath,
                settings.absolute(urlPath),
                SitePaths.rootFrom(SitePaths.file(urlPath)));
    }

    /** An entry's card: made with the context when it made every card, else when first asked. */
    CardView card(Entry e) {
        CardView card = cards.get(e.slug());
        return card != null ? card : cards.computeIfAbsent(e.slug(), s -> newCard(e));
    }

    List<CardView> cards(List<Entry> list) {
        return list.stream().map(this::card).toList();
    }

    /** A value of a facet, with how many published entries carry it. */
    TermView term(Facet facet, String value) {
        return Cards.term(facet, value, index);
    }

    /** Every value of a facet: a closed facet's terms, or the values an open one is given. */
    List<String> values(Facet facet) {
        return facet.isOpen() ? index.used(facet.field()) : facet.ids();
    }

    /** A facet with all its values and their counts. */
    FacetView facet(Facet facet) {
        return new FacetView(
                facet.field(),
                facet.id(),
                facet.label(),
                values(facet).stream().map(v -> term(facet, v)).toList());
    }

    /** A grid cell as a link that says {@code label}. */
    CellView cell(Taxonomy.Grid grid, String row, String column, String label) {
        // Thousands of entry pages show the same few cells: each is made once per plan.
        return cells.computeIfAbsent(
                List.of(row, column, label), k -> newCell(grid, row, column, label));
    }

    private final Map<List<String>, CellView> cells =
            new java.util.concurrent.ConcurrentHashMap<>();

    private CellView newCell(Taxonomy.Grid grid, String row, String column, String label) {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put(grid.rows().field(), row);
        filter.put(grid.columns().field(), column);
        return new CellView(
                label,
                SitePaths.cell(grid.rows().path(), row, column),
                SitePaths.filtered(filter),
                index.cell(row, column).size());
    }

    /** "Row: column", as a cell's heading and the links to it from entry pages read. */
    static String cellTitle(Taxonomy.Grid grid, String row, String column) {
        return grid.rows().labelOf(row)
                + ": "
                + grid.columns().labelOf(column).toLowerCase(Locale.ENGLISH);
    }

    /** A contributor's Markdown as clean HTML, its headings starting at the given level. */
    String html(String markdownText, int topLevel) {
        return sanitizer.clean(markdown.render(markdownText), topLevel);
    }

    /**
     * The first {@code limit} entries in {@code order}, as sorting them all would give them,
     * without sorting them all: one pass keeping the best few.
     */
    static List<Entry> first(List<Entry> entries, Comparator<Entry> order, int limit) {
        java.util.PriorityQueue<Entry> best =
                new java.util.PriorityQueue<>(limit + 1, order.reversed());
        for (Entry e : entries) {
            best.add(e);
            if (best.size() > limit) {
                best.poll();
            }
        }
        List<Entry> result = new java.util.ArrayList<>(best);
        result.sort(order);
        return result;
    }

    static Optional<LocalDate> newestOf(List<Entry> entries) {
        return entries.stream().map(Entry::lastModified).max(Comparator.naturalOrder());
    }
}
