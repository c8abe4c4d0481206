package org.sociallearning.guide.check;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every external URL checked in a run, sorted by verdict then URL, and how long it took. */
public record ExternalReport(List<CheckedLink> results, Duration elapsed) {

    public ExternalReport {
        results =
                results.stream()
                        .sorted(
                                Comparator.comparing(CheckedLink::verdict)
                                        .thenComparing(CheckedLink::url))
                        .toList();
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Exit 1: a link is broken. Blocked, timed-out and erroring links are warnings. */
    public boolean hasBrokenLinks() {
        return results.stream().anyMatch(r -> r.verdict() == Verdict.BROKEN);
    }

    /** How many results per verdict, every verdict present. */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        results.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
        return counts;
    }

    public long cached() {
        return results.stream().filter(CheckedLink::cached).count();
    }

    public List<CheckedLink> with(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).toList();
    }
}
