package org.sociallearning.guide.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;

/** Plans the listing pages: one per facet value, and one per cell of the home grid. */
final class ListingPages {

    private final PlanContext context;
    private final Pager pager;

    ListingPages(PlanContext context, Pager pager) {
        this.context = context;
        this.pager = pager;
    }

    List<PageSpec> all() {
        List<PageSpec> specs = new ArrayList<>();
        for (Facet facet : context.taxonomy.facets()) {
            for (String value : context.values(facet)) {
                specs.addAll(facetPages(facet, value));
            }
        }
        context.taxonomy
                .grid()
                .ifPresent(
                        grid -> {
                            for (String row : grid.rows().ids()) {
                                for (String column : grid.columns().ids()) {
                                    specs.addAll(cellPages(grid, row, column));
                                }
                            }
                        });
        return specs;
    }

    private List<PageSpec> facetPages(Facet facet, String value) {
        TermView term = context.term(facet, value);
        String title = facet.label() + ": " + term.label();
        List<Entry> entries = context.index.byTerm(facet.field(), value);
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put(facet.field(), value);
        List<CellView> cells = narrowDown(facet, value);
        String description =
                term.description().isEmpty()
                        ? title + ". Every entry of the guide with this value."
                        : term.description();
        return pager.pages(
                term.path(),
                entries,
                (some, pagination) -> {
                    List<Crumb> trail = new ArrayList<>();
                    trail.add(new Crumb("Directory", SitePaths.DIRECTORY));
                    trail.addAll(pageCrumbs(title, term.path(), pagination));
                    return spec(
                            new PageView.Listing(
                                    context.site,
                                    context.page(
                                            numbered(title, pagination),
                                            description,
                                            SitePaths.numbered(term.path(), pagination.number())),
                                    trail,
                                    title,
                                    term.description(),
                                    "",
                                    cells,
                                    SitePaths.filtered(filter),
                                    pagination,
                                    context.cards(some)),
                            some);
                });
    }

    /** The end of a listing's trail: its title, then on later pages the page number. */
    private static List<Crumb> pageCrumbs(String title, String path, Pagination pagination) {
        return pagination.number() == 1
                ? List.of(new Crumb(title, ""))
                : List.of(new Crumb(title, path), new Crumb("Page " + pagination.number(), ""));
    }

    /** A page's title, with its number on the pages after the first. */
    private static String numbered(String title, Pagination pagination) {
        return pagination.number() == 1
                ? title
                : title + ", page " + pagination.number() + " of " + pagination.count();
    }

    private static PageSpec spec(PageView.Listing view, List<Entry> entries) {
        return new PageSpec(
                SitePaths.file(view.page().path()), "facet", view, PlanContext.newestOf(entries));
    }

    /** On a grid facet's page: the cells of its value, across the other facet. */
    private List<CellView> narrowDown(Facet facet, String value) {
        List<CellView> cells = new ArrayList<>();
        context.taxonomy
                .grid()
                .ifPresent(
                        grid -> {
                            boolean isRow = grid.rows().field().equals(facet.field());
                            boolean isColumn = grid.columns().field().equals(facet.field());
                            if (isRow || isColumn) {
                                Facet other = isRow ? grid.columns() : grid.rows();
                                for (String o : other.ids()) {
                                    String row = isRow ? value : o;
                                    String column = isRow ? o : value;
                                    cells.add(context.cell(grid, row, column, other.labelOf(o)));
                                }
                            }
                        });
        return cells;
    }

    private List<PageSpec> cellPages(Taxonomy.Grid grid, String row, String column) {
        TermView rowTerm = context.term(grid.rows(), row);
        TermView columnTerm = context.term(grid.columns(), column);
        CellView cell = context.cell(grid, row, column, "");
        List<Entry> entries = context.index.cell(row, column);
        String title = rowTerm.label() + " — " + columnTerm.label();
        String description =
                "Entries of the guide for "
                        + rowTerm.label().toLowerCase(Locale.ENGLISH)
                        + ", "
                        + columnTerm.label().toLowerCase(Locale.ENGLISH)
                        + ".";
        return pager.pages(
                cell.path(),
                entries,
                (some, pagination) -> {
                    List<Crumb> trail = new ArrayList<>();
                    trail.add(new Crumb("Directory", SitePaths.DIRECTORY));
                    trail.add(new Crumb(rowTerm.label(), rowTerm.path()));
                    trail.addAll(pageCrumbs(columnTerm.label(), cell.path(), pagination));
                    return spec(
                            new PageView.Listing(
                                    context.site,
                                    context.page(
                                            numbered(title, pagination),
                                            description,
                                            SitePaths.numbered(cell.path(), pagination.number())),
                                    trail,
                                    PlanContext.cellTitle(grid, row, column),
                                    rowTerm.description(),
                                    columnTerm.description().isEmpty()
                                            ? ""
                                            : columnTerm.label() + ": " + columnTerm.description(),
                                    List.of(),
                                    cell.filterPath(),
                                    pagination,
                                    context.cards(some)),
                            some);
                });
    }
}
