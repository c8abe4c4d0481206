package org.sociallearning.guide.entry;

import java.util.Objects;

/** One allowed value of a vocabulary: the id entries write, and what readers are shown. */
public record Term(String id, String label, String description) {

    public Term {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        description = description == null ? "" : description.strip();
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("term id must be lowercase-hyphenated: " + id);
        }
    }
}
