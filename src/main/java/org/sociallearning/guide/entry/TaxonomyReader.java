package org.sociallearning.guide.entry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads {@code data/taxonomy.yaml} (its structure is documented in the file itself); every shape
 * problem is reported with the file.
 */
public final class TaxonomyReader {

    /** The outcome of reading: a taxonomy when the file was sound, and the problems found. */
    public record Result(Optional<Taxonomy> taxonomy, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private static final Set<String> FACET_KEYS =
            Set.of(
                    "field",
                    "id",
                    "label",
                    "plural",
                    "path",
                    "multiple",
                    "max",
                    "required",
                    "default",
                    "show",
                    "json-ld",
                    "terms",
                    "open");
    private static final Set<String> TERM_KEYS = Set.of("id", "label", "description", "schema-org");

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
        if (!(root instanceof Map<?, ?> map) || !(map.get("facets") instanceof List<?> list)) {
            problems.add(Problem.error(where, "taxonomy must be a mapping with a list of facets"));
            return new Result(Optional.empty(), problems);
        }
        List<Facet> facets = new ArrayList<>();
        for (Object node : list) {
            facet(node, where, problems).ifPresent(facets::add);
        }
        List<String> header = new ArrayList<>();
        if (map.get("header") instanceof List<?> h) {
            h.forEach(field -> header.add(String.valueOf(field)));
        } else {
            problems.add(Problem.error(where, "taxonomy has no header order"));
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        try {
            return new Result(Optional.of(new Taxonomy(facets, header)), problems);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(where, "taxonomy: " + e.getMessage()));
            return new Result(Optional.empty(), problems);
        }
    }

    private static Optional<Facet> facet(
            Object node, SourceLocation where, List<Problem> problems) {
        if (!(node instanceof Map<?, ?> map) || map.get("field") == null) {
            problems.add(Problem.error(where, "every facet needs a field"));
            return Optional.empty();
        }
        String field = text(map.get("field"), "");
        int before = problems.size();
        unknownKeys("facet \"" + field + "\"", map, FACET_KEYS, where, problems);
        Set<Facet.Shown> shown = EnumSet.noneOf(Facet.Shown.class);
        if (map.get("show") instanceof List<?> show) {
            for (Object s : show) {
                try {
                    shown.add(Facet.Shown.valueOf(String.valueOf(s).toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(
                            Problem.error(
                                    where,
                                    "facet \"" + field + "\" cannot be shown in \"" + s + "\""));
                }
            }
        }
        List<Term> terms = terms(field, map.get("terms"), where, problems);
        Optional<OpenVocabulary> open = open(field, map.get("open"), where, problems);
        boolean multiple = Boolean.parseBoolean(text(map.get("multiple"), "false"));
        int max = 1;
        if (multiple) {
            try {
                max = Integer.parseInt(text(map.get("max"), String.valueOf(Integer.MAX_VALUE)));
            } catch (NumberFormatException e) {
                problems.add(Problem.error(where, "facet \"" + field + "\": max is not a number"));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String label = text(map.get("label"), field);
        try {
            return Optional.of(
                    new Facet(
                            field,
                            text(map.get("id"), field),
                            label,
                            text(map.get("plural"), label),
                            text(map.get("path"), field),
                            Math.max(max, multiple ? 2 : 1),
                            Boolean.parseBoolean(text(map.get("required"), "false")),
                            Optional.ofNullable(map.get("default")).map(d -> text(d, "")),
                            shown,
                            Optional.ofNullable(map.get("json-ld")).map(d -> text(d, "")),
                            terms,
                            open));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(where, "facet \"" + field + "\": " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static List<Term> terms(
            String field, Object node, SourceLocation where, List<Problem> problems) {
        List<Term> terms = new ArrayList<>();
        if (!(node instanceof List<?> list)) {
            return terms;
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> t) || t.get("id") == null || t.get("label") == null) {
                problems.add(
                        Problem.error(
                                where, "every term of \"" + field + "\" needs an id and a label"));
                continue;
            }
            unknownKeys(
                    "term \"" + t.get("id") + "\" of \"" + field + "\"",
                    t,
                    TERM_KEYS,
                    where,
                    problems);
            try {
                terms.add(
                        new Term(
                                String.valueOf(t.get("id")),
                                String.valueOf(t.get("label")),
                                text(t.get("description"), ""),
                                text(t.get("schema-org"), "")));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(where, "in \"" + field + "\": " + e.getMessage()));
            }
        }
        return terms;
    }

    private static Optional<OpenVocabulary> open(
            String field, Object node, SourceLocation where, List<Problem> problems) {
        if (!(node instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        Map<String, String> names = new LinkedHashMap<>();
        if (map.get("names") instanceof Map<?, ?> n) {
            n.forEach((k, v) -> names.put(String.valueOf(k), String.valueOf(v)));
        }
        try {
            return Optional.of(
                    new OpenVocabulary(
                            Pattern.compile(text(map.get("pattern"), ".+")),
                            text(map.get("hint"), ""),
                            names));
        } catch (PatternSyntaxException e) {
            problems.add(
                    Problem.error(where, "facet \"" + field + "\": pattern is not valid: " + e));
            return Optional.empty();
        }
    }

    private static void unknownKeys(
            String what,
            Map<?, ?> map,
            Set<String> known,
            SourceLocation where,
            List<Problem> problems) {
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                problems.add(
                        Problem.error(
                                where,
                                what + " has an unknown key \"" + key + "\"",
                                "known keys: " + String.join(", ", new TreeSet<>(known))));
            }
        }
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : String.valueOf(value).strip();
    }
}
