package org.sociallearning.guide.entry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads {@code data/taxonomy.yaml}; every shape problem is reported with the file. */
public final class TaxonomyReader {

    /** The outcome of reading: a taxonomy when the file was sound, and the problems found. */
    public record Result(Optional<Taxonomy> taxonomy, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private static final List<String> FIELDS =
            List.of("kind", "areas", "modes", "cost", "format", "pace");

    public Result read(Path file) {
        List<Problem> problems = new ArrayList<>();
        SourceLocation where = SourceLocation.of(file);
        Object root;
        try {
            root = StrictYaml.load(file);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(
                    Problem.error(
                            SourceLocation.of(file, line),
                            "taxonomy is not valid YAML: " + e.getProblem()));
            return new Result(Optional.empty(), problems);
        } catch (IOException e) {
            problems.add(Problem.error(where, "cannot read taxonomy: " + e.getMessage()));
            return new Result(Optional.empty(), problems);
        }
        if (!(root instanceof Map<?, ?> map)) {
            problems.add(Problem.error(where, "taxonomy must be a mapping of facets"));
            return new Result(Optional.empty(), problems);
        }
        Map<String, Vocabulary> vocabularies = new LinkedHashMap<>();
        for (String field : FIELDS) {
            vocabulary(field, map.get(field), where, problems)
                    .ifPresent(v -> vocabularies.put(field, v));
        }
        Map<?, ?> language = map.get("language") instanceof Map<?, ?> m ? m : Map.of();
        Map<String, String> names = new LinkedHashMap<>();
        if (language.get("names") instanceof Map<?, ?> n) {
            n.forEach((k, v) -> names.put(String.valueOf(k), String.valueOf(v)));
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(
                Optional.of(
                        new Taxonomy(
                                vocabularies.get("kind"),
                                vocabularies.get("areas"),
                                vocabularies.get("modes"),
                                vocabularies.get("cost"),
                                vocabularies.get("format"),
                                vocabularies.get("pace"),
                                text(language.get("label"), "Language"),
                                text(language.get("path"), "languages"),
                                names)),
                problems);
    }

    private static Optional<Vocabulary> vocabulary(
            String field, Object node, SourceLocation where, List<Problem> problems) {
        if (!(node instanceof Map<?, ?> map)
                || !(map.get("terms") instanceof List<?> list)
                || list.isEmpty()) {
            problems.add(Problem.error(where, "taxonomy has no terms for \"" + field + "\""));
            return Optional.empty();
        }
        List<Term> terms = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> t) || t.get("id") == null || t.get("label") == null) {
                problems.add(
                        Problem.error(
                                where, "every term of \"" + field + "\" needs an id and a label"));
                continue;
            }
            try {
                terms.add(
                        new Term(
                                String.valueOf(t.get("id")),
                                String.valueOf(t.get("label")),
                                text(t.get("description"), "")));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(where, "in \"" + field + "\": " + e.getMessage()));
            }
        }
        return Optional.of(
                new Vocabulary(
                        field, text(map.get("label"), field), text(map.get("path"), field), terms));
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : String.valueOf(value).strip();
    }
}
