package org.sociallearning.guide.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * The header fields of the entry format and of prose pages: which exist, which are required, and
 * what to write in each. An entry's facet fields come from the taxonomy; its own fields are here.
 */
final class FieldSpec {

    private FieldSpec() {}

    /** The entry fields that are not facets and must be given. */
    static final List<String> ENTRY_OWN_REQUIRED =
            List.of("title", "type", "status", "date", "provider", "url", "summary");

    /** The entry fields that are not facets and may be left out. */
    static final List<String> ENTRY_OWN_OPTIONAL = List.of("reviewed", "sources", "tags");

    static final List<String> PAGE_REQUIRED = List.of("title", "type", "status", "date");
    static final List<String> PAGE_OPTIONAL = List.of("summary", "include");

    static final int MAX_TITLE = Entry.MAX_TITLE;
    static final int MAX_SUMMARY = Entry.MAX_SUMMARY;
    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String TAG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String DATE_EXAMPLE = "2026-11-28";

    /**
     * Every entry field in header order: the taxonomy's order, then any own field it leaves out.
     */
    static List<String> entryFields(Taxonomy taxonomy) {
        List<String> known =
                Stream.of(
                                ENTRY_OWN_REQUIRED.stream(),
                                taxonomy.facets().stream().map(Facet::field),
                                ENTRY_OWN_OPTIONAL.stream())
                        .flatMap(s -> s)
                        .toList();
        List<String> fields = new ArrayList<>();
        taxonomy.headerOrder().stream()
                .filter(known::contains)
                .filter(f -> !fields.contains(f))
                .forEach(fields::add);
        known.stream().filter(f -> !fields.contains(f)).forEach(fields::add);
        return fields;
    }

    static List<String> entryRequired(Taxonomy taxonomy) {
        return entryFields(taxonomy).stream()
                .filter(
                        f ->
                                ENTRY_OWN_REQUIRED.contains(f)
                                        || taxonomy.facet(f).map(Facet::required).orElse(false))
                .toList();
    }

    static List<String> entryOptional(Taxonomy taxonomy) {
        List<String> required = entryRequired(taxonomy);
        return entryFields(taxonomy).stream().filter(f -> !required.contains(f)).toList();
    }

    /** What to write in each entry field, in header order: for hints and for {@code new}. */
    static Map<String, String> entryDescriptions(Taxonomy taxonomy) {
        Map<String, String> own = new LinkedHashMap<>();
        own.put("title", "the resource's name, at most " + MAX_TITLE + " characters");
        own.put("type", "entry");
        own.put("status", "published or draft");
        own.put("date", "the day the entry joined the guide, as yyyy-MM-dd");
        own.put("provider", "the organisation or person who offers it");
        own.put("url", "the provider's own page about it, starting with https://");
        own.put("summary", "one sentence for cards and search results, at most " + MAX_SUMMARY);
        own.put("reviewed", "the day a curator last confirmed the facts, as yyyy-MM-dd");
        own.put(
                "sources",
                "the https:// pages that confirm the facts, comma-separated (needed with"
                        + " reviewed)");
        own.put("tags", "lowercase-hyphenated tags, comma-separated (optional)");
        Map<String, String> d = new LinkedHashMap<>();
        for (String field : entryFields(taxonomy)) {
            d.put(
                    field,
                    taxonomy.facet(field)
                            .map(FieldSpec::describe)
                            .orElseGet(() -> own.getOrDefault(field, "")));
        }
        return d;
    }

    private static String describe(Facet facet) {
        String values =
                facet.open()
                        .map(o -> o.hint())
                        .orElseGet(
                                () ->
                                        (facet.multiple()
                                                        ? facet.maxValues() == Integer.MAX_VALUE
                                                                ? "one or more of "
                                                                : "1 to "
                                                                        + facet.maxValues()
                                                                        + " of "
                                                        : "one of ")
                                                + String.join(", ", facet.ids()));
        String extra =
                facet.defaultValue()
                        .map(v -> " (default " + v + ")")
                        .orElse(facet.required() ? "" : " (optional)");
        return values + extra;
    }
}
