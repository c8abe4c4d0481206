package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.source.Inputs;
import org.sociallearning.guide.source.SiteSource;
import org.sociallearning.guide.testing.FixtureSites;

class ExternalLinksTest {

    @Test
    void collectsEntryUrlsAndBodyLinksOnceWithTheirEntries() {
        Inputs inputs =
                Inputs.read(
                        new SiteSource(FixtureSites.projectDir()), List.of(), FixtureSites.CLOCK);
        Map<String, List<SourceLocation>> urls =
                ExternalLinks.of(FixtureSites.projectDir(), inputs.report().entries(), e -> true);
        assertThat(urls).isNotEmpty();
        assertThat(urls.keySet()).allMatch(u -> u.startsWith("http") && !u.contains("#"));
        inputs.report()
                .entries()
                .forEach(
                        e ->
                                assertThat(
                                                urls.get(
                                                        e.url().contains("#")
                                                                ? e.url()
                                                                        .substring(
                                                                                0,
                                                                                e.url()
                                                                                        .indexOf(
                                                                                                '#'))
                                                                : e.url()))
                                        .contains(SourceLocation.of(e.source(), urlLine(e))));
    }

    /** The 1-based line of the entry's url= header, read independently of ExternalLinks. */
    private static int urlLine(Entry e) {
        try {
            List<String> lines =
                    java.nio.file.Files.readAllLines(FixtureSites.projectDir().resolve(e.source()));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("url=")) {
                    return i + 1;
                }
            }
            throw new AssertionError("no url= line in " + e.source());
        } catch (java.io.IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }

    @Test
    void filtersEntries() {
        Inputs inputs =
                Inputs.read(
                        new SiteSource(FixtureSites.projectDir()), List.of(), FixtureSites.CLOCK);
        Path first = inputs.report().entries().get(0).source();
        assertThat(
                        ExternalLinks.of(
                                        FixtureSites.projectDir(),
                                        inputs.report().entries(),
                                        e -> e.source().equals(first))
                                .values())
                .allMatch(uses -> uses.stream().allMatch(u -> u.file().equals(first)));
    }
}
