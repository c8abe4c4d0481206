package org.sociallearning.guide.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sociallearning.guide.entry.Entry;

/**
 * {@code entries.json}: every published entry with all its fields and the absolute URL of its page,
 * in the directory's order. Open data for anyone who wants to reuse the guide.
 */
final class EntriesJson {

    private final SiteSettings settings;
    private final ObjectMapper mapper =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    EntriesJson(SiteSettings settings) {
        this.settings = settings;
    }

    String write(List<Entry> sortedEntries, Map<String, Map<String, Object>> cards) {
        List<Map<String, Object>> list = new ArrayList<>(sortedEntries.size());
        for (Entry e : sortedEntries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("slug", e.slug());
            item.put("title", e.title());
            item.put("kind", e.kind());
            item.put("areas", e.areas());
            item.put("modes", e.modes());
            item.put("provider", e.provider());
            item.put("url", e.url());
            item.put("summary", e.summary());
            item.put("cost", e.cost());
            item.put("format", e.format());
            e.pace().ifPresent(p -> item.put("pace", p));
            item.put("language", e.languages());
            item.put("date", e.date().toString());
            e.reviewed().ifPresent(r -> item.put("reviewed", r.toString()));
            item.put("tags", e.tags());
            item.put("page", settings.absolute((String) cards.get(e.slug()).get("path")));
            list.add(item);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", settings.absolute("schema/entries.schema.json"));
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
