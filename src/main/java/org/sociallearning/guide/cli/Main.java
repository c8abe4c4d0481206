package org.sociallearning.guide.cli;

import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine;

/** Starts the {@code guide} command line. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(
                execute(
                        Clock.systemDefaultZone(),
                        new PrintWriter(System.out, true),
                        new PrintWriter(System.err, true),
                        args));
    }

    /**
     * Runs a command with the given clock and streams; returns its exit code. Used by tests too.
     */
    public static int execute(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(clock);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine(Clock clock) {
        CommandLine cli = new CommandLine(new GuideCommand(), new Factory(clock));
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        return cli;
    }

    /** Creates commands that need the clock, and everything else with picocli's default factory. */
    private record Factory(Clock clock) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == BakeCommand.class) {
                return cls.cast(new BakeCommand(clock));
            }
            if (cls == CheckLinksCommand.class) {
                return cls.cast(new CheckLinksCommand(clock));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
