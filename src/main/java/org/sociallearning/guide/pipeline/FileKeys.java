package org.sociallearning.guide.pipeline;

import java.util.Optional;
import org.sociallearning.guide.bake.PageDigest;
import org.sociallearning.guide.site.Generations;

/**
 * The keys of files written as they are ({@code entries.json}, the filter index), by path: the
 * bake's keyed hash of their text ({@link PageDigest#text}; SHA-256 of the 7 MB {@code
 * entries.json} of a 10,000-entry guide took a tenth of a second in the launcher's C1-only JVM),
 * reused while the text is the same as last time (comparing text is far cheaper than hashing it),
 * for a process that bakes again and again (the preview).
 */
final class FileKeys {

    private record Known(String text, String key) {}

    private final Generations<String, Known> keys = new Generations<>();

    /** Starts another bake: keys not asked for by the last one are dropped. */
    void startBake() {
        keys.next();
    }

    /** Forgets every key: they were made with another bake's hash key. */
    void clear() {
        keys.clear();
    }

    String key(String path, String text, PageDigest digests) {
        Optional<Known> known = keys.get(path);
        if (known.isPresent() && known.get().text().equals(text)) {
            return known.get().key();
        }
        Known made = new Known(text, "f:" + digests.text(text));
        keys.put(path, made);
        return made.key();
    }
}
