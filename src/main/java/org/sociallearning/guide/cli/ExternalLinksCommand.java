package org.sociallearning.guide.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.sociallearning.guide.pipeline.ExternalLinkRun;
import org.sociallearning.guide.pipeline.ExternalLinkRun.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
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

    @ParentCommand CheckLinksCommand parent;

    @Mixin SourceOption source;

    @Mixin PolitenessOptions politeness;

    @Mixin LinkInputsOptions inputs;

    @Mixin ReportOptions reporting;

    private final Clock clock;

    ExternalLinksCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        parent.refuseOptionsBefore(spec);
        ProgressLine progress = reporting.progress(spec.commandLine().getErr());
        Outcome outcome =
                new ExternalLinkRun(clock)
                        .run(inputs.request(source.site(), politeness.options()), progress::show);
        progress.end();
        if (outcome instanceof Outcome.BadRequest bad) {
            throw new ParameterException(
                    spec.commandLine(),
                    LinkInputsOptions.option(bad.part()) + ": " + bad.message());
        }
        if (outcome instanceof Outcome.NotChecked failed) {
            reporting.problems(spec.commandLine().getOut(), failed.problems(), source);
            return ExitCodes.SITE_PROBLEMS;
        }
        ExternalLinkRun.Outcome.Checked checked = (Outcome.Checked) outcome;
        reporting.report(spec.commandLine().getOut(), checked.report(), source);
        return checked.report().hasBrokenLinks() ? ExitCodes.SITE_PROBLEMS : ExitCodes.OK;
    }
}
