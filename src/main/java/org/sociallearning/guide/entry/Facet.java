package org.sociallearning.guide.entry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One facet of the taxonomy: an entry header field with a vocabulary, and everything the site does
 * with it. Closed facets list their terms; open ones (such as languages) accept any value matching
 * a pattern and name some of them.
 *
 * @param field the header field entries write, also the filter parameter and the JSON key
 * @param id what one value is called in messages ("unknown area") and CSS classes
 * @param label the facet's name readers see
 * @param plural its name when an entry has several values
 * @param path the URL segment of its facet pages
 * @param maxValues 1 for a single-valued facet, else how many values an entry may list
 * @param required whether every entry must give it
 * @param defaultValue the value of an entry that does not give it
 * @param shown where the facet appears
 * @param jsonLd the schema.org property its values give on entry pages, if any
 * @param terms the closed vocabulary, empty for an open facet
 * @param open the open vocabulary, for a facet without terms
 */
public record Facet(
        String field,
        String id,
        String label,
        String plural,
        String path,
        int maxValues,
        boolean required,
        Optional<String> defaultValue,
        Set<Shown> shown,
        Optional<String> jsonLd,
        List<Term> terms,
        Optional<OpenVocabulary> open) {

    /** Where a facet appears on the site. */
    public enum Shown {
        /** A list with counts on the home page. */
        HOME,
        /** The rows of the home grid. */
        ROWS,
        /** The columns of the home grid. */
        COLUMNS,
        /** The directory's filter, and the cards' data-* attributes it reads. */
        FILTER,
        /** A pill on cards. */
        CARD,
        /** The facts table of entry pages. */
        FACTS,
        /** entries.json and its JSON Schema. */
        DATA
    }

    public Facet {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(plural, "plural");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(defaultValue, "defaultValue");
        shown = Set.copyOf(shown);
        Objects.requireNonNull(jsonLd, "jsonLd");
        terms = List.copyOf(terms);
        Objects.requireNonNull(open, "open");
        for (String name : List.of(field, id, path)) {
            if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException(
                        "field, id and path must be lowercase-hyphenated words: " + name);
            }
        }
        if (maxValues < 1) {
            throw new IllegalArgumentException("maxValues must be at least 1: " + maxValues);
        }
        if (terms.isEmpty() == open.isEmpty()) {
            throw new IllegalArgumentException(
                    "facet " + field + " needs either terms or an open vocabulary");
        }
    }

    public boolean multiple() {
        return maxValues > 1;
    }

    public boolean isOpen() {
        return open.isPresent();
    }

    public boolean shows(Shown where) {
        return shown.contains(where);
    }

    public Optional<Term> term(String value) {
        return terms.stream().filter(t -> t.id().equals(value)).findFirst();
    }

    /** Whether an entry may write this value. */
    public boolean allows(String value) {
        return open.map(o -> o.allows(value)).orElseGet(() -> term(value).isPresent());
    }

    /** The ids of the closed vocabulary, in taxonomy order; empty for an open facet. */
    public List<String> ids() {
        return terms.stream().map(Term::id).toList();
    }

    /** What readers are shown for a value: its term's label or name, else the value itself. */
    public String labelOf(String value) {
        return term(value)
                .map(Term::label)
                .orElseGet(() -> open.map(o -> o.nameOf(value)).orElse(value));
    }

    /** A term's description, or empty for an open value. */
    public String descriptionOf(String value) {
        return term(value).map(Term::description).orElse("");
    }

    /** The label for a list of values: the plural when the facet takes several. */
    public String labelFor(int count) {
        return multiple() ? plural : label;
    }
}
