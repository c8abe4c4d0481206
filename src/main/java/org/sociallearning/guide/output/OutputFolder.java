package org.sociallearning.guide.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.sociallearning.guide.source.SiteSource;

/**
 * The folder a bake publishes to, and the only folders a bake ever deletes.
 *
 * <p>A bake writes into a staging folder beside the output, {@code .NAME.guide-staging-N-X}; only a
 * bake that passed every check replaces the output: the output is renamed to {@code
 * .NAME.guide-previous-N-X}, then the staging folder to the output. Every folder the tool makes
 * holds a {@link #MARKER} file; a folder is deleted, or replaced, only when it holds the marker and
 * (for a sibling) its name has exactly that form for this output's name. A folder of the user's
 * ({@code .NAME.important/}, another output's staging folder {@code .NAME.x.guide-staging-...}, or
 * a non-empty output folder the tool did not make) is never touched.
 *
 * <p>A crash between the two renames leaves no output, but a previous copy: the next bake first
 * {@linkplain #recover() puts the newest previous copy back}, before anything is swept.
 */
public final class OutputFolder {

    /**
     * The marker file in every folder a bake makes. A dotfile: static hosts and the internal link
     * checker ignore it, and it says only that the folder is the tool's.
     */
    public static final String MARKER = OutputMarker.NAME;

    private final Path output;
    private final SiblingNames names;

    public OutputFolder(Path output) {
        this.output = Objects.requireNonNull(output, "output").toAbsolutePath().normalize();
        this.names = new SiblingNames(this.output);
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
        if (Files.isSymbolicLink(output)) {
            return Optional.of(
                    "the output "
                            + output
                            + " is a symbolic link; bake into a plain folder, e.g. target/site");
        }
        if (Files.exists(output) && !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("the output " + output + " is a file, not a folder");
        }
        if (Files.isDirectory(output) && !isEmpty(output) && !OutputMarker.isOn(output)) {
            return Optional.of(
                    "the output folder "
                            + output
                            + " is not empty and was not made by a bake (it has no "
                            + MARKER
                            + " file); refusing to replace it: delete it yourself if it is an"
                            + " old bake, or choose an empty or new folder with --output");
        }
        return Optional.empty();
    }

    /**
     * A new, empty folder beside the output, on the same file system so it can be renamed into
     * place, already holding the marker. Mode 0755 whatever the umask.
     */
    public Path newStagingFolder() {
        try {
            Files.createDirectories(output.getParent());
            Path staging = names.create("staging");
            OutputMarker.write(staging);
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + output, e);
        }
    }

    /**
     * Puts a finished staging folder in place of the output: files 0644 and folders 0755, then the
     * previous output renamed to a marked sibling, then the staging folder renamed to the output.
     * The previous copy is left for the next bake to sweep.
     */
    public void replaceWith(Path staging) {
        Path previous = null;
        try {
            makeReadable(staging);
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                previous = names.next("previous");
                move(output, previous);
            }
            move(staging, output);
        } catch (IOException e) {
            restore(previous, e);
            throw new UncheckedIOException("cannot move the new site into " + output, e);
        }
    }

    private static void makeReadable(Path staging) throws IOException {
        try {
            FileTrees.makeReadable(staging);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * After a crash between the two renames of a swap there is no output but a previous copy: puts
     * the newest previous copy back. Run it under the lock, before anything is swept.
     *
     * @return the folder that was put back, if one was
     */
    public Optional<Path> recover() {
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Optional<Path> newest =
                leftovers().stream()
                        .filter(p -> SiblingNames.kind(p).equals("previous"))
                        .max(Comparator.comparing(p -> p.getFileName().toString()));
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        try {
            move(newest.get(), output);
            return newest;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot put the previous site " + newest.get() + " back at " + output, e);
        }
    }

    /**
     * Brings the output up to date in place from a staging folder that holds only the files that
     * changed (see {@link OutputPatch}): each is renamed over its namesake, the {@code removed}
     * files are deleted, and the output gets the staging folder's new identity. Needs the {@link
     * #stateFolder()}, which holds the patch's journal until it is done; a patch cut short is
     * finished by {@link #finishPatch()}.
     */
    public void patchWith(Path staging, java.util.Collection<String> removed) {
        Path state =
                stateFolder()
                        .orElseThrow(() -> new IllegalStateException("no state folder to patch"));
        FileTrees.makeReadable(staging);
        OutputPatch.apply(output, staging, removed, state);
        OutputPatch.finish(state);
    }

    /**
     * Finishes an in-place update that an earlier bake began and did not end (a crash, a kill). Run
     * it under the lock, before anything is swept.
     *
     * @return whether there was one to finish
     */
    public boolean finishPatch() {
        Path state = stateFolderPath();
        if (!Files.isDirectory(state, LinkOption.NOFOLLOW_LINKS) || !OutputMarker.isOn(state)) {
            return false;
        }
        if (!OutputPatch.resume(output, state)) {
            return false;
        }
        OutputPatch.finish(state);
        return true;
    }

    /** Puts the previous output back after a failed swap, so a failure never leaves no site. */
    private void restore(Path previous, IOException failure) {
        if (previous != null
                && Files.exists(previous)
                && !Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            try {
                move(previous, output);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** A held lock on the output folder. */
    public interface Lock extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes the output's lock for one build: two bakes into the same folder at once (two terminals,
     * or serve and bake) would otherwise sweep each other's staging folders.
     *
     * @return the lock, or empty when another bake holds it
     */
    public Optional<Lock> lock() {
        return OutputLock.take(output);
    }

    /**
     * Siblings left by earlier bakes of this output: previous outputs, and staging folders of bakes
     * that died. Only folders (not links) whose name has the exact form for this output and that
     * hold the marker; nothing of the user's, and nothing of another output's.
     */
    public List<Path> leftovers() {
        Path parent = output.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(p -> names.matches(p))
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(OutputMarker::isOn)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Deletes a staging folder or a previous copy of this output, its marker last (so a deletion
     * cut short is finished by a later bake); anything else is left alone.
     */
    public void sweep(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.getParent() != null
                && absolute.getParent().equals(output.getParent())
                && names.matches(absolute)
                && Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)
                && OutputMarker.isOn(absolute)) {
            FileTrees.delete(absolute, MARKER);
        }
    }

    /**
     * The folder of this output's private state, {@code .NAME.guide-state} beside the output: what
     * the next bake needs to rebuild only what changed. It is never inside the output, so never
     * published, and holds the marker like every folder a bake makes; a folder of that name without
     * the marker is the user's and is left alone.
     *
     * @return the folder, created when missing; empty when a folder of the user's has the name
     */
    public Optional<Path> stateFolder() {
        Path state = stateFolderPath();
        try {
            if (!Files.exists(state, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(output.getParent());
                Files.createDirectory(state);
                OutputMarker.write(state);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Files.isDirectory(state, LinkOption.NOFOLLOW_LINKS) && OutputMarker.isOn(state)
                ? Optional.of(state)
                : Optional.empty();
    }

    private Path stateFolderPath() {
        return output.resolveSibling("." + output.getFileName() + ".guide-state");
    }

    /** The same for a staging folder that is about to become the output. */
    public Optional<String> identity(Path folder) {
        return OutputMarker.identity(folder);
    }

    /**
     * What identifies the output a bake last put in place: its marker file (made new by every bake)
     * with its file key and time. The state records it, so state that belongs to another output (a
     * bake that stopped between its swap and writing the state) is never trusted.
     */
    public Optional<String> identity() {
        return identity(output);
    }

    private static void move(Path from, Path to) throws IOException {
        FileTrees.rename(from, to, false);
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
