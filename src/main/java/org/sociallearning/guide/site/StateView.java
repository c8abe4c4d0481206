package org.sociallearning.guide.site;

import java.util.List;
import java.util.Locale;

/**
 * The "State of the guide" section a prose page may include: a few figures from {@link GuideState}
 * and the thin grid cells, linked.
 *
 * @param today the day the figures are for, as yyyy-MM-dd
 * @param reviewedRecently entries reviewed in the last {@code recentMonths} months
 * @param linksVerified entries whose link the last external check found working
 * @param linksUnchecked entries whose link it never checked or never found working
 * @param thinBelow a cell with fewer entries than this is thin
 * @param thin the thin cells, empty ones included, in grid order
 */
public record StateView(
        String today,
        int entries,
        int reviewedRecently,
        int recentMonths,
        int linksVerified,
        int linksBroken,
        int linksUnchecked,
        int thinBelow,
        List<CellView> thin) {

    public StateView {
        thin = List.copyOf(thin);
    }

    /** The view of a state, its thin cells titled and linked as the grid's pages are. */
    static StateView of(GuideState state) {
        List<CellView> thin =
                state.grid().stream()
                        .flatMap(g -> g.thin().stream())
                        .map(c -> new CellView(title(c), c.path(), "", c.count()))
                        .toList();
        return new StateView(
                state.today().toString(),
                state.published(),
                state.reviews().recent(),
                GuideState.RECENT_MONTHS,
                state.links().verified(),
                state.links().broken(),
                state.links().unchecked(),
                GuideState.THIN_BELOW,
                thin);
    }

    /** "Row: column", as the cell's own page is titled. */
    private static String title(GuideState.Cell cell) {
        return cell.row().label() + ": " + cell.column().label().toLowerCase(Locale.ENGLISH);
    }
}
