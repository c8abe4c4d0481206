package org.sociallearning.guide.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.testing.TestEntries;

/** The guide's state: review-age buckets at their boundaries, cells, drafts and links. */
class GuideStateTest {

    private static final Taxonomy TAXONOMY = TestEntries.TAXONOMY;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Entry entry(String slug, boolean published, Optional<LocalDate> reviewed) {
        return TestEntries.entry(slug, published, LocalDate.of(2024, 1, 1), reviewed);
    }

    @Test
    void sortsReviewsIntoRecentOlderDueAndNeverAtTheirBoundaries() {
        List<Entry> entries =
                List.of(
                        entry("recent-edge", true, Optional.of(LocalDate.of(2025, 11, 30))),
                        entry("older", true, Optional.of(LocalDate.of(2025, 11, 29))),
                        entry("older-edge", true, Optional.of(LocalDate.of(2025, 5, 30))),
                        entry("due", true, Optional.of(LocalDate.of(2025, 5, 29))),
                        entry("never", true, Optional.empty()),
                        entry("draft", false, Optional.empty()));
        GuideState state = GuideState.of(TAXONOMY, entries, Map.of(), TODAY);
        assertThat(state.published()).isEqualTo(5);
        assertThat(state.drafts()).isEqualTo(1);
        GuideState.Reviews r = state.reviews();
        assertThat(List.of(r.recent(), r.older(), r.due(), r.never())).containsExactly(1, 2, 1, 1);
        assertThat(r.dueEntries()).extracting(Entry::slug).containsExactly("due");
        assertThat(r.unreviewed()).extracting(Entry::slug).containsExactly("never");
    }

    @Test
    void countsCellsAndLinksOfPublishedEntriesOnly() {
        List<Entry> entries =
                List.of(
                        entry("a", true, Optional.of(TODAY)),
                        entry("b", true, Optional.of(TODAY)),
                        entry("c", false, Optional.of(TODAY)));
        Map<String, LinkHealth> links =
                Map.of(
                        "https://example.org/a",
                        new LinkHealth(Optional.of(TODAY), false, ""),
                        "https://example.org/c",
                        new LinkHealth(Optional.empty(), true, "404"));
        GuideState state = GuideState.of(TAXONOMY, entries, links, TODAY);
        GuideState.Grid grid = state.grid().orElseThrow();
        assertThat(grid.cells()).hasSize(9);
        assertThat(grid.cells().get(0).count()).isEqualTo(2);
        assertThat(grid.cells().get(0).thin()).isFalse();
        assertThat(grid.thin()).hasSize(8).allMatch(GuideState.Cell::empty);
        assertThat(state.facets())
                .extracting(GuideState.FacetCoverage::field)
                .containsExactly("kind");
        assertThat(state.links().verified()).isEqualTo(1);
        assertThat(state.links().broken()).isZero();
        assertThat(state.links().unchecked()).isEqualTo(1);
    }
}
