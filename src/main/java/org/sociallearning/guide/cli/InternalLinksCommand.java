package org.sociallearning.guide.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sociallearning.guide.check.InternalLinkChecker;
import org.sociallearning.guide.check.InternalLinkReport;
import org.sociallearning.guide.entry.BaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code guide check-links internal}: every link of the baked site, offline. */
@Command(
        name = "internal",
        mixinStandardHelpOptions = true,
        description = "Checks every link of the baked site offline: pages, files and #fragments.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:No broken link.",
            "1:A link is broken, or there is no baked site or no valid jbake.properties.",
            "2:Invalid command line.",
            "70:Internal error."
        })
final class InternalLinksCommand implements Callable<Integer> {

    /** How to print what the check found. */
    enum Format {
        text,
        json,
        github
    }

    @Spec CommandSpec spec;

    @ParentCommand CheckLinksCommand parent;

    @Mixin SourceOption source;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            defaultValue = "target/site",
            description = "The baked site (default: ${DEFAULT-VALUE}, under the source folder).")
    Path output;

    @Mixin BaseUrlOption baseUrl;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text, json or github annotations (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        parent.refuseOptionsBefore(spec);
        PrintWriter out = spec.commandLine().getOut();
        ProblemPrinter printer = new ProblemPrinter(out);
        Path folder = source.resolve(output);
        if (!Files.isRegularFile(folder.resolve("index.html"))) {
            spec.commandLine()
                    .getErr()
                    .println("guide: no baked site in " + folder + "; run ./guide bake first");
            return ExitCodes.SITE_PROBLEMS;
        }
        Optional<BaseUrl> base = baseUrl.resolve(source, printer);
        if (base.isEmpty()) {
            return ExitCodes.SITE_PROBLEMS;
        }
        InternalLinkReport report = new InternalLinkChecker().check(folder, base.get());
        switch (format) {
            case json -> printer.printJson(report.problems());
            case github -> printer.printAnnotations(report.problems());
            case text -> printer.print(report.problems());
        }
        if (format != Format.json) {
            out.println("Internal links: " + report.summary());
        }
        return report.hasBrokenLinks() ? ExitCodes.SITE_PROBLEMS : ExitCodes.OK;
    }
}
