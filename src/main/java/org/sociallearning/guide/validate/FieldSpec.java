package org.sociallearning.guide.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * The header fields of DESIGN.md's entry format and of prose pages: which exist, which are
 * required, and what to write in each.
 */
final class FieldSpec {

    private FieldSpec() {}

    static final List<String> ENTRY_REQUIRED =
            List.of(
                    "title",
                    "type",
                    "status",
                    "date",
                    "kind",
                    "areas",
                    "modes",
                    "provider",
                    "url",
                    "summary",
                    "cost",
                    "format");
    static final List<String> ENTRY_OPTIONAL = List.of("pace", "language", "reviewed", "tags");
    static final List<String> PAGE_REQUIRED = List.of("title", "type", "status", "date");
    static final List<String> PAGE_OPTIONAL = List.of("summary");

    static final int MAX_TITLE = 100;
    static final int MAX_SUMMARY = 160;
    static final int MAX_VALUES = 3;
    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String TAG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
    static final String DATE_EXAMPLE = "2026-11-28";

    static List<String> entryFields() {
        return Stream.concat(ENTRY_REQUIRED.stream(), ENTRY_OPTIONAL.stream()).toList();
    }

    /** What to write in each entry field, in header order: for hints and for {@code new}. */
    static Map<String, String> entryDescriptions(Taxonomy taxonomy) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("title", "the resource's name, at most " + MAX_TITLE + " characters");
        d.put("type", "entry");
        d.put("status", "published or draft");
        d.put("date", "the day the entry joined the guide, as yyyy-MM-dd");
        d.put("kind", "one of " + String.join(", ", taxonomy.kind().ids()));
        d.put("areas", "1 to 3 of " + String.join(", ", taxonomy.areas().ids()));
        d.put("modes", "1 to 3 of " + String.join(", ", taxonomy.modes().ids()));
        d.put("provider", "the organisation or person who offers it");
        d.put("url", "the provider's own page about it, starting with https://");
        d.put("summary", "one sentence for cards and search results, at most " + MAX_SUMMARY);
        d.put("cost", "one of " + String.join(", ", taxonomy.cost().ids()));
        d.put("format", "one of " + String.join(", ", taxonomy.format().ids()));
        d.put("pace", "one of " + String.join(", ", taxonomy.pace().ids()) + " (optional)");
        d.put("language", "BCP 47 codes such as en, de, pt-BR, comma-separated (default en)");
        d.put("reviewed", "the day a curator last confirmed the facts, as yyyy-MM-dd");
        d.put("tags", "lowercase-hyphenated tags, comma-separated (optional)");
        return d;
    }
}
