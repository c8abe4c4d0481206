package org.sociallearning.guide.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Brings an output up to date in place from a staging folder that holds only what changed: every
 * file of the staging folder is renamed over its namesake in the output, files that are gone are
 * deleted, and the staging folder's new marker takes the place of the output's, so the output's
 * identity changes. A bake that changes a few pages of ten thousand moves a few files instead of
 * making ten thousand links and folders.
 *
 * <p>Each rename is atomic, so a reader (the preview's server, a browser) sees every file either
 * old or new. The whole is made safe by a redo journal: before the first rename, the list of moves
 * and deletions is written to the state folder; a bake that stops half way (a crash, a kill) leaves
 * the journal, and the next bake {@linkplain #resume(Path, Path) finishes the patch} before doing
 * anything else. So the output is always either the previous site or the new one once the tool runs
 * again, and never lost. Only what the journal lists, inside the output, is ever touched.
 */
final class OutputPatch {

    /** The journal's name in the state folder. */
    static final String JOURNAL = "patch.journal";

    private static final String FORMAT = "guide-patch 1";

    /** The output's next marker, in the state folder until the patch's last step. */
    private static final String NEXT_MARKER = "next-marker";

    private OutputPatch() {}

    /**
     * Applies a checked staging folder to the output.
     *
     * @param removed files of the output (relative paths with {@code /}) that the new site no
     *     longer has; only files are deleted, then the folders they leave empty
     */
    static void apply(Path output, Path staging, Collection<String> removed, Path stateFolder) {
        List<String> moved = filesIn(staging);
        List<String> lines = new ArrayList<>();
        lines.add(FORMAT);
        lines.add(staging.getFileName().toString());
        moved.forEach(p -> lines.add("M " + p));
        new TreeSet<>(removed).forEach(p -> lines.add("D " + p));
        Path journal = stateFolder.resolve(JOURNAL);
        try {
            // The output's new marker waits in the state folder: the staging folder keeps its
            // own, so that what is left of it is still the tool's to sweep.
            Files.deleteIfExists(stateFolder.resolve(NEXT_MARKER));
            OutputMarker.write(stateFolder, NEXT_MARKER);
            FileTrees.makeReadable(stateFolder.resolve(NEXT_MARKER));
            Path temp = stateFolder.resolve(JOURNAL + ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            move(temp, journal);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the patch journal " + journal, e);
        }
        replay(output, staging, stateFolder, lines);
    }

    /**
     * Finishes a patch that a bake began and did not end, if the state folder holds its journal.
     *
     * @return whether there was one
     */
    static boolean resume(Path output, Path stateFolder) {
        Path journal = stateFolder.resolve(JOURNAL);
        if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the patch journal " + journal, e);
        }
        if (lines.size() < 2
                || !lines.get(0).equals(FORMAT)
                || !new SiblingNames(output).matches(output.resolveSibling(lines.get(1)))) {
            deleteQuietly(journal); // not a journal this tool wrote: nothing of it is followed
            return false;
        }
        replay(output, output.resolveSibling(lines.get(1)), stateFolder, lines);
        return true;
    }

    /** Does what the journal says; every step may already have been done. */
    private static void replay(Path output, Path staging, Path stateFolder, List<String> lines) {
        List<Path> emptied = new ArrayList<>();
        try {
            for (String line : lines.subList(2, lines.size())) {
                Optional<String> path = inside(line.substring(2));
                if (path.isEmpty()) {
                    continue;
                }
                Path target = output.resolve(path.get());
                if (line.startsWith("M ")) {
                    Path from = staging.resolve(path.get());
                    if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
                        folders(output, target.getParent());
                        move(from, target);
                    }
                } else if (line.startsWith("D ")) {
                    if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(target);
                    }
                    emptied.add(target.getParent());
                }
            }
            for (Path folder : emptied) {
                prune(output, staging, folder);
            }
            Path marker = stateFolder.resolve(NEXT_MARKER);
            if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
                move(marker, output.resolve(OutputMarker.NAME));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + output + " in place", e);
        }
    }

    /** Deletes folders a deletion left empty, up to the output, unless the new site has them. */
    private static void prune(Path output, Path staging, Path folder) throws IOException {
        for (Path f = folder; f != null && f.startsWith(output) && !f.equals(output); ) {
            if (Files.isDirectory(staging.resolve(output.relativize(f).toString()))) {
                return; // an empty folder the new site has (an empty assets folder)
            }
            try {
                Files.delete(f);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
            f = f.getParent();
        }
    }

    /** Makes the folders up to a file's folder, 0755 whatever the umask. */
    private static void folders(Path output, Path folder) throws IOException {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        folders(output, folder.getParent());
        Files.createDirectory(folder);
        FileTrees.makeReadable(folder); // 0755, as every folder a bake makes
    }

    /** A journal path, when it names a place inside the output. */
    private static Optional<String> inside(String path) {
        if (path.isEmpty()
                || path.startsWith("/")
                || path.contains("\\")
                || path.contains("\0")
                || List.of(path.split("/", -1)).stream()
                        .anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /** Every regular file in the staging folder but its marker, by relative path. */
    private static List<String> filesIn(Path staging) {
        List<String> files = new ArrayList<>();
        try {
            Files.walkFileTree(
                    staging,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                            String path = staging.relativize(file).toString().replace('\\', '/');
                            if (a.isRegularFile() && !path.equals(OutputMarker.NAME)) {
                                files.add(path);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staging folder " + staging, e);
        }
        files.sort(null);
        return files;
    }

    /** Deletes the journal once its patch is done. */
    static void finish(Path stateFolder) {
        deleteQuietly(stateFolder.resolve(JOURNAL));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next bake replays it again: every step is idempotent
        }
    }

    private static void move(Path from, Path to) throws IOException {
        FileTrees.rename(from, to, true);
    }
}
