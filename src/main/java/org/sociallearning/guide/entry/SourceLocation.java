package org.sociallearning.guide.entry;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/** A place in a source file: 1-based line and column; 0 means "the whole file" or "whole line". */
public record SourceLocation(Path file, int line, int column)
        implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER =
            Comparator.comparing((SourceLocation l) -> l.file().toString())
                    .thenComparingInt(SourceLocation::line)
                    .thenComparingInt(SourceLocation::column);

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
    }

    public static SourceLocation of(Path file) {
        return new SourceLocation(file, 0, 0);
    }

    public static SourceLocation of(Path file, int line) {
        return new SourceLocation(file, line, 0);
    }

    /** The compiler's form editors turn into links: {@code path:line:column}. */
    @Override
    public String toString() {
        String path = file.toString().replace('\\', '/');
        if (line == 0) {
            return path;
        }
        return column == 0 ? path + ":" + line : path + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }
}
