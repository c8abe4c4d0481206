package org.sociallearning.guide.report;

import java.util.Locale;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.site.GuideState;

/** The report as Markdown, for an issue or a pull request: headings, tables and lists. */
final class MarkdownReport {

    private final EditorialReport report;
    private final StringBuilder out = new StringBuilder();

    MarkdownReport(EditorialReport report) {
        this.report = report;
    }

    String write() {
        report.state().ifPresent(this::state);
        line("_" + Wording.problems(report) + "_");
        return out.toString();
    }

    private void state(GuideState s) {
        line("# State of the guide on " + s.today());
        line("");
        line(
                "**Entries:** "
                        + s.published()
                        + " published, "
                        + s.drafts()
                        + " "
                        + Wording.drafts(s)
                        + ".");
        s.grid().ifPresent(this::grid);
        for (GuideState.FacetCoverage facet : s.facets()) {
            line("");
            line("## By " + facet.label().toLowerCase(Locale.ROOT));
            line("");
            line("| " + cell(facet.label()) + " | entries |");
            line("|---|---:|");
            for (GuideState.TermCount t : facet.terms()) {
                line("| " + cell(t.term().label()) + " | " + count(t.count()) + " |");
            }
        }
        GuideState.Reviews r = s.reviews();
        line("");
        line("## Reviews");
        line("");
        line("| review | entries |");
        line("|---|---:|");
        line("| " + Wording.RECENT + " | " + r.recent() + " |");
        line("| " + Wording.OLDER + " | " + r.older() + " |");
        line("| " + Wording.DUE + " | " + r.due() + " |");
        line("| " + Wording.NEVER + " | " + r.never() + " |");
        if (!r.dueEntries().isEmpty() || !r.unreviewed().isEmpty()) {
            line("");
        }
        for (Entry e : r.dueEntries()) {
            line(
                    "- due: `"
                            + Wording.file(e)
                            + "` (last reviewed "
                            + e.reviewed().orElseThrow()
                            + ")");
        }
        for (Entry e : r.unreviewed()) {
            line("- never reviewed: `" + Wording.file(e) + "`");
        }
        GuideState.Links l = s.links();
        line("");
        line("## Links");
        line("");
        line("From `" + CachedLinkHealth.CACHE + "`, written by `./guide check-links external`.");
        report.linkCacheProblem().ifPresent(p -> line("The cache cannot be read: " + cell(p)));
        line("");
        line("| link | entries |");
        line("|---|---:|");
        line("| " + Wording.VERIFIED + " | " + l.verified() + " |");
        line("| " + Wording.BROKEN + " | " + l.broken() + " |");
        line("| " + Wording.UNCHECKED + " | " + l.unchecked() + " |");
        if (!l.brokenEntries().isEmpty()) {
            line("");
        }
        for (Entry e : l.brokenEntries()) {
            line("- broken: `" + Wording.file(e) + "` <" + e.url() + ">");
        }
        line("");
    }

    private void grid(GuideState.Grid g) {
        line("");
        line("## Grid");
        line("");
        line(
                "Entries per cell, "
                        + g.rowsLabel().toLowerCase(Locale.ROOT)
                        + " by "
                        + g.columnsLabel().toLowerCase(Locale.ROOT)
                        + "; thin: fewer than "
                        + GuideState.THIN_BELOW
                        + ".");
        line("");
        StringBuilder head = new StringBuilder("| " + cell(g.rowsLabel()) + " |");
        StringBuilder rule = new StringBuilder("|---|");
        for (GuideState.Term c : g.columns()) {
            head.append(' ').append(cell(c.label())).append(" |");
            rule.append("---:|");
        }
        line(head.toString());
        line(rule.toString());
        for (GuideState.Term row : g.rows()) {
            StringBuilder r = new StringBuilder("| " + cell(row.label()) + " |");
            g.cells().stream()
                    .filter(c -> c.row().equals(row))
                    .forEach(c -> r.append(' ').append(count(c.count())).append(" |"));
            line(r.toString());
        }
    }

    /** A count, with "thin" or "empty" after it where that applies. */
    private static String count(int count) {
        String mark = Wording.mark(count);
        return mark.isEmpty() ? String.valueOf(count) : count + " (" + mark + ")";
    }

    /** Text made safe inside a table cell. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
