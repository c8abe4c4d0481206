package org.sociallearning.guide.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.source.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guide validate}: checks entries against the format and the taxonomy, bakes nothing. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks entries against the entry format (CONTRIBUTING.md) and data/taxonomy.yaml.",
            "Prints every problem of every file as path:line:column: error|warning: message,"
                    + " with a hint below, then a summary."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:No errors (there may be warnings).",
            "1:At least one error.",
            "2:Invalid command line.",
            "70:Internal error."
        })
final class ValidateCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @Spec CommandSpec spec;

    @Mixin SourceOption source;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description =
                    "text, or json: {version, errors, warnings, files, problems: [{file, line,"
                            + " column, severity, message, hint}]}; line and column are 1-based,"
                            + " 0 for a whole file (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin AnnotationsOption annotations;

    @Parameters(
            paramLabel = "PATH",
            description = "Entry files or folders in content/ to check (default: all).")
    List<Path> paths = List.of();

    private final Clock clock;

    ValidateCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Inputs inputs = Inputs.read(source.site(), paths, clock);
        List<Problem> problems = inputs.report().problems();
        ProblemPrinter printer = new ProblemPrinter(out);
        if (format == Format.json) {
            printer.printJson(problems);
        } else {
            annotations.print(printer, problems);
            int checked = inputs.report().entries().size() + inputs.report().pages().size();
            out.println(ProblemPrinter.summary(problems, checked));
        }
        return inputs.hasErrors() ? ExitCodes.SITE_PROBLEMS : ExitCodes.OK;
    }
}
