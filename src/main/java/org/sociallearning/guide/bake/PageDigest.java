package org.sociallearning.guide.bake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.sociallearning.guide.site.Generations;
import org.sociallearning.guide.site.Identity;
import org.sociallearning.guide.site.PageSpec;

/**
 * A page's input hash: a 128-bit hash over a canonical serialization of exactly what its template
 * sees (the view, walked like {@link TemplateData} walks it, every string length-prefixed so no two
 * different views serialize alike), its template kind and its path. Together with the hash of the
 * template's files and of the settings, two pages with the same key render to the same bytes.
 *
 * <p>The hash is not SHA-256: the views of a 10,000-entry site are about as large as the site
 * itself, and SHA-256 over them took seconds in the launcher's C1-only JVM. It is two 64-bit
 * multiply-xor lanes over the characters, mixed at the end, seeded with a random key kept in the
 * bake's private state, so a contributor cannot aim for a collision without knowing the key (and a
 * clean bake, as CI's, never uses the state).
 */
public final class PageDigest {

    private final long key1;
    private final long key2;

    /**
     * Digests of the records found in lists (cards, terms, cells), by identity: the planner shares
     * one card per entry among every page that lists it, so each is hashed once per bake, and a
     * listing of thousands of cards hashes their digests rather than their text again.
     */
    private final Generations<Identity, long[]> shared = new Generations<>();

    /** Page keys by page (identity), with the salt they were made with. */
    private final Generations<Identity, Keyed> pages = new Generations<>();

    private record Keyed(byte[] salt, String key) {}

    /** The two walks, made once: a method reference per record walked would be a new object. */
    private final java.util.function.BiConsumer<Hasher, Object> viewWalk = this::value;

    private final java.util.function.BiConsumer<Hasher, Object> datumWalk = this::datum;

    /**
     * @param key the hash key: 32 hexadecimal digits, random per output and kept in its state
     */
    public PageDigest(String key) {
        byte[] bytes = HexFormat.of().parseHex(key);
        this.key1 = fromBytes(bytes, 0);
        this.key2 = fromBytes(bytes, 8);
    }

    /**
     * The key (32 hexadecimal digits) of one page, mixed with {@code salt} (templates, settings).
     */
    public String of(PageSpec page, byte[] salt) {
        Identity id = new Identity(page);
        java.util.Optional<Keyed> known = pages.get(id);
        if (known.isPresent() && java.util.Arrays.equals(known.get().salt(), salt)) {
            return known.get().key();
        }
        String key = compute(page, salt);
        pages.put(id, new Keyed(salt.clone(), key));
        return key;
    }

    /**
     * Starts another bake with the same key: digests of the records and pages the last bake saw are
     * reused when this one sees the very same objects (a planner that kept them, as the preview's
     * does), and dropped when it does not, so at most two bakes' worth are held.
     */
    public void startBake() {
        shared.next();
        pages.next();
    }

    private String compute(PageSpec page, byte[] salt) {
        Hasher h = new Hasher(key1, key2);
        for (byte b : salt) {
            h.add(b);
        }
        h.string(page.path());
        h.string(page.template());
        value(h, page.view());
        return h.hex();
    }

    /**
     * The key of a text (32 hexadecimal digits): the same keyed hash, for caches keyed by content
     * (the Markdown bodies rendered as HTML).
     */
    public String text(String text) {
        Hasher h = new Hasher(key1, key2);
        h.add('T');
        h.string(text);
        return h.hex();
    }

    /**
     * The key (32 hexadecimal digits) of any input the planner reads (settings, taxonomy, an
     * entry): records, lists, sets, maps, optionals, strings, numbers, booleans, enums, dates,
     * paths and patterns, walked like a view but in an order that does not depend on hashing (set
     * elements and map entries are sorted by their own keys), so two processes give equal inputs
     * the same key.
     */
    public String data(Object value) {
        Hasher h = new Hasher(key1, key2);
        h.add('I');
        datum(h, value);
        return h.hex();
    }

    private void datum(Hasher h, Object value) {
        if (value == null) {
            h.add('0');
        } else if (value instanceof Record record) {
            record(h, record, datumWalk);
        } else if (value instanceof List<?> list) {
            h.add('L');
            h.add(list.size());
            for (Object element : list) {
                datum(h, element);
            }
        } else if (value instanceof java.util.Collection<?> set) {
            h.add('C');
            sorted(h, set.stream().map(this::data).toList());
        } else if (value instanceof java.util.Map<?, ?> map) {
            h.add('M');
            sorted(
                    h,
                    map.entrySet().stream()
                            .map(e -> data(List.of(e.getKey(), wrap(e.getValue()))))
                            .toList());
        } else if (value instanceof java.util.Optional<?> optional) {
            h.add('O');
            datum(h, optional.orElse(null));
        } else if (value instanceof String s) {
            h.add('S');
            h.string(s);
        } else if (value instanceof java.util.regex.Pattern p) {
            h.add('P');
            h.add(p.flags());
            h.string(p.pattern());
        } else if (value instanceof Number
                || value instanceof Boolean
                || value instanceof Enum<?>
                || value instanceof java.time.temporal.TemporalAccessor
                || value instanceof java.nio.file.Path) {
            h.add('V');
            h.string(value.getClass().getName() + ":" + value);
        } else {
            throw new IllegalArgumentException(
                    "cannot key an input of type " + value.getClass().getName());
        }
    }

