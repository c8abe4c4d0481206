package org.sociallearning.guide.entry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An entry's facet values by field, in taxonomy order: a single-valued facet has one value, a
 * multi-valued one its list, an optional facet the entry left out none.
 */
public record FacetValues(Map<String, List<String>> byField) {

    public FacetValues {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byField.forEach((field, values) -> copy.put(field, List.copyOf(values)));
        byField = Collections.unmodifiableMap(copy);
    }

    /** The values of a field, empty when the entry gives none. */
    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** The first value of a field, for single-valued facets. */
    public Optional<String> first(String field) {
        return of(field).stream().findFirst();
    }
}
