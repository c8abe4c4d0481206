package org.sociallearning.guide.entry;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The values of an open facet: any value matching a pattern, some of them with a name readers see.
 *
 * @param pattern what a value must look like, e.g. a BCP 47 language code
 * @param hint what to write, for messages
 * @param names the names readers see, by value
 */
public record OpenVocabulary(Pattern pattern, String hint, Map<String, String> names) {

    public OpenVocabulary {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(hint, "hint");
        names = Map.copyOf(new TreeMap<>(names));
    }

    public boolean allows(String value) {
        return pattern.matcher(value).matches();
    }

    /** Equal when the patterns are the same text and flags (a {@link Pattern} has no equals). */
    @Override
    public boolean equals(Object other) {
        return other instanceof OpenVocabulary o
                && o.pattern.pattern().equals(pattern.pattern())
                && o.pattern.flags() == pattern.flags()
                && o.hint.equals(hint)
                && o.names.equals(names);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pattern.pattern(), pattern.flags(), hint, names);
    }

    /** A value's name, or the value itself when it has none. */
    public String nameOf(String value) {
        return names.getOrDefault(value, value);
    }
}
