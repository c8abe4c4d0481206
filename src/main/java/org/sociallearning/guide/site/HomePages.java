package org.sociallearning.guide.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;

/** Plans the home page: the grid, the facets listed with counts and the newest entries. */
final class HomePages {

    /** How many entries "recently added" and "recently reviewed" show. */
    static final int RECENT = 6;

    private final PlanContext context;

    HomePages(PlanContext context) {
        this.context = context;
    }

    PageSpec home() {
        List<GridView> grid = context.taxonomy.grid().map(this::grid).stream().toList();
        PageView view =
                new PageView.Home(
                        context.site,
                        context.page(
                                context.settings.title(),
                                context.settings.description(),
                                SitePaths.HOME),
                        context.entries.size(),
                        grid,
                        context.taxonomy.shownIn(Facet.Shown.HOME).stream()
                                .map(context::facet)
                                .toList(),
                        context.cards(
                                PlanContext.first(context.entries, context.newestFirst, RECENT)),
                        context.cards(recentlyReviewed(context.entries, RECENT)));
        return new PageSpec(
                SitePaths.file(SitePaths.HOME), "home", view, Optional.of(context.newest));
    }

    /** The entries reviewed last: by {@code reviewed}, newest first, then by title. */
    static List<Entry> recentlyReviewed(List<Entry> entries, int limit) {
        return PlanContext.first(
                entries.stream().filter(e -> e.reviewed().isPresent()).toList(),
                Comparator.comparing((Entry e) -> e.reviewed().orElseThrow())
                        .reversed()
                        .thenComparing(e -> e.title().toLowerCase(Locale.ROOT))
                        .thenComparing(Entry::slug),
                limit);
    }

    private GridView grid(Taxonomy.Grid grid) {
        List<GridView.Row> rows = new ArrayList<>();
        for (String row : grid.rows().ids()) {
            List<CellView> cells = new ArrayList<>();
            for (String column : grid.columns().ids()) {
                cells.add(
                        context.cell(
                                grid,
                                row,
                                column,
                                grid.rows().labelOf(row) + ", " + grid.columns().labelOf(column)));
            }
            rows.add(new GridView.Row(context.term(grid.rows(), row), cells));
        }
        return new GridView(
                grid.rows().label(),
                grid.columns().label(),
                grid.columns().ids().stream().map(c -> context.term(grid.columns(), c)).toList(),
                rows);
    }
}
