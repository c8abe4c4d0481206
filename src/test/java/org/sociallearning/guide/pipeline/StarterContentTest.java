package org.sociallearning.guide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.source.Inputs;
import org.sociallearning.guide.source.SiteSource;
import org.sociallearning.guide.testing.FixtureSites;

/** The guide's own content: valid, and covering the whole grid. */
class StarterContentTest {

    static Inputs inputs;
    static List<Entry> published;

    @BeforeAll
    static void read() {
        inputs =
                Inputs.read(
                        new SiteSource(FixtureSites.projectDir()), List.of(), FixtureSites.CLOCK);
        published = inputs.report().entries().stream().filter(Entry::published).toList();
    }

    @Test
    void validatesWithoutProblems() {
        assertThat(inputs.report().problems()).extracting(Problem::toString).isEmpty();
        assertThat(inputs.hasErrors()).isFalse();
    }

    @Test
    void hasAtLeast36PublishedEntries() {
        assertThat(published).hasSizeGreaterThanOrEqualTo(36);
    }

    @Test
    void coversEveryGridCellAtLeastTwice() {
        Map<List<String>, Long> cells =
                published.stream()
                        .flatMap(
                                e ->
                                        e.values("areas").stream()
                                                .flatMap(
                                                        a ->
                                                                e.values("modes").stream()
                                                                        .map(m -> List.of(a, m))))
                        .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        for (String area : List.of("social-web", "social-pedagogy", "workplace-learning")) {
            for (String mode : List.of("do-it-yourself", "guidance", "accreditation")) {
                assertThat(cells.getOrDefault(List.of(area, mode), 0L))
                        .as(area + " x " + mode)
                        .isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void hasEveryKindAtLeastThreeTimes() {
        Map<String, Long> kinds =
                published.stream()
                        .collect(
                                Collectors.groupingBy(
                                        e -> e.values("kind").get(0), Collectors.counting()));
        assertThat(kinds).containsOnlyKeys("course", "coach", "community", "accreditation");
        assertThat(kinds.values()).allMatch(n -> n >= 3);
    }

    @Test
    void neverLinksToProxyOrCopyHosts() {
        assertThat(published)
                .extracting(Entry::url)
                .noneMatch(
                        u ->
                                u.matches(
                                        "(?i).*(scribd\\.com|workers\\.dev|fanyv88|vercel\\.app|internettime2|webcache|archive\\.ph).*"));
    }

    @Test
    void aboutPageExplainsSocialLearning() {
        assertThat(inputs.report().pages())
                .extracting(p -> p.slug())
                .contains("about", "contribute");
        String about =
                inputs.report().pages().stream()
                        .filter(p -> p.slug().equals("about"))
                        .findFirst()
                        .orElseThrow()
                        .body();
        assertThat(about.toLowerCase())
                .contains("flow of work", "neither necessary nor sufficient");
    }
}
