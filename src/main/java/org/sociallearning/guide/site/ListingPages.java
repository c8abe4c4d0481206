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

    ListingPages(PlanContext context) {
        this.context = context;
    }

    List<PageSpec> all() {
        List<PageSpec> specs = new ArrayList<>();
        for (Facet facet : context.taxonomy.facets()) {
            for (String value : context.values(facet)) {
                specs.add(facetPage(facet, value));
            }
        }
        context.taxonomy
                .grid()
                .ifPresent(
                        grid -> {
                            for (String row : grid.rows().ids()) {
                                for (String column : grid.columns().ids()) {
                                    specs.add(cellPage(grid, row, column));
                                }
                            }
                        });
        return specs;
    }

    private PageSpec facetPage(Facet facet, String value) {
        TermView term = context.term(facet, value);
        String title = facet.label() + ": " + term.label();
        List<Entry> entries = context.index.byTerm(facet.field(), value);
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put(facet.field(), value);
        PageView view =
                new PageView.Listing(
                        context.site,
                        context.page(
                                title,
                                term.description().isEmpty()
                                        ? title + ". Every entry of the guide with this value."
                                        : term.description(),
                                term.path()),
                        List.of(new Crumb("Directory", SitePaths.DIRECTORY), new Crumb(title, "")),
                        title,
                        term.description(),
                        "",
                        narrowDown(facet, value),
                        SitePaths.filtered(filter),
                        context.cards(entries));
        return new PageSpec(
                SitePaths.file(term.path()), "facet", view, PlanContext.newestOf(entries));
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

    private PageSpec cellPage(Taxonomy.Grid grid, String row, String column) {
        TermView rowTerm = context.term(grid.rows(), row);
        TermView columnTerm = context.term(grid.columns(), column);
        CellView cell = context.cell(grid, row, column, "");
        List<Entry> entries = context.index.cell(row, column);
        PageView view =
                new PageView.Listing(
                        context.site,
                        context.page(
                                rowTerm.label() + " — " + columnTerm.label(),
                                "Entries of the guide for "
                                        + rowTerm.label().toLowerCase(Locale.ENGLISH)
                                        + ", "
                                        + columnTerm.label().toLowerCase(Locale.ENGLISH)
                                        + ".",
                                cell.path()),
                        List.of(
                                new Crumb("Directory", SitePaths.DIRECTORY),
                                new Crumb(rowTerm.label(), rowTerm.path()),
                                new Crumb(columnTerm.label(), "")),
                        PlanContext.cellTitle(grid, row, column),
                        rowTerm.description(),
                        columnTerm.description().isEmpty()
                                ? ""
                                : columnTerm.label() + ": " + columnTerm.description(),
                        List.of(),
                        cell.filterPath(),
                        context.cards(entries));
        return new PageSpec(
                SitePaths.file(cell.path()), "facet", view, PlanContext.newestOf(entries));
    }
}
