package org.sociallearning.guide.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sociallearning.guide.site.SitePaths;

/**
 * A baked site's filter index ({@code SitePaths.FILTER_INDEX} and its card chunks) read back the
 * way {@code assets/js/filter/index.js} reads it, for tests: each entry's slug and its value ids
 * per facet, and the facets' fields.
 */
public final class FilterIndexFiles {

    private final JsonNode head;
    private final List<String> slugs = new ArrayList<>();
    private final List<Map<String, List<String>>> values = new ArrayList<>();

    public FilterIndexFiles(Path site) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            head = mapper.readTree(site.resolve(SitePaths.FILTER_INDEX).toFile());
            for (JsonNode chunkPath : head.get("chunks")) {
                JsonNode chunk = mapper.readTree(site.resolve(chunkPath.asText()).toFile());
                chunk.get("cards").forEach(card -> slugs.add(card.get(0).asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode facets = head.get("facets");
        for (JsonNode row : head.get("rows")) {
            Map<String, List<String>> byField = new LinkedHashMap<>();
            for (int f = 0; f < facets.size(); f++) {
                JsonNode ids = facets.get(f).get("values");
                List<String> list = new ArrayList<>();
                JsonNode cell = row.get(f);
                if (cell.isInt()) {
                    for (int v = 0; v < ids.size(); v++) {
                        if ((cell.asInt() & (1 << v)) != 0) {
                            list.add(ids.get(v).asText());
                        }
                    }
                } else {
                    cell.forEach(v -> list.add(ids.get(v.asInt()).asText()));
                }
                byField.put(facets.get(f).get("field").asText(), list);
            }
            values.add(byField);
        }
    }

    /** The index's first part as parsed JSON. */
    public JsonNode head() {
        return head;
    }

    /** The slugs of the entries, in the index's order. */
    public List<String> slugs() {
        return List.copyOf(slugs);
    }

    /** The fields of the facets the filter shows, in the index's order. */
    public List<String> filterFields() {
        List<String> fields = new ArrayList<>();
        head.get("facets")
                .forEach(
                        f -> {
                            if (f.get("filter").asBoolean()) {
                                fields.add(f.get("field").asText());
                            }
                        });
        return fields;
    }

    /** An entry's value ids of a facet, in the facet's order. */
    public List<String> values(String slug, String field) {
        int i = slugs.indexOf(slug);
        if (i < 0) {
            throw new IllegalArgumentException("not in the filter index: " + slug);
        }
        return values.get(i).getOrDefault(field, List.of());
    }
}
