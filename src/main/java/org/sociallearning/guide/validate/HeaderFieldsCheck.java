package org.sociallearning.guide.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sociallearning.guide.entry.Header;
import org.sociallearning.guide.entry.HeaderField;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;

/**
 * Required fields present and not blank; unknown fields reported, near misses of known ones as
 * errors.
 */
final class HeaderFieldsCheck {

    private final List<String> required;
    private final List<String> known;
    private final Map<String, String> descriptions;

    HeaderFieldsCheck(List<String> required, List<String> optional) {
        this(required, optional, Map.of());
    }

    /**
     * @param descriptions what to write in a field, for the hint when it is missing or empty
     */
    HeaderFieldsCheck(
            List<String> required, List<String> optional, Map<String, String> descriptions) {
        this.required = List.copyOf(required);
        this.known = Stream.concat(required.stream(), optional.stream()).toList();
        this.descriptions = Map.copyOf(descriptions);
    }

    void check(Header header, List<Problem> problems) {
        Set<String> meant = new HashSet<>();
        for (HeaderField field : header.fields().values()) {
            if (known.contains(field.key())) {
                continue;
            }
            SourceLocation at = new SourceLocation(header.file(), field.line(), field.keyColumn());
            Optional<String> near = Suggestions.closest(field.key(), known);
            if (near.isPresent() && !header.fields().containsKey(near.get())) {
                meant.add(near.get());
                problems.add(
                        Problem.error(
                                at,
                                "unknown field \""
                                        + field.key()
                                        + "\" (did you mean \""
                                        + near.get()
                                        + "\"?)",
                                "rename it to " + near.get()));
            } else {
                problems.add(
                        Problem.warning(
                                at,
                                "unknown field \"" + field.key() + "\" is ignored",
                                "known fields: " + String.join(", ", known)));
            }
        }
        for (String key : required) {
            Optional<HeaderField> field = header.field(key);
            if (field.isEmpty() && !meant.contains(key)) {
                problems.add(
                        Problem.error(
                                new SourceLocation(
                                        header.file(), Math.max(1, header.separatorLine()), 1),
                                "missing required field \"" + key + "\"",
                                "add a line " + key + "=... above the separator" + what(key)));
            } else if (field.isPresent() && field.get().value().isEmpty()) {
                problems.add(
                        Problem.error(
                                new SourceLocation(
                                        header.file(),
                                        field.get().line(),
                                        field.get().valueColumn()),
                                "required field \"" + key + "\" is empty",
                                "fill it in" + what(key)));
            }
        }
    }

    private String what(String key) {
        String d = descriptions.get(key);
        return d == null ? "" : ": " + d;
    }
}
