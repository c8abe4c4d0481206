package org.sociallearning.guide.validate;

import java.util.List;

/**
 * The header fields of DESIGN.md's entry format and of prose pages: which exist, which are
 * required.
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

    static List<String> entryFields() {
        return java.util.stream.Stream.concat(ENTRY_REQUIRED.stream(), ENTRY_OPTIONAL.stream())
                .toList();
    }
}
