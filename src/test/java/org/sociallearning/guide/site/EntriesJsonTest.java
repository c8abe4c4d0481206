package org.sociallearning.guide.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.testing.TestEntries;

/** entries.json written item by item is the very text of the whole tree written at once. */
class EntriesJsonTest {

    private static final SiteSettings SETTINGS =
            new SiteSettings(
                    "Guide \"quoted\"",
                    "d",
                    "https://example.org/guide/",
                    "en",
                    "1",
                    "~~~~~~",
                    "yyyy-MM-dd");

    @Test
    void itemByItemIsTheSameTextAsTheWholeTreeWithOrWithoutAMemo() throws Exception {
        Entry plain = TestEntries.entry("plain");
        Entry rich =
                withText(
                        TestEntries.entry(
                                "rich",
                                true,
                                LocalDate.of(2026, 2, 3),
                                Optional.of(LocalDate.of(2026, 3, 4))),
                        "Ünïcode \"title\" \\ with / slashes",
                        List.of("tag one", "tag-two"));
        List<Entry> entries = List.of(plain, rich, TestEntries.entry("zeta"));
        EntriesJson json = new EntriesJson(SETTINGS, TestEntries.TAXONOMY);
        PlanMemo memo = new PlanMemo();
        memo.startPlan(List.of("same"));

        String whole = wholeTree(entries);
        assertThat(json.write(entries)).isEqualTo(whole);
        assertThat(json.write(entries, memo)).isEqualTo(whole);
        memo.startPlan(List.of("same"));
        assertThat(json.write(entries, memo)).as("from the memo").isEqualTo(whole);
        assertThat(json.write(List.of())).isEqualTo(wholeTree(List.of()));
    }

    /** What the file was before items were written one by one: one tree, one pretty printer. */
    private static String wholeTree(List<Entry> entries) throws Exception {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("slug", e.slug());
            for (String field : EntryFields.names(TestEntries.TAXONOMY)) {
                EntryFields.value(TestEntries.TAXONOMY, e, field)
                        .ifPresent(v -> item.put(field, v));
            }
            item.put("page", SETTINGS.absolute(SitePaths.entry(e.slug())));
            list.add(item);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SETTINGS.absolute(SitePaths.SCHEMA));
        root.put("title", SETTINGS.title());
        root.put("baseUrl", SETTINGS.baseUrl());
        root.put("count", list.size());
        root.put("entries", list);
        return new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(root)
                + "\n";
    }

    private static Entry withText(Entry e, String title, List<String> tags) {
        return new Entry(
                e.slug(),
                title,
                e.published(),
                e.date(),
                e.provider(),
                e.url(),
                "A summary with \"quotes\" and a tab\tin it",
                e.facets(),
                e.reviewed(),
                e.sources(),
                tags,
                e.body(),
                Path.of(e.slug() + ".md"));
    }
}
