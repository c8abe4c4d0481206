package org.sociallearning.guide.cli;

/** The exit codes of every {@code guide} command, shown in {@code --help}. */
final class ExitCodes {

    private ExitCodes() {}

    static final int OK = 0;
    static final int SITE_PROBLEMS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 70;
}
