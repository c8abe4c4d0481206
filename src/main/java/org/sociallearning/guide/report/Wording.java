package org.sociallearning.guide.report;

import java.nio.file.Path;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.site.GuideState;

/** The words every format of the report shares. */
final class Wording {

    static final String RECENT = "reviewed in the last " + GuideState.RECENT_MONTHS + " months";
    static final String OLDER =
            "reviewed "
                    + GuideState.RECENT_MONTHS
                    + " to "
                    + Entry.REVIEW_DUE_AFTER_MONTHS
                    + " months ago";
    static final String DUE = "due for review (over " + Entry.REVIEW_DUE_AFTER_MONTHS + " months)";
    static final String NEVER = "never reviewed";
    static final String VERIFIED = "verified ok";
    static final String BROKEN = "broken";
    static final String UNCHECKED = "never checked (or never found working)";

    private Wording() {}

    /** "thin" or "empty" for a count, else nothing. */
    static String mark(int count) {
        return count == 0 ? "empty" : count < GuideState.THIN_BELOW ? "thin" : "";
    }

    static String drafts(GuideState s) {
        return s.drafts() == 1 ? "draft" : "drafts";
    }

    /** An entry's file as problems name it: relative, with forward slashes. */
    static String file(Entry e) {
        Path p = e.source();
        return p.toString().replace('\\', '/');
    }

    static String problems(EditorialReport report) {
        if (report.problems().isEmpty()) {
            return "Inputs: no problems.";
        }
        return "Inputs: "
                + report.errors()
                + (report.errors() == 1 ? " error, " : " errors, ")
                + report.warnings()
                + (report.warnings() == 1 ? " warning" : " warnings")
                + " (./guide validate lists them)"
                + (report.hasErrors() ? "; entries with errors are left out above." : ".");
    }
}
