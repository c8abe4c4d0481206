package org.sociallearning.guide.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * {@code entries.json}: every published entry with all its fields and the absolute URL of its page,
 * in the directory's order. Open data for anyone who wants to reuse the guide.
 */
final class EntriesJson {

    private final SiteSettings settings;
    private final Taxonomy taxonomy;
    private final ObjectMapper mapper =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    EntriesJson(SiteSettings settings, Taxonomy taxonomy) {
        this.settings = settings;
        this.taxonomy = taxonomy;
    }

    String write(List<Entry> sortedEntries) {
        List<String> fields = EntryFields.names(taxonomy);
        List<Map<String, Object>> list = new ArrayList<>(sortedEntries.size());
        for (Entry e : sortedEntries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("slug", e.slug());
            for (String field : fields) {
                EntryFields.value(taxonomy, e, field).ifPresent(v -> item.put(field, v));
            }
            item.put("page", settings.absolute(SitePaths.entry(e.slug())));
            list.add(item);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", settings.absolute(SitePaths.SCHEMA));
        root.put("title", settings.title());
        root.put("baseUrl", settings.baseUrl());
        root.put("count", list.size());
        root.put("entries", list);
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write entries.json", e);
        }
    }
}
