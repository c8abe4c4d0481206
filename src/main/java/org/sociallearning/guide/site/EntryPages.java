package org.sociallearning.guide.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Facet;

/** Plans an entry's page: its facts, body, JSON-LD, related entries and grid cells. */
final class EntryPages {

    /** How many related entries an entry page shows. */
    static final int RELATED = 6;

    private final PlanContext context;
    private final JsonLd jsonLd;
    private final PlanMemo memo;

    EntryPages(PlanContext context, PlanMemo memo) {
        this.context = context;
        this.jsonLd = new JsonLd(context.taxonomy);
        this.memo = memo;
    }

    PageSpec page(Entry e, String body) {
        String urlPath = SitePaths.entry(e.slug());
        List<Entry> related = new ArrayList<>();
        List<CellView> cells = new ArrayList<>();
        context.taxonomy
                .grid()
                .ifPresent(
                        grid -> {
                            for (List<String> cell : context.index.cellsOf(e)) {
                                String row = cell.get(0);
                                String column = cell.get(1);
                                List<Entry> members = context.index.cell(row, column);
                                int at = context.index.positionInCell(e, row, column);
                                for (Entry n : neighbours(members, at)) {
                                    if (related.size() < RELATED && !related.contains(n)) {
                                        related.add(n);
                                    }
                                }
                                cells.add(
                                        context.cell(
                                                grid,
                                                row,
                                                column,
                                                PlanContext.cellTitle(grid, row, column)));
                            }
                        });
        // The same entry, body, cards and cells as last time make the same page: take it as it
        // was, without building its view again.
        CardView card = context.card(e);
        List<CardView> relatedCards = context.cards(related);
        PlanMemo.EntryPage before = memo.page(e);
        if (before != null && before.madeFrom(body, card, relatedCards, cells)) {
            memo.countReused();
            return before.spec();
        }
        PageSpec spec = build(e, body, urlPath, card, relatedCards, cells);
        memo.page(e, new PlanMemo.EntryPage(body, card, relatedCards, List.copyOf(cells), spec));
        return spec;
    }

    private PageSpec build(
            Entry e,
            String body,
            String urlPath,
            CardView card,
            List<CardView> related,
            List<CellView> cells) {
        List<Crumb> trail = new ArrayList<>();
        trail.add(new Crumb("Directory", SitePaths.DIRECTORY));
        context.taxonomy.shownIn(Facet.Shown.HOME).stream()
                .findFirst()
                .flatMap(f -> e.facets().first(f.field()).map(v -> context.term(f, v)))
                .ifPresent(t -> trail.add(new Crumb(t.label(), t.path())));
        trail.add(new Crumb(e.title(), ""));
        PageView view =
                new PageView.EntryPage(
                        context.site,
                        context.page(e.title(), e.summary(), urlPath),
                        trail,
                        card,
                        body,
                        jsonLd.forEntry(e, context.settings.absolute(urlPath)),
                        related,
                        cells);
        return new PageSpec(SitePaths.file(urlPath), "entry", view, Optional.of(e.lastModified()));
    }

    /** Up to {@link #RELATED} entries around a position in a sorted list, nearest first. */
    static List<Entry> neighbours(List<Entry> list, int position) {
        List<Entry> result = new ArrayList<>();
        int n = list.size();
        for (int step = 1; result.size() < RELATED && step < n; step++) {
            int after = (position + step) % n;
            int before = ((position - step) % n + n) % n;
            for (int i : new int[] {after, before}) {
                Entry candidate = list.get(i);
                if (i != position && !result.contains(candidate) && result.size() < RELATED) {
                    result.add(candidate);
                }
            }
        }
        return result;
    }
}
