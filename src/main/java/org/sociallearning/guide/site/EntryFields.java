package org.sociallearning.guide.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * The fields of an entry in {@code entries.json}, in header order: the entry's own fields, and the
 * facets the taxonomy publishes as data. A new plain field is one line in {@link #OWN}.
 */
final class EntryFields {

    /** An entry's own fields as published, by name; an empty {@code Optional} leaves it out. */
    static final Map<String, Function<Entry, Optional<Object>>> OWN = own();

    private static Map<String, Function<Entry, Optional<Object>>> own() {
        Map<String, Function<Entry, Optional<Object>>> own = new LinkedHashMap<>();
        own.put("title", e -> Optional.of(e.title()));
        own.put("provider", e -> Optional.of(e.provider()));
        own.put("url", e -> Optional.of(e.url()));
        own.put("summary", e -> Optional.of(e.summary()));
        own.put("date", e -> Optional.of(e.date().toString()));
        own.put("reviewed", e -> e.reviewed().map(Object::toString));
        own.put("sources", e -> Optional.of(e.sources()));
        own.put("tags", e -> Optional.of(e.tags()));
        return Collections.unmodifiableMap(own);
    }

    private EntryFields() {}

    /** The published field names in order: header order, then any field it leaves out. */
    static List<String> names(Taxonomy taxonomy) {
        List<String> names = new ArrayList<>();
        for (String field : taxonomy.headerOrder()) {
            boolean data = taxonomy.facet(field).map(f -> f.shows(Facet.Shown.DATA)).orElse(false);
            if (data || OWN.containsKey(field)) {
                names.add(field);
            }
        }
        taxonomy.shownIn(Facet.Shown.DATA).stream()
                .map(Facet::field)
                .filter(f -> !names.contains(f))
                .forEach(names::add);
        OWN.keySet().stream().filter(f -> !names.contains(f)).forEach(names::add);
        return names;
    }

    /**
     * One field's value: a facet's value or list of values (none when it has none), or an own
     * field's.
     */
    static Optional<Object> value(Taxonomy taxonomy, Entry e, String field) {
        Optional<Facet> facet = taxonomy.facet(field);
        if (facet.isPresent()) {
            List<String> values = e.values(field);
            if (values.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(facet.get().multiple() ? values : values.get(0));
        }
        return OWN.get(field).apply(e);
    }
}
