package org.sociallearning.guide.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The test's own account of what the filter must show, computed from the baked {@code
 * entries.json}: OR within a facet, AND across facets, and every word of the search text at the
 * start of a word of the title, provider, summary or tags ("commun" finds "community", "unity" does
 * not), ignoring case and accents. A search word with punctuation in it ("e-learning") is a phrase
 * whose parts may be separated by any punctuation or spaces. With search words, matches are ranked:
 * each word counts 0 when it is in the title, 1 in the tags or provider, 2 only in the summary; the
 * lowest sum comes first, ties in {@code entries.json} order.
 */
final class Entries {

    /** The filter's facets: entry field names, as in the URL. */
    static final List<String> FIELDS =
            List.of("kind", "areas", "modes", "cost", "format", "pace", "language");

    private final List<Map<String, List<String>>> facets = new ArrayList<>();
    private final List<String> slugs = new ArrayList<>();
    private final List<List<String>> texts = new ArrayList<>();

    /** Letters and digits: what a word is made of; anything else separates words. */
    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";

    private static final String NOT_WORD_CHAR = "[^\\p{L}\\p{N}]";

    Entries(Path entriesJson) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(entriesJson.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode entry : root.get("entries")) {
            slugs.add(entry.get("slug").asText());
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (String field : FIELDS) {
                List<String> list = new ArrayList<>();
                JsonNode node = entry.get(field);
                if (node != null && node.isArray()) {
                    node.forEach(v -> list.add(v.asText()));
                } else if (node != null) {
                    list.add(node.asText());
                }
                values.put(field, list);
            }
            facets.add(values);
            List<String> tags = new ArrayList<>();
            entry.get("tags").forEach(t -> tags.add(t.asText()));
            texts.add(
                    List.of(
                            fold(entry.get("title").asText()),
                            fold(String.join(", ", tags) + "\n" + entry.get("provider").asText()),
                            fold(entry.get("summary").asText())));
        }
    }

    /** The site path of the first entry's page, e.g. {@code entries/some-slug/}. */
    String firstPagePath() {
        return "entries/" + slugs.get(0) + "/";
    }

    int size() {
        return slugs.size();
    }

    /** Every entry's slug, in {@code entries.json} order. */
    List<String> slugs() {
        return List.copyOf(slugs);
    }

    /** The slugs that match a selection (field to ticked values) and a search text. */
    List<String> matching(Map<String, List<String>> selection, String text) {
        List<Pattern> words =
                List.of(fold(text).trim().split("\\s+")).stream()
                        .map(Entries::wordStart)
                        .flatMap(Optional::stream)
                        .toList();
        List<Integer> result = new ArrayList<>();
        Map<Integer, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < slugs.size(); i++) {
            int rank = rank(i, words);
            if (rank >= 0 && matches(i, selection)) {
                result.add(i);
                ranks.put(i, rank);
            }
        }
        result.sort(java.util.Comparator.comparing(ranks::get));
        return result.stream().map(slugs::get).toList();
    }

    /**
     * The count the filter shows beside a value: the entries it would show with that value ticked
     * in its facet instead of the facet's current choice.
     */
    int countFor(Map<String, List<String>> selection, String text, String field, String value) {
        Map<String, List<String>> instead = new LinkedHashMap<>(selection);
        instead.put(field, List.of(value));
        return matching(instead, text).size();
    }

    /**
     * A search word, without the punctuation around it, as a pattern that finds it where no letter
     * or digit precedes it; empty for a word of punctuation only.
     */
    private static Optional<Pattern> wordStart(String word) {
        String bare = word.replaceAll("^" + NOT_WORD_CHAR + "+|" + NOT_WORD_CHAR + "+$", "");
        if (bare.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Pattern.compile("(?<!" + WORD_CHAR + ")" + Pattern.quote(bare)));
    }

    /** The sum of each word's first field, or -1 when a word is in none of them. */
    private int rank(int i, List<Pattern> words) {
        int rank = 0;
        for (Pattern word : words) {
            int f = 0;
            while (f < texts.get(i).size() && !word.matcher(texts.get(i).get(f)).find()) {
                f++;
            }
            if (f == texts.get(i).size()) {
                return -1;
            }
            rank += f;
        }
        return rank;
    }

    private boolean matches(int i, Map<String, List<String>> selection) {
        for (Map.Entry<String, List<String>> facet : selection.entrySet()) {
            if (!facet.getValue().isEmpty()
                    && facets.get(i).get(facet.getKey()).stream()
                            .noneMatch(facet.getValue()::contains)) {
                return false;
            }
        }
        return true;
    }

    static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
    }
}
