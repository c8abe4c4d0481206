package org.sociallearning.guide.site;

import java.util.List;

/**
 * A facet with some of its values: all of them with counts (directory, home), or one entry's (facts
 * table).
 *
 * @param field the header field, also the filter's parameter
 * @param id what one value is called, for CSS classes
 * @param label the facet's name, plural when the values are an entry's several ones
 */
public record FacetView(String field, String id, String label, List<TermView> terms) {

    public FacetView {
        terms = List.copyOf(terms);
    }
}
