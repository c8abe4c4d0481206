package org.sociallearning.guide.entry;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The guide's vocabularies, read once from {@code data/taxonomy.yaml}: the single source of truth
 * for kinds, skill areas, learning modes and the other facets.
 */
public record Taxonomy(
        Vocabulary kind,
        Vocabulary areas,
        Vocabulary modes,
        Vocabulary cost,
        Vocabulary format,
        Vocabulary pace,
        String languageLabel,
        String languagePath,
        Map<String, String> languageNames) {

    public Taxonomy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(areas, "areas");
        Objects.requireNonNull(modes, "modes");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(languageLabel, "languageLabel");
        Objects.requireNonNull(languagePath, "languagePath");
        languageNames = Map.copyOf(new TreeMap<>(languageNames));
    }

    /** The closed vocabularies, in the order readers see them. */
    public List<Vocabulary> vocabularies() {
        return List.of(kind, areas, modes, cost, format, pace);
    }

    public Optional<Vocabulary> vocabulary(String field) {
        return vocabularies().stream().filter(v -> v.field().equals(field)).findFirst();
    }

    /** A language's English name, or its code when the taxonomy has no name for it. */
    public String languageName(String code) {
        return languageNames.getOrDefault(code, code);
    }
}
