package org.sociallearning.guide.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.sociallearning.guide.source.SiteSource;

/**
 * The folder a bake publishes to. A bake writes into a fresh sibling folder; only a bake that
 * passed every check replaces the output, by renaming, so a failed bake leaves the previous output
 * as it was.
 */
public final class OutputFolder {

    private final Path output;

    public OutputFolder(Path output) {
        this.output = Objects.requireNonNull(output, "output").toAbsolutePath().normalize();
    }

    public Path path() {
        return output;
    }

    /** Why this folder must not be replaced by a bake, if it must not. */
    public Optional<String> refusal(SiteSource source) {
        if (source.root().startsWith(output)) {
            return Optional.of(
                    "the output folder "
                            + output
                            + " contains the site's sources; choose another, e.g. target/site");
        }
        if (Files.isRegularFile(output)) {
            return Optional.of("the output " + output + " is a file, not a folder");
        }
        if (Files.isDirectory(output) && !isEmpty(output) && !looksBaked(output)) {
            return Optional.of(
                    "the output folder "
                            + output
                            + " is not empty and does not hold a baked guide; refusing to replace it");
        }
        return Optional.empty();
    }

    /**
     * A new, empty folder beside the output, on the same file system so it can be renamed into
     * place.
     */
    public Path newStagingFolder() {
        try {
            Files.createDirectories(output.getParent());
            return Files.createTempDirectory(output.getParent(), prefix() + "staging-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + output, e);
        }
    }

    /**
     * Puts a finished staging folder in place of the output. The previous output is renamed to a
     * hidden sibling, which the next bake deletes while it works (deleting 10,000 folders takes
     * seconds here, and would otherwise add to every bake's time).
     */
    public void replaceWith(Path staging) {
        Path previous = null;
        try {
            if (Files.exists(output)) {
                previous = Files.createTempDirectory(output.getParent(), prefix() + "previous-");
                Files.delete(previous);
                move(output, previous);
            }
            move(staging, output);
        } catch (IOException e) {
            restore(previous, e);
            throw new UncheckedIOException("cannot move the new site into " + output, e);
        }
    }

    /** Puts the previous output back after a failed swap, so a failure never leaves no site. */
    private void restore(Path previous, IOException failure) {
        if (previous != null && Files.exists(previous) && !Files.exists(output)) {
            try {
                move(previous, output);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * Takes the output's lock for one build: two bakes into the same folder at once (two terminals,
     * or serve and bake) would otherwise sweep each other's staging folders.
     *
     * @return the lock, or empty when another bake holds it
     */
    /** A held lock on the output folder. */
    public interface Lock extends AutoCloseable {
        @Override
        void close();
    }

    public Optional<Lock> lock() {
        try {
            Files.createDirectories(output.getParent());
            FileChannel channel =
                    FileChannel.open(
                            output.getParent().resolve(prefix() + "lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            FileLock held = lock;
            return Optional.of(
                    () -> {
                        try {
                            held.release();
                            channel.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(
                                    "cannot release the lock on " + output, e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + output, e);
        }
    }

    /**
     * Hidden siblings left by earlier bakes: previous outputs, and staging folders of bakes that
     * died.
     */
    public List<Path> leftovers() {
        Path parent = output.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(prefix()))
                    .filter(Files::isDirectory)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private String prefix() {
        return "." + output.getFileName() + ".";
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean looksBaked(Path folder) {
        return Files.isRegularFile(folder.resolve("index.html"))
                && Files.isRegularFile(folder.resolve("entries.json"));
    }
}
