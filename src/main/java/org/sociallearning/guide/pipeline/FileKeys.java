package org.sociallearning.guide.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The keys of files written as they are ({@code entries.json}, the filter index), by path: the
 * SHA-256 of their text, reused while the text is the same as last time (comparing text is far
 * cheaper than hashing it), for a process that bakes again and again (the preview).
 */
final class FileKeys {

    private record Known(String text, String key) {}

    private Map<String, Known> before = new HashMap<>();
    private Map<String, Known> now = new HashMap<>();

    /** Starts another bake: keys not asked for by the last one are dropped. */
    void startBake() {
        before = now;
        now = new HashMap<>();
    }

    String key(String path, String text) {
        Known known = before.get(path);
        if (known == null || !known.text().equals(text)) {
            known = new Known(text, "f:" + Carryover.sha256(text.getBytes(StandardCharsets.UTF_8)));
        }
        now.put(path, known);
        return known.key();
    }
}
