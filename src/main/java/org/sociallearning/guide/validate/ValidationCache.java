package org.sociallearning.guide.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What the last validation found in each content file, for a long-running process (the preview): a
 * file whose size and time are those it had when it was read is not read or parsed again, so a
 * saved entry costs one file's validation, not ten thousand. The results hold only under the rules
 * they were found with (taxonomy, settings, reserved names, today's date): when those change,
 * everything is forgotten.
 *
 * <p>A file written within a few seconds of being read can change again within the same clock tick
 * and keep its size, so such a file is read again next time and its bytes compared with those kept.
 * Safe for parallel use.
 */
public final class ValidationCache {

    private static final long RACY_NANOS = 3_000_000_000L;

    private record Kept(long size, long modified, boolean racy, byte[] bytes, Object result) {}

    private final Map<Path, Kept> byFile = new ConcurrentHashMap<>();
    private final boolean keeps;

    /** A cache that keeps what it finds. */
    public ValidationCache() {
        this(true);
    }

    private ValidationCache(boolean keeps) {
        this.keeps = keeps;
    }

    /**
     * A cache that keeps nothing, for a process that validates once (a one-off bake): it neither
     * looks at file times nor holds every file's bytes.
     */
    public static ValidationCache none() {
        return new ValidationCache(false);
    }

    private final AtomicInteger validated = new AtomicInteger();
    private Object rules = new Object();

    /** Forgets every result unless the rules are those the kept results were found under. */
    synchronized void useRules(Object rules) {
        if (!rules.equals(this.rules)) {
            byFile.clear();
            listing = null;
            this.rules = rules;
        }
        validated.set(0);
    }

    /** How many files the last validation read and checked (not reused). */
    public int validatedLastTime() {
        return validated.get();
    }

    /**
     * The result for a file: kept when the file is unchanged, otherwise {@code validate} applied to
     * the file's bytes ({@code read} gives them, empty when they cannot be read).
     */
    <R> R result(
            Path file,
            Function<Path, Optional<byte[]>> read,
            Function<Optional<byte[]>, R> validate,
            Class<R> type) {
        if (!keeps) {
            validated.incrementAndGet();
            return validate.apply(read.apply(file));
        }
        Optional<BasicFileAttributes> now = attributes(file);
        Kept kept = byFile.get(file);
        if (kept != null
                && now.isPresent()
                && !kept.racy()
                && now.get().size() == kept.size()
                && nanos(now.get()) == kept.modified()) {
            return type.cast(kept.result());
        }
        Optional<byte[]> bytes = read.apply(file);
        R result;
        if (kept != null && bytes.isPresent() && Arrays.equals(bytes.get(), kept.bytes())) {
            result = type.cast(kept.result());
        } else {
            result = validate.apply(bytes);
            validated.incrementAndGet();
        }
        if (now.isPresent() && bytes.isPresent()) {
            long modified = nanos(now.get());
            boolean racy = System.currentTimeMillis() * 1_000_000L - modified < RACY_NANOS;
            byFile.put(file, new Kept(now.get().size(), modified, racy, bytes.get(), result));
        } else {
            byFile.remove(file);
        }
        return result;
    }

    /** The result kept for a file, without looking at the file: for files known not to change. */
    <R> Optional<R> peek(Path file, Class<R> type) {
        Kept kept = byFile.get(file);
        return kept == null ? Optional.empty() : Optional.of(type.cast(kept.result()));
    }

    /** The files of the content folder and the problems of its listing, as last listed in full. */
    record Listing(
            Path folder, List<Path> files, List<org.sociallearning.guide.entry.Problem> problems) {
        Listing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private volatile Listing listing;

    /** Whether the content folder was listed in full under the rules last used. */
    public boolean hasListingOf(Path folder) {
        return listing(folder.toAbsolutePath().normalize()).isPresent();
    }

    void listed(Listing listing) {
        if (keeps) {
            this.listing = listing;
        }
    }

    /** The last full listing of {@code folder}, if it was listed under the current rules. */
    Optional<Listing> listing(Path folder) {
        Listing l = listing;
        return l != null && l.folder().equals(folder) ? Optional.of(l) : Optional.empty();
    }

    /** Forgets the files not validated this time (deleted or renamed). */
    void keepOnly(java.util.Collection<Path> files) {
        byFile.keySet().retainAll(new java.util.HashSet<>(files));
    }

    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(
                    Files.readAttributes(
                            file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long nanos(BasicFileAttributes a) {
        return a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }
}
