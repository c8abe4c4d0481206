package org.sociallearning.guide.cli;

import java.util.List;
import org.sociallearning.guide.entry.Problem;
import picocli.CommandLine.Option;

/** The {@code --annotations} option of commands that report problems (a picocli mixin). */
final class AnnotationsOption {

    @Option(
            names = "--annotations",
            negatable = true,
            defaultValue = "${env:GITHUB_ACTIONS:-false}",
            fallbackValue = "true",
            description =
                    "Also print GitHub Actions ::error annotations (default: on when GITHUB_ACTIONS=true).")
    boolean enabled;

    /** Prints the problems, then their annotations when asked for. */
    void print(ProblemPrinter printer, List<Problem> problems) {
        printer.print(problems);
        if (enabled) {
            printer.printAnnotations(problems);
        }
    }
}
