package org.sociallearning.guide.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sociallearning.guide.entry.Entry;

/**
 * The directory search's index, split by the first letters of words so that a search fetches only
 * the shards of its own words ({@link SitePaths#searchShard}). A shard is
 *
 * <pre>{"version": 2, "key": "pe", "words": {"peer": [[title], [tags and provider], [summary]]}}
 * </pre>
 *
 * where each list holds the numbers (directory order, from 0) of the entries that have the word in
 * that field group, ascending and delta-encoded: the first number as it is, then each one's
 * difference from the one before. Words are folded and cut as {@link SearchFolding} does.
 */
final class SearchShards {

    /** Field groups in rank order: title; tags and provider; summary. */
    static final int GROUPS = 3;

    private final int keyLength;
    private final Map<String, Map<String, List<List<Integer>>>> byKey = new TreeMap<>();

    SearchShards(List<Entry> entries, int keyLength) {
        this(entries, keyLength, SearchShards::words);
    }

    /**
     * @param words an entry's {@link #words(Entry)}, perhaps kept from an earlier plan
     */
    SearchShards(
            List<Entry> entries,
            int keyLength,
            java.util.function.Function<Entry, List<List<String>>> words) {
        this.keyLength = keyLength;
        for (int i = 0; i < entries.size(); i++) {
            List<List<String>> groups = words.apply(entries.get(i));
            for (int g = 0; g < GROUPS; g++) {
                add(i, g, groups.get(g));
            }
        }
    }

    /** An entry's search words by field group: title; tags and provider; summary. */
    static List<List<String>> words(Entry e) {
        List<String> middle = new ArrayList<>(SearchFolding.words(String.join(", ", e.tags())));
        middle.addAll(SearchFolding.words(e.provider()));
        return List.of(
                List.copyOf(SearchFolding.words(e.title())),
                List.copyOf(middle),
                List.copyOf(SearchFolding.words(e.summary())));
    }

    private void add(int entry, int group, List<String> words) {
        for (String word : words) {
            List<List<Integer>> groups =
                    byKey.computeIfAbsent(
                                    SearchFolding.shardKey(word, keyLength), k -> new TreeMap<>())
                            .computeIfAbsent(word, w -> newGroups());
            List<Integer> postings = groups.get(group);
            if (postings.isEmpty() || postings.get(postings.size() - 1) != entry) {
                postings.add(entry);
            }
        }
    }

    private static List<List<Integer>> newGroups() {
        List<List<Integer>> groups = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            groups.add(new ArrayList<>());
        }
        return groups;
    }

    /** The shards' keys, sorted. */
    List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    /** Each shard's content, by key, as the JSON tree to write. */
    Map<String, Map<String, Object>> shards() {
        Map<String, Map<String, Object>> shards = new LinkedHashMap<>();
        byKey.forEach(
                (key, words) -> {
                    Map<String, Object> encoded = new LinkedHashMap<>();
                    words.forEach(
                            (word, groups) ->
                                    encoded.put(
                                            word,
                                            groups.stream().map(SearchShards::deltas).toList()));
                    Map<String, Object> shard = new LinkedHashMap<>();
                    shard.put("version", FilterIndex.VERSION);
                    shard.put("key", key);
                    shard.put("words", encoded);
                    shards.put(key, shard);
                });
        return shards;
    }

    static List<Integer> deltas(List<Integer> ascending) {
        List<Integer> out = new ArrayList<>(ascending.size());
        int previous = 0;
        for (int n : ascending) {
            out.add(n - previous);
            previous = n;
        }
        return out;
    }
}
