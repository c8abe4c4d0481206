package org.sociallearning.guide.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.sociallearning.guide.site.Generations;

/**
 * The keys of files written as they are ({@code entries.json}, the filter index), by path: the
 * SHA-256 of their text, reused while the text is the same as last time (comparing text is far
 * cheaper than hashing it), for a process that bakes again and again (the preview).
 */
final class FileKeys {

    private record Known(String text, String key) {}

    private final Generations<String, Known> keys = new Generations<>();

    /** Starts another bake: keys not asked for by the last one are dropped. */
    void startBake() {
        keys.next();
    }

    String key(String path, String text) {
        Optional<Known> known = keys.get(path);
        if (known.isPresent() && known.get().text().equals(text)) {
            return known.get().key();
        }
        Known made =
                new Known(text, "f:" + Carryover.sha256(text.getBytes(StandardCharsets.UTF_8)));
        keys.put(path, made);
        return made.key();
    }
}
