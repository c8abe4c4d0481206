package org.sociallearning.guide.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code guide check-links}: a home for the two link checks, {@code internal} and {@code external}.
 * The old spellings still work: {@code check-links [OPTIONS]} runs the internal check, {@code
 * check-links --external [OPTIONS]} the external one (with a note naming the new spelling).
 */
@Command(
        name = "check-links",
        mixinStandardHelpOptions = true,
        description = {
            "Checks links: 'internal' checks the baked site offline, 'external' the entries' URLs over the network.",
            "Without a subcommand, runs 'internal' with the options given."
        },
        subcommands = {InternalLinksCommand.class, ExternalLinksCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:No broken link.",
            "1:A link is broken, or the site has problems.",
            "2:Invalid command line.",
            "70:Internal error."
        },
        footer = {
            "",
            "Run 'guide check-links internal --help' or '... external --help' for options."
        })
final class CheckLinksCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--external", hidden = true, description = "Old spelling of 'external'.")
    boolean external;

    /** The options of the old spelling, handed to the subcommand it stands for. */
    @Unmatched List<String> rest = new ArrayList<>();

    @Override
    public Integer call() {
        String name = external ? "external" : "internal";
        if (external) {
            spec.commandLine()
                    .getErr()
                    .println("guide: note: 'check-links --external' is now 'check-links external'");
        }
        CommandLine sub = spec.commandLine().getSubcommands().get(name);
        String[] args = rest.toArray(String[]::new);
        rest.clear();
        external = false;
        return sub.execute(args);
    }

    /**
     * Options written before a subcommand's name would silently be lost (picocli runs only the
     * subcommand): a usage error instead.
     */
    void refuseOptionsBefore(CommandSpec subcommand) {
        if (external || !rest.isEmpty()) {
            List<String> stray = new ArrayList<>(rest);
            if (external) {
                stray.add(0, "--external");
            }
            throw new ParameterException(
                    subcommand.commandLine(),
                    "options go after '"
                            + subcommand.name()
                            + "', not before it: "
                            + String.join(" ", stray));
        }
    }
}
