package org.sociallearning.guide.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * The published entries grouped by every facet value and by grid cell, built in one pass over the
 * sorted entries, so every group keeps their order.
 */
final class FacetIndex {

    private final Map<String, Map<String, List<Entry>>> byField = new HashMap<>();
    private final Map<String, List<Entry>> cells = new HashMap<>();
    private final Map<String, Map<String, Integer>> cellPositions = new HashMap<>();
    private final TreeSet<String> languages = new TreeSet<>();

    FacetIndex(Taxonomy taxonomy, List<Entry> sortedEntries) {
        for (Entry e : sortedEntries) {
            add("kind", e.kind(), e);
            e.areas().forEach(a -> add("areas", a, e));
            e.modes().forEach(m -> add("modes", m, e));
            add("cost", e.cost(), e);
            add("format", e.format(), e);
            e.pace().ifPresent(p -> add("pace", p, e));
            e.languages().forEach(l -> add("language", l, e));
            languages.addAll(e.languages());
            for (String area : e.areas()) {
                for (String mode : e.modes()) {
                    List<Entry> cell =
                            cells.computeIfAbsent(key(area, mode), k -> new ArrayList<>());
                    cellPositions
                            .computeIfAbsent(key(area, mode), k -> new HashMap<>())
                            .put(e.slug(), cell.size());
                    cell.add(e);
                }
            }
        }
    }

    private void add(String field, String id, Entry e) {
        byField.computeIfAbsent(field, f -> new HashMap<>())
                .computeIfAbsent(id, i -> new ArrayList<>())
                .add(e);
    }

    List<Entry> byTerm(String field, String id) {
        return byField.getOrDefault(field, Map.of()).getOrDefault(id, List.of());
    }

    List<Entry> cell(String area, String mode) {
        return cells.getOrDefault(key(area, mode), List.of());
    }

    int positionInCell(Entry e, String area, String mode) {
        return cellPositions.get(key(area, mode)).get(e.slug());
    }

    /** The language codes used by published entries, sorted. */
    List<String> languages() {
        return List.copyOf(languages);
    }

    private static String key(String area, String mode) {
        return area + "/" + mode;
    }
}
