package org.sociallearning.guide.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * The published entries grouped by every facet value and by grid cell, built in one pass over the
 * sorted entries, so every group keeps their order.
 */
final class FacetIndex {

    private final Map<String, Map<String, List<Entry>>> byField = new HashMap<>();
    private final Map<String, TreeSet<String>> used = new HashMap<>();
    private final Map<String, List<Entry>> cells = new HashMap<>();
    private final Map<String, Map<String, Integer>> cellPositions = new HashMap<>();
    private final Optional<Taxonomy.Grid> grid;

    FacetIndex(Taxonomy taxonomy, List<Entry> sortedEntries) {
        this.grid = taxonomy.grid();
        for (Entry e : sortedEntries) {
            for (Facet facet : taxonomy.facets()) {
                for (String value : e.values(facet.field())) {
                    byField.computeIfAbsent(facet.field(), f -> new HashMap<>())
                            .computeIfAbsent(value, i -> new ArrayList<>())
                            .add(e);
                    used.computeIfAbsent(facet.field(), f -> new TreeSet<>()).add(value);
                }
            }
            for (List<String> cell : cellsOf(e)) {
                String key = key(cell.get(0), cell.get(1));
                List<Entry> members = cells.computeIfAbsent(key, k -> new ArrayList<>());
                cellPositions
                        .computeIfAbsent(key, k -> new HashMap<>())
                        .put(e.slug(), members.size());
                members.add(e);
            }
        }
    }

    List<Entry> byTerm(String field, String id) {
        return byField.getOrDefault(field, Map.of()).getOrDefault(id, List.of());
    }

    /** The values of a field that published entries use, sorted. */
    List<String> used(String field) {
        return List.copyOf(used.getOrDefault(field, new TreeSet<>()));
    }

    List<Entry> cell(String row, String column) {
        return cells.getOrDefault(key(row, column), List.of());
    }

    int positionInCell(Entry e, String row, String column) {
        return cellPositions.get(key(row, column)).get(e.slug());
    }

    /** An entry's grid cells, as (row, column) pairs in header order; none without a grid. */
    List<List<String>> cellsOf(Entry e) {
        return grid.map(
                        g ->
                                e.values(g.rows().field()).stream()
                                        .flatMap(
                                                r ->
                                                        e.values(g.columns().field()).stream()
                                                                .map(c -> List.of(r, c)))
                                        .toList())
                .orElse(List.of());
    }

    private static String key(String row, String column) {
        return row + "/" + column;
    }
}
