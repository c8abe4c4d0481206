package org.sociallearning.guide.check;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who links to what in a checked site: for every HTML page, the other files its links resolve to,
 * each marked when the link names a {@code #fragment}. It is what lets a check after a small change
 * read only the pages a change can break: a page that was not rewritten can only break when a file
 * it links to is gone, or when a page it links into with a fragment was rewritten (its ids may have
 * changed). Immutable.
 */
public final class LinkIndex {

    private final List<String> names;
    private final Map<String, Integer> ids;
    private final Map<String, int[]> byPage;

    private LinkIndex(List<String> names, Map<String, int[]> byPage) {
        this(names, byPage, idsOf(names));
    }

    private LinkIndex(List<String> names, Map<String, int[]> byPage, Map<String, Integer> ids) {
        this.names = names;
        this.byPage = byPage;
        this.ids = ids;
    }

    private static Map<String, Integer> idsOf(List<String> names) {
        Map<String, Integer> ids = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            ids.put(names.get(i), i);
        }
        return ids;
    }

    public static LinkIndex empty() {
        return new LinkIndex(List.of(), Map.of());
    }

    /** How many pages the index knows. */
    public int pages() {
        return byPage.size();
    }

    boolean knows(String page) {
        return byPage.containsKey(page);
    }

    /**
     * What decides whether a page that was not rewritten must be read again (a file it links to is
     * gone, or a page it links into with a fragment was rewritten): each file the index names is
     * looked up once, then a page's links are a walk over numbers.
     */
    Recheck against(Set<String> files, Set<String> rewritten) {
        boolean[] gone = new boolean[names.size()];
        boolean[] renewed = new boolean[names.size()];
        for (int i = 0; i < names.size(); i++) {
            gone[i] = !files.contains(names.get(i));
        }
        for (String file : rewritten) { // usually a few files: not a look-up per name
            Integer id = ids.get(file);
            if (id != null) {
                renewed[id] = true;
            }
        }
        return new Recheck(gone, renewed);
    }

    /** The files gone and rewritten since the index was made, by the index's numbers. */
    final class Recheck {
        private final boolean[] gone;
        private final boolean[] renewed;

        private Recheck(boolean[] gone, boolean[] renewed) {
            this.gone = gone;
            this.renewed = renewed;
        }

        boolean mustRecheck(String page) {
            int[] targets = byPage.get(page);
            if (targets == null) {
                return true;
            }
            for (int t : targets) {
                int id = t >>> 1;
                if (gone[id] || ((t & 1) == 1 && renewed[id])) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Every page that links to {@code target} (for the tests and reports). */
    public List<String> linkingTo(String target) {
        Integer id = ids.get(target);
        if (id == null) {
            return List.of();
        }
        List<String> pages = new ArrayList<>();
        for (Map.Entry<String, int[]> e : byPage.entrySet()) {
            for (int t : e.getValue()) {
                if ((t >>> 1) == id) {
                    pages.add(e.getKey());
                    break;
                }
            }
        }
        Collections.sort(pages);
        return pages;
    }

    /**
     * Builds a new index from an old one: its pages are kept as they were (the numbers of the files
     * they name stay the same, so nothing is copied link by link) unless read again or dropped.
     */
    static final class Builder {
        private final List<String> names;
        private final Map<String, Integer> ids;
        private final Map<String, int[]> byPage;
        private boolean built;

        Builder(LinkIndex old) {
            this.names = new ArrayList<>(old.names);
            this.ids = new HashMap<>(old.ids);
            this.byPage = new HashMap<>(old.byPage);
        }

        /** Keeps only these pages (the site's pages now). */
        void retain(Set<String> pages) {
            byPage.keySet().retainAll(pages);
        }

        /** A page read now, with its targets; a target linked both ways counts with fragment. */
        void page(String page, Map<String, Boolean> targets) {
            int[] mapped = new int[targets.size()];
            int i = 0;
            for (Map.Entry<String, Boolean> t : targets.entrySet()) {
                mapped[i++] = (id(t.getKey()) << 1) | (t.getValue() ? 1 : 0);
            }
            byPage.put(page, mapped);
        }

        private int id(String name) {
            return ids.computeIfAbsent(
                    name,
                    n -> {
                        names.add(n);
                        return names.size() - 1;
                    });
        }

        /**
         * The index, holding this builder's own lists and maps (not copies: ten thousand pages'
         * worth, copied on every preview rebuild): the builder is used up.
         */
        LinkIndex build() {
            if (built) {
                throw new IllegalStateException("a link index builder builds one index");
            }
            built = true;
            return new LinkIndex(
                    Collections.unmodifiableList(names),
                    Collections.unmodifiableMap(byPage),
                    Collections.unmodifiableMap(ids));
        }
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(names.size());
        for (String name : names) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
        out.writeInt(byPage.size());
        for (Map.Entry<String, int[]> e : byPage.entrySet()) {
            out.writeInt(ids.get(e.getKey()) == null ? -1 : ids.get(e.getKey()));
            if (ids.get(e.getKey()) == null) {
                byte[] bytes = e.getKey().getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
            out.writeInt(e.getValue().length);
            for (int t : e.getValue()) {
                out.writeInt(t);
            }
        }
    }

    public static LinkIndex read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("damaged link index");
        }
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(string(in));
        }
        int pages = in.readInt();
        Map<String, int[]> byPage = new HashMap<>(Math.max(16, pages * 2));
        for (int i = 0; i < pages; i++) {
            int id = in.readInt();
            String page = id < 0 ? string(in) : names.get(id);
            int count = in.readInt();
            if (count < 0) {
                throw new IOException("damaged link index");
            }
            int[] targets = new int[count];
            for (int k = 0; k < count; k++) {
                targets[k] = in.readInt();
                if ((targets[k] >>> 1) >= n) {
                    throw new IOException("damaged link index");
                }
            }
            byPage.put(page, targets);
        }
        return new LinkIndex(List.copyOf(names), byPage);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > (1 << 20)) {
            throw new IOException("damaged link index");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
