package org.sociallearning.guide.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sociallearning.guide.bake.PageDigest;
import org.sociallearning.guide.bake.TemplateDigests;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.site.Generations;
import org.sociallearning.guide.site.Identity;
import org.sociallearning.guide.site.RenderedBodies;

/**
 * What a plan was made from, in brief, kept in the bake's state: one key for everything the planner
 * reads besides the entries (settings, taxonomy, build context, prose pages), the salt of each
 * template kind its pages use, and per entry (in the validator's order) its source file, a key of
 * everything but its body, and its body's key. A new process that finds the same keys but for some
 * bodies knows that only those entries' own pages can differ from the output: a body shows on its
 * entry page and nowhere else (not on cards, in feeds, indexes or listings).
 *
 * @param globals the key of the planner's inputs besides the entries; empty for no sketch
 * @param salts each template kind the plan's pages use, with its salt in hexadecimal
 * @param pages how many pages the plan has
 * @param entries every entry the plan was made from, in the validator's order
 */
record PlanSketch(String globals, Map<String, String> salts, int pages, List<Item> entries) {

    /** An entry: its source file, the key of all but its body, and its body's key. */
    record Item(String source, String header, String body) {}

    PlanSketch {
        salts = Map.copyOf(salts);
        entries = List.copyOf(entries);
    }

    static PlanSketch none() {
        return new PlanSketch("", Map.of(), 0, List.of());
    }

    /**
     * The sketch of a plan's inputs, before the plan: no salts, no pages yet (see {@link
     * #withPlan}).
     *
     * @param globals everything the planner reads besides the entries
     * @param known items worked out for the very same entries by an earlier bake with the same
     *     digests (the preview's validation hands back the same entry for a file that did not
     *     change)
     */
    static PlanSketch of(
            PageDigest digests,
            RenderedBodies bodies,
            Object globals,
            List<Entry> entries,
            Generations<Identity, Item> known) {
        List<Item> items =
                entries.parallelStream()
                        .map(e -> known.get(new Identity(e), () -> item(digests, bodies, e)))
                        .toList();
        return new PlanSketch(digests.data(globals), Map.of(), 0, items);
    }

    private static Item item(PageDigest digests, RenderedBodies bodies, Entry e) {
        return new Item(
                e.source().toString(),
                digests.data(e.withBody("")),
                bodies.keyOf(e.body(), RenderedBodies.ENTRY));
    }

    /** The same inputs, with the template kinds the plan's pages use and its number of pages. */
    PlanSketch withPlan(TemplateDigests templates, java.util.Collection<String> kinds, int pages) {
        return new PlanSketch(globals, salts(templates, kinds), pages, entries);
    }

    /**
     * The positions of the entries whose bodies alone changed since {@code before}, when nothing
     * else the plan reads did; empty when anything else changed (or {@code before} is no sketch).
     */
    Optional<List<Integer>> bodiesChangedSince(PlanSketch before, TemplateDigests templates) {
        if (before.globals.isEmpty()
                || !before.globals.equals(globals)
                || before.entries.size() != entries.size()
                || !before.salts.equals(salts(templates, before.salts.keySet()))) {
            return Optional.empty();
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Item now = entries.get(i);
            Item was = before.entries.get(i);
            if (!now.source.equals(was.source) || !now.header.equals(was.header)) {
                return Optional.empty();
            }
            if (!now.body.equals(was.body)) {
                changed.add(i);
            }
        }
        return Optional.of(changed);
    }

    private static Map<String, String> salts(
            TemplateDigests templates, java.util.Collection<String> kinds) {
        Map<String, String> salts = new TreeMap<>();
        for (String kind : kinds) {
            salts.put(kind, HexFormat.of().formatHex(templates.salt(kind)));
        }
        return salts;
    }

    void write(DataOutputStream out) throws IOException {
        BakeState.string(out, globals);
        out.writeInt(salts.size());
        for (Map.Entry<String, String> salt : new TreeMap<>(salts).entrySet()) {
            BakeState.string(out, salt.getKey());
            BakeState.string(out, salt.getValue());
        }
        out.writeInt(pages);
        out.writeInt(entries.size());
        for (Item item : entries) {
            BakeState.string(out, item.source);
            BakeState.string(out, item.header);
            BakeState.string(out, item.body);
        }
    }

    static PlanSketch read(DataInputStream in) throws IOException {
        String globals = BakeState.string(in);
        int n = BakeState.count(in);
        Map<String, String> salts = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            salts.put(BakeState.string(in), BakeState.string(in));
        }
        int pages = BakeState.count(in);
        n = BakeState.count(in);
        List<Item> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(new Item(BakeState.string(in), BakeState.string(in), BakeState.string(in)));
        }
        return new PlanSketch(globals, salts, pages, items);
    }
}
