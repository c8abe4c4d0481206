package org.sociallearning.guide.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Contributors' Markdown turned into clean HTML, kept by content hash between bakes: Markdown and
 * sanitising are the costly part of planning, and their result depends only on the text and the top
 * heading level. Keys are {@code LEVEL:HASH-OF-TEXT}. Safe for parallel use.
 */
public final class RenderedBodies {

    /** The top heading level of an entry's body: under its page's title and facts. */
    public static final int ENTRY = 3;

    private final Map<String, String> byKey = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private final java.util.function.UnaryOperator<String> hash;

    /** An empty cache. */
    public RenderedBodies() {
        this(Map.of(), RenderedBodies::sha256);
    }

    /** A cache holding bodies kept from an earlier bake. */
    public RenderedBodies(Map<String, String> kept) {
        this(kept, RenderedBodies::sha256);
    }

    /**
     * @param hash a text's hash, for the keys: collision-resistant for anyone who could choose the
     *     texts (the bake's keyed page hash, or SHA-256)
     */
    public RenderedBodies(Map<String, String> kept, java.util.function.UnaryOperator<String> hash) {
        byKey.putAll(kept);
        this.hash = hash;
    }

    /** A body as clean HTML, with the key it is kept under. */
    record Body(String key, String html) {}

    String html(String markdown, int level, BiFunction<String, Integer, String> render) {
        return body(markdown, level, render).html();
    }

    Body body(String markdown, int level, BiFunction<String, Integer, String> render) {
        String key = keyOf(markdown, level);
        used.add(key);
        String html = byKey.get(key);
        if (html == null) {
            html = render.apply(markdown, level);
            byKey.put(key, html);
        }
        return new Body(key, html);
    }

    /** Marks a body worked out earlier as used by this plan, so it is kept for the next bake. */
    void keep(String key, String html) {
        byKey.putIfAbsent(key, html);
        used.add(key);
    }

    /** The bodies the last plan used, to keep for the next bake; nothing else. */
    public Map<String, String> used() {
        Map<String, String> kept = new java.util.HashMap<>(used.size() * 2);
        for (String key : used) {
            String html = byKey.get(key);
            if (html != null) {
                kept.put(key, html);
            }
        }
        return kept;
    }

    /** Forgets which bodies were used, before the next plan (the cache itself stays). */
    public void startPlan() {
        used.clear();
    }

    /** The key a body is kept under, without rendering it. */
    public String keyOf(String markdown, int level) {
        return level + ":" + hash.apply(markdown);
    }

    private static String sha256(String text) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
