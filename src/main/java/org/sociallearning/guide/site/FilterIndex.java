package org.sociallearning.guide.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Facet;

/**
 * The directory filter's index, written at bake time in parts so that the first view fetches only
 * the small first one and a search only what its words need (see {@code assets/js/filter/index.js}
 * and {@code search.js}, which read them):
 *
 * <ul>
 *   <li>{@link SitePaths#FILTER_INDEX}: the version, the entry count, the facets the filter and the
 *       cards use (field, labels, value ids, whether cards show it), and one row per entry, in
 *       directory order, of its values per facet as small integers: a bit mask of value positions
 *       for a facet of at most {@link #MASK_LIMIT} values, else the list of positions; and the
 *       search shards' key length, path and keys;
 *   <li>{@link SitePaths#filterChunk chunks} of {@link #CHUNK} entries each: what a card shows and
 *       a search reads (slug, title, provider, summary, tags, whether the link looks broken),
 *       fetched for the cards a page lists (small chunks: ranked results scatter over the whole
 *       directory), and for the entries a search word with a hyphen or the like inside may match;
 *   <li>{@link SearchShards search shards}: which entries have a word, by the word's first letters
 *       ({@link #SEARCH_KEY}), fetched for the words of a search.
 * </ul>
 *
 * Nothing here names a facet: the facets are those the taxonomy shows in the filter or on cards.
 */
final class FilterIndex {

    /** The format's version, also in the files' names: bump it when the format changes. */
    static final int VERSION = 2;

    /** Entries per chunk of card text. */
    static final int CHUNK = 20;

    /** How many first letters of a word name its search shard. */
    static final int SEARCH_KEY = 2;

    /** The most values a facet may have to be written as a bit mask (JavaScript's 31-bit ints). */
    static final int MASK_LIMIT = 30;

    private final PlanContext context;
    private final int pageSize;
    private final ObjectMapper mapper = new ObjectMapper();

    private final PlanMemo memo;

    FilterIndex(PlanContext context, int pageSize) {
        this(context, pageSize, PlanMemo.none());
    }

    /**
     * @param memo the words and JSON texts of earlier plans, reused for the same entries and trees
     */
    FilterIndex(PlanContext context, int pageSize, PlanMemo memo) {
        this.context = context;
        this.pageSize = pageSize;
        this.memo = memo;
    }

    /** What the index shows of one entry; equal rows make an equal index. */
    private record Row(
            String slug,
            String title,
            String provider,
            String summary,
            List<String> tags,
            boolean broken,
            List<List<String>> values) {}

    /** Every file of the index, by its path in the site. */
    Map<String, String> files() {
        List<Facet> facets =
                context.taxonomy.facets().stream()
                        .filter(f -> f.shows(Facet.Shown.FILTER) || f.shows(Facet.Shown.CARD))
                        .toList();
        List<Object> inputs = new ArrayList<>(context.entries.size() + 2);
        inputs.add(pageSize);
        inputs.add(facets.stream().map(context::values).toList());
        for (Entry e : context.entries) {
            inputs.add(
                    new Row(
                            e.slug(),
                            e.title(),
                            e.provider(),
                            e.summary(),
                            e.tags(),
                            context.card(e).link().broken(),
                            facets.stream().map(f -> e.values(f.field())).toList()));
        }
        return memo.whole("filter-index", inputs, this::write);
    }

    private Map<String, String> write() {
        List<Facet> facets =
                context.taxonomy.facets().stream()
                        .filter(f -> f.shows(Facet.Shown.FILTER) || f.shows(Facet.Shown.CARD))
                        .toList();
        List<List<String>> values = facets.stream().map(context::values).toList();
        List<Entry> entries = context.entries;
        int chunks = (entries.size() + CHUNK - 1) / CHUNK;

        Map<String, Object> head = new LinkedHashMap<>();
        head.put("version", VERSION);
        head.put("count", entries.size());
        head.put("pageSize", pageSize);
        head.put("entryPath", List.of(SitePaths.ENTRY_PREFIX, "/"));
        head.put("chunkSize", CHUNK);
        List<String> chunkPaths = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            chunkPaths.add(SitePaths.filterChunk(c));
        }
        head.put("chunks", chunkPaths);
        List<Map<String, Object>> facetList = new ArrayList<>();
        for (int f = 0; f < facets.size(); f++) {
            Facet facet = facets.get(f);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("field", facet.field());
            item.put("id", facet.id());
            item.put("label", facet.label());
            item.put("filter", facet.shows(Facet.Shown.FILTER));
            item.put("card", facet.shows(Facet.Shown.CARD));
            item.put("values", values.get(f));
            item.put("labels", values.get(f).stream().map(facet::labelOf).toList());
            facetList.add(item);
        }
        head.put("facets", facetList);
        SearchShards search =
                new SearchShards(
                        entries, SEARCH_KEY, e -> memo.searchWords(e, SearchShards::words));
        Map<String, Object> searchHead = new LinkedHashMap<>();
        searchHead.put("keyLength", SEARCH_KEY);
        searchHead.put("path", List.of(SitePaths.searchShard("@").split("@", -1)));
        searchHead.put("keys", search.keys());
        head.put("search", searchHead);
        List<List<Object>> rows = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            List<Object> row = new ArrayList<>(facets.size());
            for (int f = 0; f < facets.size(); f++) {
                row.add(encode(values.get(f), e.values(facets.get(f).field())));
            }
            rows.add(row);
        }
        head.put("rows", rows);

        Map<String, String> files = new LinkedHashMap<>();
        files.put(SitePaths.FILTER_INDEX, memo.json(head, this::json));
        for (int c = 0; c < chunks; c++) {
            List<List<Object>> cards = new ArrayList<>();
            for (Entry e : entries.subList(c * CHUNK, Math.min(entries.size(), (c + 1) * CHUNK))) {
                cards.add(
                        List.of(
                                e.slug(),
                                e.title(),
                                e.provider(),
                                e.summary(),
                                String.join(", ", e.tags()),
                                context.card(e).link().broken() ? 1 : 0));
            }
            Map<String, Object> chunk = new LinkedHashMap<>();
            chunk.put("version", VERSION);
            chunk.put("from", c * CHUNK);
            chunk.put("cards", cards);
            files.put(SitePaths.filterChunk(c), memo.json(chunk, this::json));
        }
        search.shards()
                .forEach(
                        (key, shard) ->
                                files.put(
                                        SitePaths.searchShard(SearchFolding.fileSafe(key)),
                                        memo.json(shard, this::json)));
        return files;
    }

    /** An entry's values of one facet: a bit mask of their positions, or the positions. */
    static Object encode(List<String> facetValues, List<String> entryValues) {
        List<Integer> positions = new ArrayList<>();
        for (String v : entryValues) {
            int p = facetValues.indexOf(v);
            if (p >= 0) {
                positions.add(p);
            }
        }
        if (facetValues.size() > MASK_LIMIT) {
            return positions;
        }
        int mask = 0;
        for (int p : positions) {
            mask |= 1 << p;
        }
        return mask;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the filter index", e);
        }
    }
}
