package org.sociallearning.guide.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
        return write(sortedEntries, PlanMemo.none());
    }

    /**
     * The file's text. Each entry's item is written on its own (and kept in {@code memo}), then set
     * into the document with the indentation it has there: the same text as writing the whole tree
     * at once.
     */
    String write(List<Entry> sortedEntries, PlanMemo memo) {
        List<String> fields = EntryFields.names(taxonomy);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", settings.absolute(SitePaths.SCHEMA));
        root.put("title", settings.title());
        root.put("baseUrl", settings.baseUrl());
        root.put("count", sortedEntries.size());
        root.put("entries", List.of());
        String empty = json(root);
        if (sortedEntries.isEmpty()) {
            return empty + "\n";
        }
        // The entries list is the last key: "[ ]" closes the document.
        int at = empty.lastIndexOf(EMPTY_LIST);
        StringBuilder out = new StringBuilder(empty.length() + sortedEntries.size() * 600);
        out.append(empty, 0, at).append("[ ");
        List<String> items =
                sortedEntries.parallelStream()
                        .map(entry -> memo.entryJson(entry, e -> item(e, fields)))
                        .toList();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(items.get(i));
        }
        out.append(" ]").append(empty, at + EMPTY_LIST.length(), empty.length()).append('\n');
        return out.toString();
    }

    private static final String EMPTY_LIST = "[ ]";

    /** One entry's item, indented as it stands in the document's entries list. */
    private String item(Entry e, List<String> fields) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("slug", e.slug());
        for (String field : fields) {
            EntryFields.value(taxonomy, e, field).ifPresent(v -> item.put(field, v));
        }
        item.put("page", settings.absolute(SitePaths.entry(e.slug())));
        return json(item).replace("\n", "\n" + INDENT);
    }

    /** How far the pretty printer indents a level. */
    private static final String INDENT = "  ";

    private String json(Object tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write entries.json", e);
        }
    }
}
