package org.sociallearning.guide.entry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The allowed values of one entry field (kind, areas, modes, cost, format, pace), with the label of
 * the facet and the URL segment of its facet pages.
 */
public record Vocabulary(String field, String label, String path, List<Term> terms) {

    public Vocabulary {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        terms = List.copyOf(terms);
    }

    public Optional<Term> term(String id) {
        return terms.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public boolean allows(String id) {
        return term(id).isPresent();
    }

    public List<String> ids() {
        return terms.stream().map(Term::id).toList();
    }

    /** The label of a value, or the value itself when it is not a term. */
    public String labelOf(String id) {
        return term(id).map(Term::label).orElse(id);
    }
}
