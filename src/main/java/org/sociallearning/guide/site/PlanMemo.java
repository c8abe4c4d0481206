package org.sociallearning.guide.site;

import java.text.CollationKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sociallearning.guide.entry.Entry;

/**
 * What one plan worked out per entry, for the next plan of a long-running process (the preview) to
 * reuse when the entry did not change. Entries are compared by identity: the preview's validation
 * hands back the same {@link Entry} for a file that did not change (see {@code ValidationCache}),
 * and records never change, so an identical entry gives the same derived data, provided the rest of
 * its inputs are the same; each use below checks those.
 *
 * <p>Only two plans are remembered: what the last plan used is kept, the rest dropped, so the memo
 * never grows beyond two sites' worth. Everything is forgotten when the settings, taxonomy or build
 * context change. Safe for parallel use within a plan.
 */
public final class PlanMemo {

    /** An entry's page as planned, with the inputs it was made from beyond the entry itself. */
    record EntryPage(
            String body,
            CardView card,
            List<CardView> related,
            List<CellView> cells,
            PageSpec spec) {

        boolean madeFrom(String body, CardView card, List<CardView> related, List<CellView> cells) {
            return this.body == body
                    && this.card == card
                    && sameCards(this.related, related)
                    && this.cells.equals(cells);
        }

        private static boolean sameCards(List<CardView> a, List<CardView> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) != b.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The last plan, with what it was made from: the entries and pages as validated (in the
     * validator's order), and the context and entry planner it used.
     */
    record LastPlan(
            List<Entry> entries,
            List<org.sociallearning.guide.entry.Page> pages,
            PlanContext context,
            EntryPages entryPages,
            SitePlan plan,
            Map<String, Integer> positions) {

        LastPlan(
                List<Entry> entries,
                List<org.sociallearning.guide.entry.Page> pages,
                PlanContext context,
                EntryPages entryPages,
                SitePlan plan) {
            this(entries, pages, context, entryPages, plan, positionsOf(plan));
        }

        private static Map<String, Integer> positionsOf(SitePlan plan) {
            Map<String, Integer> positions = new java.util.HashMap<>();
            for (int i = 0; i < plan.pages().size(); i++) {
                positions.put(plan.pages().get(i).path(), i);
            }
            return positions;
        }

        /** Where a page is in the plan's pages. */
        int entryPage(String path) {
            return positions.get(path);
        }

        /** The same, made from other entries into another plan with its pages where they were. */
        LastPlan with(List<Entry> entries, SitePlan plan) {
            return new LastPlan(entries, pages, context, entryPages, plan, positions);
        }
    }

    private volatile LastPlan lastPlan;

    /** The last plan, when it was made under the same settings, taxonomy and build context. */
    java.util.Optional<LastPlan> last() {
        return java.util.Optional.ofNullable(enabled ? lastPlan : null);
    }

    void remember(LastPlan plan) {
        if (enabled) {
            lastPlan = plan;
        }
    }

    /** What is kept of one entry. */
    private static final class Kept {
        volatile CollationKey title;
        volatile String bodyKey;
        volatile String body;
        volatile CardView card;
        volatile EntryPage page;
        volatile String json;
        volatile List<List<String>> words;
    }

    private final Map<String, Object[]> wholes = new ConcurrentHashMap<>();
    private final Generations<String, CardView> cards = new Generations<>();
    private final Generations<Object, String> jsons = new Generations<>();
    private final Generations<Identity, Kept> kept = new Generations<>();
    private Object globals = new Object();
    private int pagesReused;

    /** A memo that remembers nothing: each plan starts from scratch (a one-off bake). */
    public static PlanMemo none() {
        return new PlanMemo(false);
    }

    private final boolean enabled;

    public PlanMemo() {
        this(true);
    }

    private PlanMemo(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Starts a plan under the given settings, taxonomy and build context: what the last plan kept
     * is reused only if they are equal to the last plan's.
     */
    synchronized void startPlan(Object globals) {
        if (!globals.equals(this.globals)) {
            kept.clear();
            jsons.clear();
            cards.clear();
            wholes.clear();
            lastPlan = null;
            this.globals = globals;
        }
        kept.next();
        jsons.next();
        cards.next();
        pagesReused = 0;
    }

    /** How many entry pages the last plan took as they were, without building their views. */
    public synchronized int entryPagesReused() {
        return pagesReused;
    }

    synchronized void countReused() {
        pagesReused++;
    }

    synchronized void countReused(int pages) {
        pagesReused += pages;
    }

    private Kept kept(Entry e) {
        if (!enabled) {
            return new Kept();
        }
        return kept.get(new Identity(e), Kept::new);
    }

    /** The entry's title's collation key, made once. */
    CollationKey title(Entry e, java.util.function.Function<String, CollationKey> make) {
        Kept k = kept(e);
        CollationKey key = k.title;
        if (key == null) {
            key = make.apply(e.title());
            k.title = key;
        }
        return key;
    }

    /** The entry's body as clean HTML, through {@code bodies} the first time. */
    String body(
            Entry e,
            RenderedBodies bodies,
            java.util.function.BiFunction<String, Integer, String> render) {
        Kept k = kept(e);
        if (k.body != null && k.bodyKey != null) {
            bodies.keep(k.bodyKey, k.body);
            return k.body;
        }
        RenderedBodies.Body made = bodies.body(e.body(), RenderedBodies.ENTRY, render);
        k.bodyKey = made.key();
        k.body = made.html();
        return made.html();
    }

    /** The entry's card, if the one kept still shows what {@code stillTrue} checks. */
    CardView card(
            Entry e,
            java.util.function.Predicate<CardView> stillTrue,
            java.util.function.Function<Entry, CardView> make) {
        Kept k = kept(e);
        CardView card = k.card;
        if (card == null || !stillTrue.test(card)) {
            card = make.apply(e);
            // An entry edited where its card does not show (its body): the very card of last
            // time, so the pages that list it are seen to be the same.
            Optional<CardView> before = enabled ? cards.last(e.slug()) : Optional.empty();
            if (before.isPresent() && card.equals(before.get())) {
                card = before.get();
            }
            k.card = card;
        }
        if (enabled) {
            cards.put(e.slug(), card);
        }
        return card;
    }

    /** The entry's item in {@code entries.json}, written once. */
    String entryJson(Entry e, java.util.function.Function<Entry, String> write) {
        Kept k = kept(e);
        String json = k.json;
        if (json == null) {
            json = write.apply(e);
            k.json = json;
        }
        return json;
    }

    /** The entry's search words, by field group, folded once. */
    List<List<String>> searchWords(
            Entry e, java.util.function.Function<Entry, List<List<String>>> fold) {
        Kept k = kept(e);
        List<List<String>> words = k.words;
        if (words == null) {
            words = fold.apply(e);
            k.words = words;
        }
        return words;
    }

    /**
     * The JSON text of a tree of maps, lists and values: the text written for an equal tree last
     * time, or {@code write}'s. Comparing trees costs far less than writing them.
     */
    String json(Object tree, java.util.function.Function<Object, String> write) {
        if (!enabled) {
            return write.apply(tree);
        }
        return jsons.get(tree, () -> write.apply(tree));
    }

    /**
     * A result worked out from all entries at once (such as the filter index): the last plan's,
     * when what it was made from is equal to {@code inputs}, otherwise {@code make}'s.
     */
    <T> T whole(String name, Object inputs, java.util.function.Supplier<T> make) {
        if (!enabled) {
            return make.get();
        }
        Object[] before = wholes.get(name);
        if (before != null && before[0].equals(inputs)) {
            @SuppressWarnings("unchecked")
            T kept = (T) before[1];
            return kept;
        }
        T made = make.get();
        wholes.put(name, new Object[] {inputs, made});
        return made;
    }

    /** The entry's page as last planned, if any. */
    EntryPage page(Entry e) {
        return kept(e).page;
    }

    void page(Entry e, EntryPage page) {
        kept(e).page = page;
    }
}
