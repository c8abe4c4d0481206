package org.sociallearning.guide.entry;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something wrong with an author's input, at a place in a file, with an optional hint on how to fix
 * it. Problems are collected and reported together.
 */
public record Problem(SourceLocation location, Severity severity, String message, String hint)
        implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER =
            Comparator.comparing(Problem::location)
                    .thenComparing(Problem::severity)
                    .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Problem error(SourceLocation location, String message) {
        return new Problem(location, Severity.ERROR, message, "");
    }

    public static Problem error(SourceLocation location, String message, String hint) {
        return new Problem(location, Severity.ERROR, message, hint);
    }

    public static Problem warning(SourceLocation location, String message) {
        return new Problem(location, Severity.WARNING, message, "");
    }

    public static Problem warning(SourceLocation location, String message, String hint) {
        return new Problem(location, Severity.WARNING, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean hasHint() {
        return !hint.isEmpty();
    }

    /** {@code content/entries/pkm.md:7:7: error: unknown area "social-webb"}. */
    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
