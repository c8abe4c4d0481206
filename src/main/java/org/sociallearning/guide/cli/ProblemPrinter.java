package org.sociallearning.guide.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sociallearning.guide.entry.Problem;

/** Prints problems as compilers do, one a line with an indented hint, then a count. */
final class ProblemPrinter {

    private final PrintWriter out;

    ProblemPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(List<Problem> problems) {
        for (Problem p : problems) {
            out.println(p);
            if (p.hasHint()) {
                out.println("    " + p.hint());
            }
        }
    }

    static String count(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
