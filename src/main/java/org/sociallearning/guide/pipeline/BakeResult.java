package org.sociallearning.guide.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sociallearning.guide.entry.Problem;

/** What a bake did: the problems found, what was written where, and how long it took. */
public record BakeResult(
        List<Problem> problems,
        int entries,
        int drafts,
        int pages,
        Path output,
        boolean written,
        Duration elapsed,
        int rendered,
        int carried) {

    public BakeResult {
        problems = problems.stream().sorted().toList();
    }

    /**
     * A bake that rendered every page it made ({@code rendered}: pages rendered by templates this
     * time; {@code carried}: files kept from the previous output).
     */
    public BakeResult(
            List<Problem> problems,
            int entries,
            int drafts,
            int pages,
            Path output,
            boolean written,
            Duration elapsed) {
        this(problems, entries, drafts, pages, output, written, elapsed, pages, 0);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
