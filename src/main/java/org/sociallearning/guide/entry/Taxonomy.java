package org.sociallearning.guide.entry;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The guide's facets, read once from {@code data/taxonomy.yaml}: the single source of truth for
 * what entries can say and where the site shows it.
 *
 * @param facets the facets, in the order readers see them
 * @param headerOrder the order of an entry's header fields, facets and the guide's own fields; a
 *     facet it leaves out comes after them
 */
public record Taxonomy(List<Facet> facets, List<String> headerOrder) {

    public Taxonomy {
        facets = List.copyOf(facets);
        headerOrder = List.copyOf(headerOrder);
        Set<String> fields = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (Facet facet : facets) {
            if (!fields.add(facet.field())) {
                throw new IllegalArgumentException("two facets write field " + facet.field());
            }
            if (!paths.add(facet.path())) {
                throw new IllegalArgumentException("two facets use path " + facet.path());
            }
        }
        if (facets.stream().filter(f -> f.shows(Facet.Shown.ROWS)).count() > 1
                || facets.stream().filter(f -> f.shows(Facet.Shown.COLUMNS)).count() > 1) {
            throw new IllegalArgumentException(
                    "the home grid takes one rows and one columns facet");
        }
    }

    public Optional<Facet> facet(String field) {
        return facets.stream().filter(f -> f.field().equals(field)).findFirst();
    }

    /** The facets shown in one place, in taxonomy order. */
    public List<Facet> shownIn(Facet.Shown where) {
        return facets.stream().filter(f -> f.shows(where)).toList();
    }

    /** The home grid's rows and columns, when the taxonomy has both. */
    public Optional<Grid> grid() {
        List<Facet> rows = shownIn(Facet.Shown.ROWS);
        List<Facet> columns = shownIn(Facet.Shown.COLUMNS);
        return rows.isEmpty() || columns.isEmpty()
                ? Optional.empty()
                : Optional.of(new Grid(rows.get(0), columns.get(0)));
    }

    /** Two closed facets crossed: each pair of their terms is a cell with its own page. */
    public record Grid(Facet rows, Facet columns) {
        public Grid {
            Objects.requireNonNull(rows, "rows");
            Objects.requireNonNull(columns, "columns");
            if (rows.isOpen() || columns.isOpen()) {
                throw new IllegalArgumentException("the home grid needs two closed facets");
            }
        }
    }
}
