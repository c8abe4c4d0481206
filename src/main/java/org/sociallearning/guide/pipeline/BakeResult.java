package org.sociallearning.guide.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sociallearning.guide.entry.Entry;
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

    /** A bake that wrote nothing: the output is as it was. */
    static BakeResult notWritten(
            List<Problem> problems, List<Entry> entries, int pages, Path output, long startNanos) {
        int published = published(entries);
        return new BakeResult(
                problems,
                published,
                entries.size() - published,
                pages,
                output,
                false,
                Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** A bake that replaced the output, rendering some pages and carrying the other files over. */
    static BakeResult written(
            List<Problem> problems,
            List<Entry> entries,
            int pages,
            Path output,
            long startNanos,
            int rendered,
            int carried) {
        int published = published(entries);
        return new BakeResult(
                problems,
                published,
                entries.size() - published,
                pages,
                output,
                true,
                Duration.ofNanos(System.nanoTime() - startNanos),
                rendered,
                carried);
    }

    private static int published(List<Entry> entries) {
        return (int) entries.stream().filter(Entry::published).count();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
