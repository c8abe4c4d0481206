package org.sociallearning.guide.site;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A memo that keeps what one bake (or plan) worked out for the next one and no longer: values asked
 * for in this generation are carried over from the last one, and {@link #next()} drops whatever the
 * last generation had that this one did not ask for. So a long-running process (the preview) holds
 * at most two bakes' worth. Safe for parallel use within a generation.
 *
 * @param <K> the keys (see {@link Identity} for objects compared by identity)
 * @param <V> the values
 */
public final class Generations<K, V> {

    private volatile Map<K, V> last = new ConcurrentHashMap<>();
    private volatile Map<K, V> now = new ConcurrentHashMap<>();

    /** The value for a key: this generation's, or the last one's, carried into this one. */
    public Optional<V> get(K key) {
        V value = now.get(key);
        if (value == null) {
            value = last.get(key);
            if (value != null) {
                V raced = now.putIfAbsent(key, value);
                value = raced != null ? raced : value;
            }
        }
        return Optional.ofNullable(value);
    }

    /** The value for a key, made by {@code make} when neither generation has one. */
    public V get(K key, Supplier<V> make) {
        Optional<V> known = get(key);
        if (known.isPresent()) {
            return known.get();
        }
        V made = make.get();
        V raced = now.putIfAbsent(key, made);
        return raced != null ? raced : made;
    }

    /** The last generation's value, without carrying it over. */
    public Optional<V> last(K key) {
        return Optional.ofNullable(last.get(key));
    }

    public void put(K key, V value) {
        now.put(key, value);
    }

    /** Starts the next generation: the last one is dropped, this one becomes the last. */
    public synchronized void next() {
        last = now;
        now = new ConcurrentHashMap<>();
    }

    /** Forgets both generations. */
    public synchronized void clear() {
        last = new ConcurrentHashMap<>();
        now = new ConcurrentHashMap<>();
    }
}
