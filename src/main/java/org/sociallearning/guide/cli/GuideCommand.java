package org.sociallearning.guide.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code guide} command: only a home for subcommands. */
@Command(
        name = "guide",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Bakes, checks and previews the Social Learning Guide, a static site made from Markdown entries.",
        subcommands = {
            ValidateCommand.class,
            BakeCommand.class,
            CheckLinksCommand.class,
            NewCommand.class,
            ReportCommand.class,
            ServeCommand.class,
            BenchCommand.class,
            BenchStockCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:The site has problems (invalid entries, a failed bake, broken links).",
            "2:Invalid command line.",
            "70:Internal error: a bug in the guide; please report it."
        },
        footer = {"", "Run 'guide COMMAND --help' for a command's options."})
final class GuideCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
