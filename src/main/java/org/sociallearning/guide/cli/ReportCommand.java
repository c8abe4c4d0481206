package org.sociallearning.guide.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.sociallearning.guide.report.EditorialReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guide report}: the curator's report of the guide's editorial state. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Reports the guide's editorial state: entries, coverage of the grid and of the home"
                    + " page's facets (thin: fewer than 2 entries), review age, and link health"
                    + " from the external link check's cache (.cache/links.json).",
            "Reads only local files; entries with errors are left out (./guide validate lists"
                    + " them)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Reported (however thin the guide).",
            "1:The inputs have errors.",
            "2:Invalid command line.",
            "70:Internal error."
        })
final class ReportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin SourceOption source;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description =
                    "text, markdown, or json (versioned: {version, state, problems})"
                            + " (default: ${DEFAULT-VALUE}).")
    EditorialReport.Format format;

    private final Clock clock;

    ReportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        EditorialReport report = EditorialReport.read(source.site(), clock);
        spec.commandLine().getOut().print(report.render(format));
        spec.commandLine().getOut().flush();
        return report.hasErrors() ? ExitCodes.SITE_PROBLEMS : ExitCodes.OK;
    }
}
