package org.sociallearning.guide.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.testing.TestEntries;

/** Numbered pages of the directory and the listings, their links, the sitemap and filter index. */
class PaginationTest {

    private static final SiteSettings SETTINGS =
            new SiteSettings(
                    "Guide", "d", "https://example.org/guide/", "en", "1", "~~~~~~", "yyyy-MM-dd");

    private static final Taxonomy TAXONOMY = TestEntries.TAXONOMY;

    @Test
    void cutsAListIntoPagesOfTheSizeLinkedBothWays() {
        Pager pager = new Pager(60);
        assertThat(pager.pageCount(0)).isEqualTo(1);
        assertThat(pager.pageCount(60)).isEqualTo(1);
        assertThat(pager.pageCount(61)).isEqualTo(2);
        assertThat(pager.pageCount(10_000)).isEqualTo(167);
        List<Pagination> pages = new ArrayList<>();
        pager.pages(
                "x/",
                IntStream.range(0, 130).boxed().toList(),
                (items, p) -> {
                    pages.add(p);
                    assertThat(items).hasSize(p.last() - p.first() + 1);
                    return new PageSpec(
                            SitePaths.file(SitePaths.numbered("x/", p.number())),
                            "t",
                            new PageView.Plain(null, null),
                            Optional.empty());
                });
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0))
                .isEqualTo(new Pagination(1, 3, 1, 60, 130, "x/", "", "x/page/2/", "x/page/3/"));
        assertThat(pages.get(1))
                .isEqualTo(
                        new Pagination(2, 3, 61, 120, 130, "x/", "x/", "x/page/3/", "x/page/3/"));
        assertThat(pages.get(2))
                .isEqualTo(new Pagination(3, 3, 121, 130, 130, "x/", "x/page/2/", "", "x/page/3/"));
    }

    @Test
    void numbersPagesUnderTheListsOwnFolderAndRefusesNonsense() {
        assertThat(SitePaths.numbered("directory/", 1)).isEqualTo("directory/");
        assertThat(SitePaths.numbered("directory/", 2)).isEqualTo("directory/page/2/");
        assertThat(SitePaths.numbered("areas/social-web/guidance/", 3))
                .isEqualTo("areas/social-web/guidance/page/3/");
        assertThatThrownBy(() -> SitePaths.numbered("directory/", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SitePaths.numbered("feed.xml", 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pagination(3, 2, 0, 0, 0, "", "", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGuideThatFitsOnOnePageStaysOnePage() {
        SitePlan plan = plan(Pager.SIZE);
        assertThat(paths(plan)).contains("directory/").noneMatch(p -> p.contains("/page/"));
        assertThat(directories(plan)).singleElement().satisfies(d -> assertThat(d.filterable()));
    }

    @Test
    void theDirectoryAndEveryLongListingGetNumberedPagesInTheSitemap() {
        int size = 2 * Pager.SIZE + 7;
        SitePlan plan = plan(size);
        List<PageView.Directory> directory = directories(plan);
        assertThat(directory).hasSize(3);
        assertThat(directory)
                .extracting(d -> d.page().path())
                .containsExactly("directory/", "directory/page/2/", "directory/page/3/");
        // Only the first page carries the filter; every entry is on exactly one page.
        assertThat(directory)
                .extracting(PageView.Directory::filterable)
                .containsExactly(true, false, false);
        assertThat(directory.stream().flatMap(d -> d.entries().stream()).map(CardView::slug))
                .doesNotHaveDuplicates()
                .hasSize(size);
        assertThat(directory.get(1).pagination().previous()).isEqualTo("directory/");
        assertThat(directory.get(1).pagination().next()).isEqualTo("directory/page/3/");
        assertThat(directory.get(1).breadcrumbs())
                .containsExactly(new Crumb("Directory", "directory/"), new Crumb("Page 2", ""));
        assertThat(directory.get(2).page().title()).isEqualTo("Directory, page 3 of 3");

        // Every entry has the first value of every facet: each facet page is as long.
        Facet kind = TAXONOMY.shownIn(Facet.Shown.HOME).get(0);
        String first = SitePaths.facet(kind.path(), kind.ids().get(0));
        assertThat(paths(plan))
                .contains(first, first + "page/2/", first + "page/3/")
                .doesNotContain(first + "page/4/");
        PageView.Listing second =
                plan.pages().stream()
                        .filter(p -> p.urlPath().equals(first + "page/2/"))
                        .map(p -> (PageView.Listing) p.view())
                        .findFirst()
                        .orElseThrow();
        assertThat(second.breadcrumbs()).hasSize(3).last().isEqualTo(new Crumb("Page 2", ""));
        assertThat(second.breadcrumbs().get(1).path()).isEqualTo(first);

        PageView.Sitemap sitemap =
                plan.pages().stream()
                        .map(PageSpec::view)
                        .filter(PageView.Sitemap.class::isInstance)
                        .map(PageView.Sitemap.class::cast)
                        .findFirst()
                        .orElseThrow();
        assertThat(sitemap.urls())
                .extracting(PageView.SitemapUrl::loc)
                .contains(
                        "https://example.org/guide/directory/page/3/",
                        "https://example.org/guide/" + first + "page/2/");
    }

    @Test
    void writesAFilterIndexWithARowPerEntryAndTheCardTextInChunks() throws Exception {
        SitePlan plan = plan(FilterIndex.CHUNK + 1);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode head = mapper.readTree(plan.files().get(SitePaths.FILTER_INDEX));
        assertThat(head.get("version").asInt()).isEqualTo(FilterIndex.VERSION);
        assertThat(head.get("count").asInt()).isEqualTo(FilterIndex.CHUNK + 1);
        assertThat(head.get("rows")).hasSize(FilterIndex.CHUNK + 1);
        assertThat(head.get("pageSize").asInt()).isEqualTo(Pager.SIZE);
        List<String> fields = new ArrayList<>();
        head.get("facets").forEach(f -> fields.add(f.get("field").asText()));
        assertThat(fields)
                .containsExactlyElementsOf(
                        TAXONOMY.facets().stream()
                                .filter(
                                        f ->
                                                f.shows(Facet.Shown.FILTER)
                                                        || f.shows(Facet.Shown.CARD))
                                .map(Facet::field)
                                .toList());
        // Every entry has every facet's first value: bit 0, or position 0 for a long facet.
        for (int f = 0; f < fields.size(); f++) {
            JsonNode cell = head.get("rows").get(0).get(f);
            assertThat(cell.isInt() ? cell.asInt() : cell.get(0).asInt() + 1).isEqualTo(1);
        }
        assertThat(head.get("chunks")).hasSize(2);
        JsonNode second = mapper.readTree(plan.files().get(SitePaths.filterChunk(1)));
        assertThat(second.get("from").asInt()).isEqualTo(FilterIndex.CHUNK);
        assertThat(second.get("cards")).hasSize(1);
        assertThat(second.get("cards").get(0).get(0).asText()).isEqualTo(slug(FilterIndex.CHUNK));
    }

    @Test
    void encodesValuesAsABitMaskOrAsPositionsForALongFacet() {
        assertThat(FilterIndex.encode(List.of("a", "b", "c"), List.of("c", "a", "zz")))
                .isEqualTo(0b101);
        List<String> many = IntStream.range(0, 40).mapToObj(i -> "v" + i).toList();
        assertThat(FilterIndex.encode(many, List.of("v39", "v2"))).isEqualTo(List.of(39, 2));
    }

    private static SitePlan plan(int size) {
        List<Entry> entries = IntStream.range(0, size).mapToObj(i -> entry(slug(i))).toList();
        return new SitePlanner(SETTINGS, TAXONOMY).plan(entries, List.of());
    }

    private static String slug(int i) {
        return String.format("e%05d", i);
    }

    private static List<String> paths(SitePlan plan) {
        return plan.pages().stream().map(PageSpec::urlPath).toList();
    }

    private static List<PageView.Directory> directories(SitePlan plan) {
        return plan.pages().stream()
                .map(PageSpec::view)
                .filter(PageView.Directory.class::isInstance)
                .map(PageView.Directory.class::cast)
                .toList();
    }

    private static Entry entry(String slug) {
        return TestEntries.entry(slug);
    }
}
