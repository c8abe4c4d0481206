package org.sociallearning.guide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.sociallearning.guide.check.ExternalReport;
import org.sociallearning.guide.check.ReportFormat;
import org.sociallearning.guide.entry.Problem;
import picocli.CommandLine.Option;

/** How {@code check-links external} reports: format, job summary, progress (a picocli mixin). */
final class ReportOptions {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = OptionValues.ReportFormatValue.class,
            description = "text, json, markdown or github annotations (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(
            names = "--summary",
            paramLabel = "FILE",
            description = "Also append the report in Markdown to FILE (e.g. $GITHUB_STEP_SUMMARY).")
    Path summary;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress line.")
    boolean quiet;

    ProgressLine progress(PrintWriter err) {
        return new ProgressLine(
                err, !quiet && format == ReportFormat.TEXT && System.console() != null);
    }

    /** Prints the report in the format asked for, and appends it to the summary file. */
    void report(PrintWriter out, ExternalReport report, SourceOption source) throws IOException {
        out.print(format.render(report));
        out.flush();
        append(source, ReportFormat.MARKDOWN.render(report));
    }

    /** Prints what kept the check from running (as annotations too in the github format). */
    void problems(PrintWriter out, List<Problem> problems, SourceOption source) throws IOException {
        ProblemPrinter printer = new ProblemPrinter(out);
        printer.print(problems);
        if (format == ReportFormat.GITHUB) {
            printer.printAnnotations(problems);
        }
        append(source, "## Link check\n\nNot run: " + ProblemPrinter.count(problems) + ".\n");
    }

    private void append(SourceOption source, String markdown) throws IOException {
        if (summary != null) {
            Files.writeString(
                    source.resolve(summary),
                    markdown,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }
}
