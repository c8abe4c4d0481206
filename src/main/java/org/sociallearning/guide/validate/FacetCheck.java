package org.sociallearning.guide.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.FacetValues;
import org.sociallearning.guide.entry.Header;
import org.sociallearning.guide.entry.HeaderField;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * Reads every facet field of an entry's header against the taxonomy: unknown values with a "did you
 * mean", repeated values, too many values, several values for a single-valued facet. Missing
 * required fields are {@link HeaderFieldsCheck}'s job.
 */
final class FacetCheck {

    private final Taxonomy taxonomy;

    FacetCheck(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    FacetValues read(Header header, List<Problem> problems) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Facet facet : taxonomy.facets()) {
            List<String> read = values(header, facet, problems);
            if (read.isEmpty()) {
                facet.defaultValue().ifPresent(d -> values.put(facet.field(), List.of(d)));
            } else {
                values.put(facet.field(), read);
            }
        }
        return new FacetValues(values);
    }

    private List<String> values(Header header, Facet facet, List<Problem> problems) {
        String key = facet.field();
        Optional<HeaderField> field = header.field(key);
        if (field.isEmpty() || field.get().value().isEmpty()) {
            return List.of();
        }
        List<Item> items = items(field.get());
        if (!facet.multiple() && items.size() > 1) {
            problems.add(
                    Problem.error(
                            header.locationOf(key),
                            key + " takes one value, not " + items.size(),
                            "choose one of " + String.join(", ", items(items))));
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (Item item : items) {
            SourceLocation at =
                    new SourceLocation(header.file(), field.get().line(), item.column());
            if (item.value().isEmpty()) {
                problems.add(
                        Problem.error(
                                at,
                                key + " has an empty value",
                                "separate values with single commas, e.g. " + example(facet)));
            } else if (!facet.allows(item.value())) {
                problems.add(unknownValue(facet, item.value(), at));
            } else if (!values.add(item.value())) {
                problems.add(
                        Problem.error(
                                at,
                                key + " lists \"" + item.value() + "\" twice",
                                "remove the second " + item.value()));
            }
        }
        if (values.size() > facet.maxValues()) {
            problems.add(
                    Problem.error(
                            header.locationOf(key),
                            key
                                    + " lists "
                                    + values.size()
                                    + " values; at most "
                                    + facet.maxValues()
                                    + " are allowed",
                            "keep the " + facet.maxValues() + " that fit best"));
        }
        return List.copyOf(values);
    }

    /** Two values joined as an entry writes them, or one when the vocabulary has only one. */
    static String example(Facet facet) {
        List<String> ids =
                facet.isOpen() ? List.copyOf(facet.open().get().names().keySet()) : facet.ids();
        return String.join(",", ids.subList(0, Math.min(2, ids.size())));
    }

    private static Problem unknownValue(Facet facet, String value, SourceLocation at) {
        if (facet.isOpen()) {
            return Problem.error(
                    at,
                    "invalid " + facet.field() + " \"" + value + "\"",
                    "use " + facet.open().get().hint());
        }
        return Problem.error(
                at,
                "unknown "
                        + facet.id()
                        + " \""
                        + value
                        + "\""
                        + Suggestions.didYouMean(value, facet.ids()),
                "allowed: " + String.join(", ", facet.ids()));
    }

    /** A comma-separated value with the column it starts at. */
    record Item(String value, int column) {}

    static List<Item> items(HeaderField field) {
        List<Item> items = new ArrayList<>();
        int column = field.valueColumn();
        for (String part : Arrays.asList(field.value().split(",", -1))) {
            int lead = part.length() - part.stripLeading().length();
            items.add(new Item(part.strip(), column + lead));
            column += part.length() + 1;
        }
        return items;
    }

    private static List<String> items(List<Item> items) {
        return items.stream().map(Item::value).toList();
    }
}
