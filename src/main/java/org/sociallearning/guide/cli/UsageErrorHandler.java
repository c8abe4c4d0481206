package org.sociallearning.guide.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A mistyped command line: the message and a pointer to help, never a stack trace. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println("guide: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, cli.getErr());
        cli.getErr()
                .println(
                        "Try '"
                                + cli.getCommandSpec().qualifiedName()
                                + " --help' for more information.");
        return ExitCodes.USAGE;
    }
}
