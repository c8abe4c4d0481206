package org.sociallearning.guide.entry;

import java.util.Objects;

/** One {@code key=value} line of a JBake header, with where its key and value start. */
public record HeaderField(String key, String value, int line, int keyColumn, int valueColumn) {

    public HeaderField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
