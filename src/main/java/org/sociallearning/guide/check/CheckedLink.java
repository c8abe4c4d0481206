package org.sociallearning.guide.check;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One external URL as checked: its result, the entries (source files) that use it, when it was
 * checked, and whether the result came from the cache.
 */
public record CheckedLink(
        String url, LinkResult result, List<String> entries, Instant checkedAt, boolean cached) {

    public CheckedLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(result, "result");
        entries = List.copyOf(entries);
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    public Verdict verdict() {
        return result.verdict();
    }
}
