package org.sociallearning.guide.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * The JSON Schema of {@code entries.json}, written at bake time so its enumerations are the
 * taxonomy's terms and its properties the fields {@link EntriesJson} writes.
 */
final class EntriesSchema {

    private static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private final SiteSettings settings;
    private final Taxonomy taxonomy;
    private final ObjectMapper mapper =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    EntriesSchema(SiteSettings settings, Taxonomy taxonomy) {
        this.settings = settings;
        this.taxonomy = taxonomy;
    }

    String write() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", settings.title() + " entries");
        root.put(
                "description",
                "entries.json: every published entry of "
                        + settings.title()
                        + ", with the absolute URL of its page. Written with the site from"
                        + " data/taxonomy.yaml.");
        root.put("type", "object");
        root.put("required", List.of("$schema", "title", "baseUrl", "count", "entries"));
        root.put("additionalProperties", false);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("$schema", map("type", "string", "format", "uri"));
        props.put("title", map("type", "string"));
        props.put("baseUrl", map("type", "string", "format", "uri", "pattern", "^https?://.+/$"));
        props.put("count", map("type", "integer", "minimum", 0));
        props.put("entries", map("type", "array", "items", map("$ref", "#/$defs/entry")));
        root.put("properties", props);
        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("slug", map("type", "string", "pattern", SLUG));
        defs.put(
                "date",
                map("type", "string", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format", "date"));
        defs.put("entry", entry());
        root.put("$defs", defs);
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the entries schema", e);
        }
    }

    private Map<String, Object> entry() {
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("title", map("type", "string", "minLength", 1, "maxLength", Entry.MAX_TITLE));
        own.put("provider", map("type", "string", "minLength", 1));
        own.put("url", map("type", "string", "format", "uri", "pattern", "^https?://"));
        own.put("summary", map("type", "string", "minLength", 1, "maxLength", Entry.MAX_SUMMARY));
        own.put("date", map("$ref", "#/$defs/date", "description", "The day it joined the guide."));
        own.put("reviewed", map("$ref", "#/$defs/date", "description", "Last confirmed."));
        own.put(
                "sources",
                map(
                        "type",
                        "array",
                        "description",
                        "The public pages that confirm the facts.",
                        "uniqueItems",
                        true,
                        "items",
                        map("type", "string", "format", "uri", "pattern", "^https://")));
        own.put("tags", map("type", "array", "items", map("$ref", "#/$defs/slug")));
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>(List.of("slug"));
        props.put("slug", map("$ref", "#/$defs/slug"));
        for (String field : EntryFields.names(taxonomy)) {
            Facet facet = taxonomy.facet(field).orElse(null);
            if (facet == null) {
                props.put(field, own.getOrDefault(field, Map.of()));
                if (!field.equals("reviewed")) {
                    required.add(field);
                }
            } else {
                props.put(field, facet(facet));
                if (facet.required() || facet.defaultValue().isPresent()) {
                    required.add(field);
                }
            }
        }
        props.put(
                "page",
                map(
                        "type",
                        "string",
                        "format",
                        "uri",
                        "pattern",
                        "^https?://.+/" + SitePaths.entry("[a-z0-9-]+") + "$"));
        required.add("page");
        return map(
                "type",
                "object",
                "additionalProperties",
                false,
                "required",
                required,
                "properties",
                props);
    }

    /** A facet's schema: its terms as an enumeration, or an open facet's pattern. */
    private static Map<String, Object> facet(Facet facet) {
        Map<String, Object> value =
                facet.open()
                        .<Map<String, Object>>map(
                                o -> map("type", "string", "pattern", "^" + o.pattern() + "$"))
                        .orElseGet(() -> map("enum", facet.ids()));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("title", facet.label());
        if (!facet.multiple()) {
            schema.putAll(value);
            return schema;
        }
        schema.put("type", "array");
        schema.put("minItems", 1);
        if (facet.maxValues() != Integer.MAX_VALUE) {
            schema.put("maxItems", facet.maxValues());
        }
        schema.put("uniqueItems", true);
        schema.put("items", value);
        return schema;
    }

    /** A map of key, value pairs in the order given. */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
