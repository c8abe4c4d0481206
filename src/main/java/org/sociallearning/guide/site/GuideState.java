package org.sociallearning.guide.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * The guide's editorial state on a day: how many entries it has, how the grid and the home page's
 * facets are covered, how long ago entries were reviewed, and what the last external link check
 * found. What {@code guide report} prints and the About page's "State of the guide" shows, computed
 * once here. Coverage, reviews and links count published entries only.
 *
 * @param grid the grid's coverage, empty when the taxonomy has no grid
 * @param facets the coverage of each facet the home page lists
 */
public record GuideState(
        LocalDate today,
        int published,
        int drafts,
        Optional<Grid> grid,
        List<FacetCoverage> facets,
        Reviews reviews,
        Links links) {

    /** A cell with fewer entries than this is thin. */
    public static final int THIN_BELOW = 2;

    /** Reviews within this many months count as recent. */
    public static final int RECENT_MONTHS = 12;

    public GuideState {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(grid, "grid");
        facets = List.copyOf(facets);
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(links, "links");
    }

    /** A facet value, with its label. */
    public record Term(String id, String label) {}

    /** How many published entries carry one value of a facet. */
    public record TermCount(Term term, int count) {}

    /** One facet's values and their counts, in the taxonomy's order. */
    public record FacetCoverage(String field, String label, List<TermCount> terms) {
        public FacetCoverage {
            terms = List.copyOf(terms);
        }
    }

    /** A grid cell: a rows value and a columns value, its entries and its page. */
    public record Cell(Term row, Term column, int count, String path) {
        public boolean thin() {
            return count < THIN_BELOW;
        }

        public boolean empty() {
            return count == 0;
        }
    }

    /** The grid's coverage: the rows and columns facets and every cell, row by row. */
    public record Grid(
            String rowsLabel,
            String columnsLabel,
            List<Term> rows,
            List<Term> columns,
            List<Cell> cells) {
        public Grid {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
            cells = List.copyOf(cells);
        }

        /** The cells with fewer than {@link #THIN_BELOW} entries, empty ones included. */
        public List<Cell> thin() {
            return cells.stream().filter(Cell::thin).toList();
        }
    }

    /**
     * Review age: reviewed in the last {@link #RECENT_MONTHS} months, reviewed before that but not
     * yet due, due for review, never reviewed; with the entries due and never reviewed.
     */
    public record Reviews(
            int recent,
            int older,
            int due,
            int never,
            List<Entry> dueEntries,
            List<Entry> unreviewed) {
        public Reviews {
            dueEntries = List.copyOf(dueEntries);
            unreviewed = List.copyOf(unreviewed);
        }
    }

    /**
     * What the last external link check found for the entries' URLs: working when last checked,
     * broken, and not checked (or never found working); with the entries whose link is broken.
     */
    public record Links(int verified, int broken, int unchecked, List<Entry> brokenEntries) {
        public Links {
            brokenEntries = List.copyOf(brokenEntries);
        }
    }

    /**
     * Works the state out.
     *
     * @param entries every sound entry, drafts included
     * @param links the link health by URL, as read from the external check's cache
     * @param today the day review ages are counted to
     */
    public static GuideState of(
            Taxonomy taxonomy,
            List<Entry> entries,
            Map<String, LinkHealth> links,
            LocalDate today) {
        List<Entry> published = entries.stream().filter(Entry::published).toList();
        Optional<Grid> grid = taxonomy.grid().map(g -> grid(g, published));
        List<FacetCoverage> facets =
                taxonomy.shownIn(Facet.Shown.HOME).stream()
                        .map(f -> coverage(f, published))
                        .toList();
        return new GuideState(
                today,
                published.size(),
                entries.size() - published.size(),
                grid,
                facets,
                reviews(published, today),
                links(published, links));
    }

    private static Grid grid(Taxonomy.Grid grid, List<Entry> published) {
        Facet rows = grid.rows();
        Facet columns = grid.columns();
        // One pass over the entries, not one per cell.
        Map<List<String>, Integer> counts = new java.util.HashMap<>();
        for (Entry e : published) {
            for (String row : new java.util.LinkedHashSet<>(e.values(rows.field()))) {
                for (String column : new java.util.LinkedHashSet<>(e.values(columns.field()))) {
                    counts.merge(List.of(row, column), 1, Integer::sum);
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (String row : rows.ids()) {
            for (String column : columns.ids()) {
                cells.add(
                        new Cell(
                                term(rows, row),
                                term(columns, column),
                                counts.getOrDefault(List.of(row, column), 0),
                                SitePaths.cell(rows.path(), row, column)));
            }
        }
        return new Grid(
                rows.label(),
                columns.label(),
                rows.ids().stream().map(id -> term(rows, id)).toList(),
                columns.ids().stream().map(id -> term(columns, id)).toList(),
                cells);
    }

    private static FacetCoverage coverage(Facet facet, List<Entry> published) {
        List<String> values =
                facet.isOpen()
                        ? published.stream()
                                .flatMap(e -> e.values(facet.field()).stream())
                                .distinct()
                                .sorted()
                                .toList()
                        : facet.ids();
        Map<String, Integer> byValue = new java.util.HashMap<>();
        for (Entry e : published) {
            for (String v : new java.util.HashSet<>(e.values(facet.field()))) {
                byValue.merge(v, 1, Integer::sum);
            }
        }
        List<TermCount> counts = new ArrayList<>();
        for (String v : values) {
            counts.add(new TermCount(term(facet, v), byValue.getOrDefault(v, 0)));
        }
        return new FacetCoverage(facet.field(), facet.label(), counts);
    }

    private static Reviews reviews(List<Entry> published, LocalDate today) {
        LocalDate recentSince = today.minusMonths(RECENT_MONTHS);
        int recent = 0;
        int older = 0;
        List<Entry> due = new ArrayList<>();
        List<Entry> never = new ArrayList<>();
        for (Entry e : published) {
            if (e.reviewed().isEmpty()) {
                never.add(e);
            } else if (e.dueForReview(today)) {
                due.add(e);
            } else if (e.reviewed().get().isBefore(recentSince)) {
                older++;
            } else {
                recent++;
            }
        }
        return new Reviews(recent, older, due.size(), never.size(), due, never);
    }

    private static Links links(List<Entry> published, Map<String, LinkHealth> health) {
        int verified = 0;
        int unchecked = 0;
        List<Entry> broken = new ArrayList<>();
        for (Entry e : published) {
            LinkHealth h = health.get(e.url());
            if (h != null && h.broken()) {
                broken.add(e);
            } else if (h != null && h.lastVerified().isPresent()) {
                verified++;
            } else {
                unchecked++;
            }
        }
        return new Links(verified, broken.size(), unchecked, broken);
    }

    private static Term term(Facet facet, String id) {
        return new Term(id, facet.labelOf(id));
    }
}
