package org.sociallearning.guide.report;

import java.util.ArrayList;
import java.util.List;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.site.GuideState;

/** The report as plain text for a terminal: aligned columns, one fact a line. */
final class TextReport {

    private final EditorialReport report;
    private final StringBuilder out = new StringBuilder();

    TextReport(EditorialReport report) {
        this.report = report;
    }

    String write() {
        report.state().ifPresent(this::state);
        line(Wording.problems(report));
        return out.toString();
    }

    private void state(GuideState s) {
        line("State of the guide on " + s.today());
        line("");
        line("Entries: " + s.published() + " published, " + s.drafts() + " " + Wording.drafts(s));
        s.grid().ifPresent(this::grid);
        for (GuideState.FacetCoverage facet : s.facets()) {
            line("");
            line("By " + facet.label().toLowerCase(java.util.Locale.ROOT) + ":");
            table(
                    facet.terms().stream()
                            .map(
                                    t ->
                                            new String[] {
                                                t.term().label(),
                                                String.valueOf(t.count()),
                                                Wording.mark(t.count())
                                            })
                            .toList());
        }
        GuideState.Reviews r = s.reviews();
        line("");
        line("Reviews:");
        table(
                List.of(
                        row(Wording.RECENT, r.recent()),
                        row(Wording.OLDER, r.older()),
                        row(Wording.DUE, r.due()),
                        row(Wording.NEVER, r.never())));
        for (Entry e : r.dueEntries()) {
            line(
                    "  due: "
                            + Wording.file(e)
                            + " (last reviewed "
                            + e.reviewed().orElseThrow()
                            + ")");
        }
        for (Entry e : r.unreviewed()) {
            line("  never reviewed: " + Wording.file(e));
        }
        GuideState.Links l = s.links();
        line("");
        line("Links (" + CachedLinkHealth.CACHE + "):");
        report.linkCacheProblem().ifPresent(p -> line("  the cache cannot be read: " + p));
        table(
                List.of(
                        row(Wording.VERIFIED, l.verified()),
                        row(Wording.BROKEN, l.broken()),
                        row(Wording.UNCHECKED, l.unchecked())));
        for (Entry e : l.brokenEntries()) {
            line("  broken: " + Wording.file(e) + " " + e.url());
        }
        line("");
    }

    private void grid(GuideState.Grid g) {
        line("");
        line(
                "Grid, "
                        + g.rowsLabel().toLowerCase(java.util.Locale.ROOT)
                        + " by "
                        + g.columnsLabel().toLowerCase(java.util.Locale.ROOT)
                        + " (thin: fewer than "
                        + GuideState.THIN_BELOW
                        + " entries):");
        List<String[]> rows = new ArrayList<>();
        for (GuideState.Cell c : g.cells()) {
            rows.add(
                    new String[] {
                        c.row().label() + " / " + c.column().label(),
                        String.valueOf(c.count()),
                        Wording.mark(c.count())
                    });
        }
        table(rows);
        long empty = g.cells().stream().filter(GuideState.Cell::empty).count();
        line(
                "  "
                        + g.thin().size()
                        + (g.thin().size() == 1 ? " thin cell, " : " thin cells, ")
                        + empty
                        + " of them empty");
    }

    private static String[] row(String label, int count) {
        return new String[] {label, String.valueOf(count), ""};
    }

    /** Rows of label, number and mark: labels padded, numbers right-aligned. */
    private void table(List<String[]> rows) {
        int label = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int number = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        for (String[] r : rows) {
            String text =
                    "  "
                            + r[0]
                            + " ".repeat(label - r[0].length() + 2)
                            + " ".repeat(number - r[1].length())
                            + r[1]
                            + (r[2].isEmpty() ? "" : "  " + r[2]);
            line(text);
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