    /** A map's value as a list element: {@code List.of} takes no nulls. */
    private static Object wrap(Object value) {
        return java.util.Optional.ofNullable(value);
    }

    private static void sorted(Hasher h, List<String> keys) {
        List<String> order = new java.util.ArrayList<>(keys);
        java.util.Collections.sort(order);
        h.add(order.size());
        order.forEach(h::string);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private void value(Hasher h, Object value) {
        if (value instanceof Record record) {
            record(h, record, viewWalk);
        } else if (value instanceof List<?> list) {
            h.add('L');
            h.add(list.size());
            for (Object element : list) {
                if (element instanceof Record) {
                    long[] digest = alone(new Identity(element));
                    h.add('D');
                    h.add(digest[0]);
                    h.add(digest[1]);
                } else {
                    value(h, element);
                }
            }
        } else if (value instanceof String s) {
            h.add('S');
            h.string(s);
        } else if (value instanceof Number || value instanceof Boolean) {
            h.add('N');
            h.string(value.getClass().getName() + ":" + value);
        } else {
            // The same types TemplateData lets through; anything else is a bug in the view.
            throw new IllegalArgumentException(
                    "a page view may hold records, lists, strings, numbers and booleans, not "
                            + (value == null ? "null" : value.getClass().getName()));
        }
    }

    /** A record: its class, then each component's name and value, walked by {@code walk}. */
    private static void record(
            Hasher h, Record record, java.util.function.BiConsumer<Hasher, Object> walk) {
        h.add('R');
        h.string(record.getClass().getName());
        for (RecordParts.Part part : RecordParts.of(record)) {
            h.string(part.name());
            walk.accept(h, part.read(record));
        }
    }

    /** An element's own digest, computed once per bake (elements nest: no computeIfAbsent). */
    private long[] alone(Identity element) {
        return shared.get(
                element,
                () -> {
                    Hasher h = new Hasher(key1, key2);
                    value(h, element.value());
                    return h.finish();
                });
    }

    private static long fromBytes(byte[] bytes, int offset) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (bytes[offset + i] & 0xff);
        }
        return v;
    }

    /** Two keyed 64-bit lanes over a stream of values. */
    private static final class Hasher {
        private long a;
        private long b;
        private long count;

        Hasher(long key1, long key2) {
            this.a = key1 ^ 0x9E3779B97F4A7C15L;
            this.b = key2 ^ 0xC2B2AE3D27D4EB4FL;
        }

        void add(long v) {
            a = Long.rotateLeft((a ^ v) * 0x9E3779B97F4A7C15L, 29);
            b = Long.rotateLeft((b + v) * 0xD6E8FEB86659FD93L, 31) ^ a;
            count++;
        }

        /** Two words at once, one into each lane (each lane still feeds the other). */
        void add(long x, long y) {
            a = Long.rotateLeft((a ^ x) * 0x9E3779B97F4A7C15L, 29);
            b = Long.rotateLeft((b + y) * 0xD6E8FEB86659FD93L, 31) ^ a;
            count++;
        }

        private char[] chars;

        void string(String s) {
            int n = s.length();
            add(n);
            if (chars == null || chars.length < n) {
                chars = new char[Math.max(n, 64)];
            }
            char[] c = chars;
            s.getChars(0, n, c, 0); // one copy, then no bounds-checked charAt per character
            int i = 0;
            for (; i + 8 <= n; i += 8) {
                add(
                        ((long) c[i] << 48)
                                | ((long) c[i + 1] << 32)
                                | ((long) c[i + 2] << 16)
                                | c[i + 3],
                        ((long) c[i + 4] << 48)
                                | ((long) c[i + 5] << 32)
                                | ((long) c[i + 6] << 16)
                                | c[i + 7]);
            }
            for (; i < n; i++) {
                add(c[i]);
            }
        }

        long[] finish() {
            return new long[] {mix(a ^ count), mix(b ^ Long.rotateLeft(a, 17) ^ count)};
        }

        String hex() {
            long[] f = finish();
            return HexFormat.of().toHexDigits(f[0]) + HexFormat.of().toHexDigits(f[1]);
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
            z = (z ^ (z >>> 33)) * 0xc4ceb93fe1a85a63L;
            return z ^ (z >>> 33);
        }
    }
}
