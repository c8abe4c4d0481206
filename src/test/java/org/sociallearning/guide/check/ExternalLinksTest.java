package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.source.Inputs;
import org.sociallearning.guide.source.SiteSource;
import org.sociallearning.guide.testing.FixtureSites;

class ExternalLinksTest {

    @Test
    void collectsEntryUrlsAndBodyLinksOnceWithTheirEntries() {
        Inputs inputs =
                Inputs.read(
                        new SiteSource(FixtureSites.projectDir()), List.of(), FixtureSites.CLOCK);
        Map<String, List<String>> urls = ExternalLinks.of(inputs.report().entries(), e -> true);
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
                                        .contains(e.source().toString()));
    }

    @Test
    void filtersEntries() {
        Inputs inputs =
                Inputs.read(
                        new SiteSource(FixtureSites.projectDir()), List.of(), FixtureSites.CLOCK);
        Path first = inputs.report().entries().get(0).source();
        assertThat(
                        ExternalLinks.of(inputs.report().entries(), e -> e.source().equals(first))
                                .values())
                .allMatch(sources -> sources.equals(List.of(first.toString())));
    }
}
