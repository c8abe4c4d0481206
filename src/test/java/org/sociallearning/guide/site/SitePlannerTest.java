package org.sociallearning.guide.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.entry.Entry;

class SitePlannerTest {

    @Test
    void neighboursAreTheNearestOthersAroundAPositionWrappingAround() {
        List<Entry> list = IntStream.range(0, 10).mapToObj(i -> entry("e" + i)).toList();
        assertThat(SitePlanner.neighbours(list, 0))
                .extracting(Entry::slug)
                .containsExactly("e1", "e9", "e2", "e8", "e3", "e7");
        assertThat(SitePlanner.neighbours(list.subList(0, 3), 1))
                .extracting(Entry::slug)
                .containsExactly("e2", "e0");
        assertThat(SitePlanner.neighbours(list.subList(0, 1), 0)).isEmpty();
    }

    @Test
    void baseUrlIsNormalisedAndItsPathBecomesTheBasePath() {
        SiteSettings settings =
                new SiteSettings(
                        "t", "d", "https://example.org/guide", "en", "1", "~~~~~~", "yyyy-MM-dd");
        assertThat(settings.baseUrl()).isEqualTo("https://example.org/guide/");
        assertThat(settings.basePath()).isEqualTo("/guide/");
        assertThat(settings.absolute("entries/x/"))
                .isEqualTo("https://example.org/guide/entries/x/");
        assertThat(settings.withBaseUrl("http://localhost:8820").basePath()).isEqualTo("/");
        assertThatThrownBy(() -> settings.withBaseUrl("/guide/"))
                .hasMessageContaining("must be absolute http(s)");
        assertThatThrownBy(() -> settings.withBaseUrl("ftp://example.org/"))
                .hasMessageContaining("must be absolute http(s)");
        assertThatThrownBy(() -> settings.withBaseUrl("https://example.org/?x=1"))
                .hasMessageContaining("query");
    }

    private static Entry entry(String slug) {
        return new Entry(
                slug,
                slug,
                true,
                LocalDate.of(2026, 1, 1),
                "course",
                List.of("social-web"),
                List.of("guidance"),
                "p",
                "https://example.org/" + slug,
                "s",
                "free",
                "online",
                Optional.empty(),
                List.of("en"),
                Optional.empty(),
                List.of(),
                "b",
                Path.of(slug + ".md"));
    }
}
