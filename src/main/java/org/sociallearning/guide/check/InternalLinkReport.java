package org.sociallearning.guide.check;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.sociallearning.guide.entry.Problem;

/**
 * What an internal link check found: how many pages and links it read, and one problem per broken
 * link, at the page (relative to the site folder) and line of the element.
 */
public record InternalLinkReport(int pages, int links, List<Problem> problems, Duration elapsed) {

    public InternalLinkReport {
        problems = problems.stream().sorted().toList();
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public boolean hasBrokenLinks() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** {@code 9841 pages, 412,000 links checked in 1.2 s: 0 broken}. */
    public String summary() {
        return String.format(
                java.util.Locale.ROOT,
                "%d page%s, %,d link%s checked in %.1f s: %d broken",
                pages,
                pages == 1 ? "" : "s",
                links,
                links == 1 ? "" : "s",
                elapsed.toMillis() / 1000.0,
                problems.stream().filter(Problem::isError).count());
    }
}
