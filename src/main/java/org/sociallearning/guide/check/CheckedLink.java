package org.sociallearning.guide.check;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sociallearning.guide.entry.SourceLocation;

/**
 * One external URL as checked: its result, where entries use it (the {@code url=} line, or the body
 * line linking to it), when it was checked, and whether the result came from the cache.
 */
public record CheckedLink(
        String url,
        LinkResult result,
        List<SourceLocation> uses,
        Instant checkedAt,
        boolean cached) {

    public CheckedLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(result, "result");
        uses = List.copyOf(uses);
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    public Verdict verdict() {
        return result.verdict();
    }

    /** The source files of the entries using it, each once, sorted. */
    public List<String> entries() {
        return uses.stream()
                .map(u -> u.file().toString().replace('\\', '/'))
                .distinct()
                .sorted()
                .toList();
    }
}
