package org.sociallearning.guide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sociallearning.guide.check.ExternalReport;
import org.sociallearning.guide.check.ReportFormat;
import org.sociallearning.guide.pipeline.ExternalLinkRun;
import org.sociallearning.guide.pipeline.ExternalLinkRun.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code guide check-links external}: the entries' URLs and body links, over the network. */
@Command(
        name = "external",
        mixinStandardHelpOptions = true,
        description = {
            "Checks the entries' URLs and the links in their bodies over the network: politely, with a cache, never on a private address."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:No broken link (blocked, timed-out and erroring links are warnings).",
            "1:A link is broken, or the entries, rules or cache have problems.",
            "2:Invalid command line (a bad option value, an unknown --changed-since revision, a missing --rules file).",
            "70:Internal error."
        })
final class ExternalLinksCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin SourceOption source;

    @Mixin PolitenessOptions politeness;

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
            names = "--cache",
            paramLabel = "FILE",
            defaultValue = ".cache/links.json",
            description = "The cache (default: ${DEFAULT-VALUE}, under the source folder).")
    Path cache;

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description =
                    "Curators' rules: hosts and URLs to skip or statuses to accept (default: data/link-rules.yaml when present).")
    Path rules;

    @Option(
            names = "--changed-since",
            paramLabel = "GIT_REV",
            description = "Only the entries changed since this git revision.")
    String changedSince;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress line.")
    boolean quiet;

    private final Clock clock;

    ExternalLinksCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        ProgressLine progress =
                new ProgressLine(
                        spec.commandLine().getErr(),
                        !quiet && format == ReportFormat.TEXT && System.console() != null);
        Outcome outcome =
                new ExternalLinkRun(clock)
                        .run(
                                new ExternalLinkRun.Request(
                                        source.site(),
                                        politeness.options(),
                                        Optional.ofNullable(changedSince),
                                        cache,
                                        Optional.ofNullable(rules)),
                                progress::show);
        progress.end();
        if (outcome instanceof Outcome.BadRequest bad) {
            String option =
                    bad.part() == ExternalLinkRun.Part.RULES ? "--rules" : "--changed-since";
            throw new ParameterException(spec.commandLine(), option + ": " + bad.message());
        }
        if (outcome instanceof Outcome.NotChecked failed) {
            ProblemPrinter printer = new ProblemPrinter(out);
            printer.print(failed.problems());
            if (format == ReportFormat.GITHUB) {
                printer.printAnnotations(failed.problems());
            }
            append("## Link check\n\nNot run: " + ProblemPrinter.count(failed.problems()) + ".\n");
            return ExitCodes.SITE_PROBLEMS;
        }
        ExternalReport report = ((Outcome.Checked) outcome).report();
        out.print(format.render(report));
        out.flush();
        append(ReportFormat.MARKDOWN.render(report));
        return report.hasBrokenLinks() ? ExitCodes.SITE_PROBLEMS : ExitCodes.OK;
    }

    private void append(String markdown) throws IOException {
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
