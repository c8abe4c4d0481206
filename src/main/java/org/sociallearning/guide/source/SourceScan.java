package org.sociallearning.guide.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sociallearning.guide.entry.HeaderParser;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;

/**
 * Looks at every input of a site before anything is read: {@code jbake.properties} and everything
 * under {@code content/}, {@code templates/}, {@code assets/}, {@code data/} and {@code .cache/}
 * must be a regular file or a folder whose real path lies inside the source folder. A symbolic link
 * (to a file or a folder, inside or outside), a device, a FIFO or a socket is a problem at its
 * path, never followed or read: a pull request could otherwise publish the machine's files, or
 * print them in errors. Entries and pages larger than {@link HeaderParser#MAX_FILE_BYTES} are
 * problems too.
 */
public final class SourceScan {

    private static final String HINT =
            "the guide reads only regular files inside the source folder: replace the link with"
                    + " the file itself, or delete it";

    private final SiteSource source;

    public SourceScan(SiteSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Problems with the inputs' kinds and places; empty when every input may be read. */
    public List<Problem> problems() {
        return scan(
                (realRoot, problems) -> {
                    checkFile(source.properties(), realRoot, problems);
                    for (Path folder : startingPoints()) {
                        walk(folder, realRoot, problems);
                    }
                });
    }

    /**
     * The same checks for some paths only: files a watcher saw change below the starting points,
     * which the last full scan found inside the source folder (a path that no longer exists is not
     * a problem here).
     */
    public List<Problem> problemsOf(java.util.Collection<Path> paths) {
        return scan(
                (realRoot, problems) -> {
                    for (Path path : new java.util.TreeSet<>(paths)) {
                        checkFile(path.toAbsolutePath().normalize(), realRoot, problems);
                    }
                });
    }

    /** Runs checks against the source folder's real path, collecting their problems. */
    private List<Problem> scan(java.util.function.BiConsumer<Path, List<Problem>> checks) {
        Path realRoot;
        try {
            realRoot = source.root().toRealPath();
        } catch (IOException e) {
            return List.of(
                    Problem.error(
                            SourceLocation.of(source.root()), "cannot read the source folder"));
        }
        List<Problem> problems = new ArrayList<>();
        checks.accept(realRoot, problems);
        return List.copyOf(problems);
    }

    private void checkFile(Path file, Path realRoot, List<Problem> problems) {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(
                            file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            check(file, attributes, realRoot, problems);
        } catch (NoSuchFileException e) {
            // reported by the reader that needs it
        } catch (IOException e) {
            problems.add(Problem.error(at(file), "cannot read: " + e.getMessage()));
        }
    }

    private void walk(Path folder, Path realRoot, List<Problem> problems) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            // Without FOLLOW_LINKS the walk reports a link as a file and never descends into it.
            Files.walkFileTree(
                    folder,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(
                                Path dir, BasicFileAttributes attributes) {
                            return check(dir, attributes, realRoot, problems)
                                    ? FileVisitResult.CONTINUE
                                    : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(
                                Path file, BasicFileAttributes attributes) {
                            check(file, attributes, realRoot, problems);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(
                                    Problem.error(
                                            at(file),
                                            "cannot read: " + e.getClass().getSimpleName()));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(Problem.error(at(folder), "cannot list: " + e.getClass().getSimpleName()));
        }
    }

    /** Whether the path may be read; adds a problem when it may not. */
    private boolean check(
            Path path, BasicFileAttributes attributes, Path realRoot, List<Problem> problems) {
        if (attributes.isSymbolicLink()) {
            problems.add(
                    Problem.error(
                            at(path),
                            "is a symbolic link; links are never followed, read or published",
                            HINT));
            return false;
        }
        if (!attributes.isRegularFile() && !attributes.isDirectory()) {
            problems.add(
                    Problem.error(
                            at(path),
                            "is not a regular file (a device, a FIFO or a socket); it is never"
                                    + " read or published",
                            "delete it"));
            return false;
        }
        // Below a folder that lies inside, a walk that follows no links stays inside: only the
        // walk's own starting points need their real path resolved (one lstat per path segment).
        boolean top = path.equals(source.properties()) || !isBelowAStartingPoint(path);
        if (top && !insideRoot(path, realRoot)) {
            problems.add(
                    Problem.error(
                            at(path),
                            "lies outside the source folder; it is never read or published",
                            HINT));
            return false;
        }
        if (attributes.isRegularFile()
                && path.startsWith(source.content())
                && attributes.size() > HeaderParser.MAX_FILE_BYTES) {
            problems.add(
                    Problem.error(
                            at(path),
                            "is "
                                    + attributes.size() / 1024
                                    + " KB; entries and pages may be at most "
                                    + HeaderParser.MAX_FILE_BYTES / 1024
                                    + " KB",
                            "shorten it: an entry describes a resource, it does not hold it"));
        }
        return true;
    }

    private boolean isBelowAStartingPoint(Path path) {
        return startingPoints().stream().anyMatch(f -> path.startsWith(f) && !path.equals(f));
    }

    private List<Path> startingPoints() {
        return List.of(
                source.content(),
                source.templates(),
                source.assets(),
                source.root().resolve("data"),
                // the link checker's cache, which the bake reads (a pull request could commit it,
                // ignored or not)
                source.root().resolve(".cache"));
    }

    private static boolean insideRoot(Path path, Path realRoot) {
        try {
            return path.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private SourceLocation at(Path path) {
        return SourceLocation.of(Inputs.display(source, path));
    }
}
