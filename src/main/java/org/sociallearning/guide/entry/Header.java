package org.sociallearning.guide.entry;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A source file split at its header separator: the header's fields in file order, and the body that
 * follows with the line it starts on.
 */
public record Header(
        Path file, Map<String, HeaderField> fields, int separatorLine, String body, int bodyLine) {

    public Header {
        Objects.requireNonNull(file, "file");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        Objects.requireNonNull(body, "body");
    }

    public Optional<HeaderField> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** The trimmed value of a field, or empty when the field is absent or blank. */
    public Optional<String> value(String key) {
        return field(key).map(HeaderField::value).filter(v -> !v.isEmpty());
    }

    public SourceLocation location() {
        return SourceLocation.of(file);
    }

    /** Where a field's value starts, or the separator line when the field is missing. */
    public SourceLocation locationOf(String key) {
        return field(key)
                .map(f -> new SourceLocation(file, f.line(), f.valueColumn()))
                .orElseGet(() -> SourceLocation.of(file, Math.max(1, separatorLine)));
    }
}
