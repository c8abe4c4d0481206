package org.sociallearning.guide.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.testing.TestEntries;

class SearchShardsTest {

    private static Entry entry(int n, String title, String provider, String summary, String tags) {
        Entry base = TestEntries.entry("e" + n);
        return new Entry(
                base.slug(),
                title,
                true,
                base.date(),
                provider,
                base.url(),
                summary,
                base.facets(),
                Optional.<LocalDate>empty(),
                List.of(),
                tags.isEmpty() ? List.of() : List.of(tags.split(",")),
                "b",
                Path.of(base.slug() + ".md"));
    }

    private static final List<Entry> ENTRIES =
            List.of(
                    entry(0, "Peer learning", "Société", "About peers", "community"),
                    entry(1, "Other", "Peer Press", "A peer, peer-reviewed", ""),
                    entry(2, "Practice", "P", "nothing", "peer"),
                    entry(3, "Peer PEER peer", "P", "peer", "peer"));

    @Test
    void listsEachEntryOncePerWordAndFieldGroupDeltaEncoded() {
        SearchShards shards = new SearchShards(ENTRIES, 1);
        assertThat(shards.keys()).containsExactly("a", "c", "l", "n", "o", "p", "r", "s");
        Map<String, Object> p = shards.shards().get("p");
        assertThat(p.get("version")).isEqualTo(FilterIndex.VERSION);
        assertThat(p.get("key")).isEqualTo("p");
        @SuppressWarnings("unchecked")
        Map<String, Object> words = (Map<String, Object>) p.get("words");
        assertThat(words.keySet()).containsExactly("p", "peer", "peers", "practice", "press");
        // title: 0, 3; tags and provider: 1, 2, 3; summary: 1, 3 (entry 0 says "peers").
        assertThat(words.get("peer"))
                .isEqualTo(List.of(List.of(0, 3), List.of(1, 1, 1), List.of(1, 2)));
        assertThat(words.get("peers")).isEqualTo(List.of(List.of(), List.of(), List.of(0)));
        assertThat(shards.shards().get("s").get("words"))
                .isEqualTo(Map.of("societe", List.of(List.of(), List.of(0), List.of())));
    }

    @Test
    void twoLetterKeysSplitFurther() {
        SearchShards shards = new SearchShards(ENTRIES, 2);
        assertThat(shards.keys()).contains("p", "pe", "pr", "so");
        assertThat(SearchShards.deltas(List.of(3, 4, 10))).containsExactly(3, 1, 6);
    }

    @Test
    void theFilterIndexNamesEveryShardItWrites() throws Exception {
        SitePlan plan =
                new SitePlanner(
                                new SiteSettings(
                                        "Guide",
                                        "d",
                                        "https://example.org/guide/",
                                        "en",
                                        "1",
                                        "~~~~~~",
                                        "yyyy-MM-dd"),
                                TestEntries.TAXONOMY)
                        .plan(ENTRIES, List.of());
        JsonNode search =
                new ObjectMapper().readTree(plan.files().get(SitePaths.FILTER_INDEX)).get("search");
        assertThat(search.get("keyLength").asInt()).isEqualTo(FilterIndex.SEARCH_KEY);
        assertThat(search.get("keys")).isNotEmpty();
        for (JsonNode key : search.get("keys")) {
            String path =
                    search.get("path").get(0).asText()
                            + SearchFolding.fileSafe(key.asText())
                            + search.get("path").get(1).asText();
            assertThat(path).isEqualTo(SitePaths.searchShard(SearchFolding.fileSafe(key.asText())));
            JsonNode shard = new ObjectMapper().readTree(plan.files().get(path));
            assertThat(shard.get("key").asText()).isEqualTo(key.asText());
        }
        assertThat(plan.files().keySet().stream().filter(f -> f.startsWith("filter/search-")))
                .hasSize(search.get("keys").size());
    }
}
