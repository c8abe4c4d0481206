package org.sociallearning.guide.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;
import org.sociallearning.guide.check.ExternalLinkChecker;

/** A live line on a terminal: {@code 120/500 ok 100 · broken 3 · timeout 1}. */
final class ProgressLine {

    private final PrintWriter err;
    private final boolean live;

    ProgressLine(PrintWriter err, boolean live) {
        this.err = err;
        this.live = live;
    }

    void show(ExternalLinkChecker.Progress p) {
        if (live) {
            err.print("\r" + text(p) + "   ");
            err.flush();
        }
    }

    void end() {
        if (live) {
            err.println();
        }
    }

    static String text(ExternalLinkChecker.Progress p) {
        return p.done()
                + "/"
                + p.total()
                + "  "
                + p.counts().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey().label() + " " + e.getValue())
                        .collect(Collectors.joining(" · "));
    }
}
