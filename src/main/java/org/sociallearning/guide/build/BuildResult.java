package org.sociallearning.guide.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sociallearning.guide.entry.Problem;

/** What a bake did: the problems found, what was written where, and how long it took. */
public record BuildResult(
        List<Problem> problems,
        int entries,
        int drafts,
        int pages,
        Path output,
        boolean written,
        Duration elapsed) {

    public BuildResult {
        problems = problems.stream().sorted().toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
