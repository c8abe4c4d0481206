package org.sociallearning.guide.entry;

import java.util.Objects;

/**
 * One allowed value of a facet: the id entries write, what readers are shown, and the schema.org
 * value it stands for (empty when the facet gives no schema.org property).
 */
public record Term(String id, String label, String description, String schemaOrg) {

    public Term {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        description = description == null ? "" : description.strip();
        schemaOrg = schemaOrg == null ? "" : schemaOrg.strip();
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("term id must be lowercase-hyphenated: " + id);
        }
    }
}
