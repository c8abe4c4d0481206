package org.sociallearning.guide.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.testing.TestEntries;

/** The planner's pages and views, from the project's taxonomy and a handful of entries. */
class SitePlannerTest {

    private static final SiteSettings SETTINGS =
            new SiteSettings(
                    "Guide", "d", "https://example.org/guide/", "en", "1", "~~~~~~", "yyyy-MM-dd");

    private static final Taxonomy TAXONOMY = TestEntries.TAXONOMY;

    @Test
    void neighboursAreTheNearestOthersAroundAPositionWrappingAround() {
        List<Entry> list = IntStream.range(0, 10).mapToObj(i -> entry("e" + i)).toList();
        assertThat(EntryPages.neighbours(list, 0))
                .extracting(Entry::slug)
                .containsExactly("e1", "e9", "e2", "e8", "e3", "e7");
        assertThat(EntryPages.neighbours(list.subList(0, 3), 1))
                .extracting(Entry::slug)
                .containsExactly("e2", "e0");
        assertThat(EntryPages.neighbours(list.subList(0, 1), 0)).isEmpty();
    }

    @Test
    void plansAPageForEveryClosedTermEveryUsedOpenValueAndEveryGridCell() {
        SitePlan plan = new SitePlanner(SETTINGS, TAXONOMY).plan(List.of(entry("a")), List.of());
        List<String> paths = plan.pages().stream().map(PageSpec::urlPath).toList();
        int closedTerms =
                TAXONOMY.facets().stream().mapToInt(f -> f.isOpen() ? 0 : f.terms().size()).sum();
        Taxonomy.Grid grid = TAXONOMY.grid().orElseThrow();
        long listings = plan.pages().stream().filter(p -> p.template().equals("facet")).count();
        assertThat(listings)
                .isEqualTo(
                        closedTerms
                                + 1 // the one language the entry uses
                                + (long) grid.rows().terms().size()
                                        * grid.columns().terms().size());
        assertThat(paths).contains("languages/en/", "entries/a/", "directory/", "");
        assertThat(paths).doesNotContain("languages/de/");
    }

    @Test
    void cardsCarryADataAttributeForEveryFilterFacetAndFactsForEveryFactsFacet() {
        SitePlan plan = new SitePlanner(SETTINGS, TAXONOMY).plan(List.of(entry("a")), List.of());
        PageView.Directory directory =
                plan.pages().stream()
                        .map(PageSpec::view)
                        .filter(PageView.Directory.class::isInstance)
                        .map(PageView.Directory.class::cast)
                        .findFirst()
                        .orElseThrow();
        CardView card = directory.entries().get(0);
        assertThat(card.data())
                .extracting(CardView.Data::field)
                .containsExactlyElementsOf(
                        TAXONOMY.shownIn(org.sociallearning.guide.entry.Facet.Shown.FILTER).stream()
                                .map(f -> f.field())
                                .toList());
        assertThat(directory.facets())
                .extracting(FacetView::field)
                .containsExactlyElementsOf(card.data().stream().map(CardView.Data::field).toList());
        assertThat(card.link()).isEqualTo(LinkView.unchecked());
        assertThat(card.reviewed()).isEmpty();
    }

    @Test
    void everyFacetPageLinksToTheDirectoryFilteredByItsValue() {
        SitePlan plan = new SitePlanner(SETTINGS, TAXONOMY).plan(List.of(entry("a")), List.of());
        plan.pages().stream()
                .map(PageSpec::view)
                .filter(PageView.Listing.class::isInstance)
                .map(PageView.Listing.class::cast)
                .forEach(
                        listing ->
                                assertThat(listing.filterPath())
                                        .as(listing.page().path())
                                        .startsWith(SitePaths.DIRECTORY + "?"));
    }

    private static Entry entry(String slug) {
        return TestEntries.entry(slug);
    }
}
