package org.sociallearning.guide.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints an exception that escaped a command. File system trouble is the user's to fix and gets a
 * message; anything else is a bug and gets the stack trace to report.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof UncheckedIOException io) {
            cli.getErr()
                    .println(
                            "guide: error: " + io.getMessage() + ": " + io.getCause().getMessage());
            return ExitCodes.SITE_PROBLEMS;
        }
        if (e instanceof java.io.IOException io) {
            cli.getErr().println("guide: error: " + io.getMessage());
            return ExitCodes.SITE_PROBLEMS;
        }
        cli.getErr().println("guide: internal error: " + e);
        e.printStackTrace(cli.getErr());
        return ExitCodes.INTERNAL;
    }
}
