package org.sociallearning.guide.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;

/**
 * The files of a content folder: which to validate (all, or those a user named), which are entries,
 * and files that will never be published because they are not Markdown.
 */
final class ContentFiles {

    /** The Markdown files to validate, and problems with the paths themselves. */
    record Selection(List<Path> files, List<Problem> problems) {
        Selection {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private final Path folder;
    private final UnaryOperator<Path> display;
    private final Set<String> reserved;

    /**
     * @param reserved the first path segments the site uses itself, which no page may take
     */
    ContentFiles(Path folder, UnaryOperator<Path> display, Set<String> reserved) {
        this.folder = folder.toAbsolutePath().normalize();
        this.display = display;
        this.reserved = Set.copyOf(reserved);
    }

    /** The content folder, absolute. */
    Path folder() {
        return folder;
    }

    /** Whether a path names a Markdown file (that exists or not) in the content folder. */
    boolean isMarkdownInside(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(folder) && !absolute.equals(folder) && isMarkdown(absolute);
    }

    Selection all() {
        return select(List.of(folder));
    }

    /** The files named, and every Markdown file under the folders named. */
    Selection select(List<Path> paths) {
        Set<Path> files = new java.util.LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(
                        Problem.error(
                                SourceLocation.of(display.apply(absolute)),
                                "no such file or folder",
                                "name entries as content/entries/<slug>.md"));
            } else if (!absolute.startsWith(folder)) {
                problems.add(
                        Problem.error(
                                SourceLocation.of(display.apply(absolute)),
                                "is not in the content folder " + display.apply(folder),
                                "entries live in content/entries/"));
            } else {
                for (Path file : walk(absolute)) {
                    if (isMarkdown(file)) {
                        files.add(file);
                    } else if (!file.getFileName().toString().startsWith(".")) {
                        problems.add(notMarkdown(file));
                    }
                }
            }
        }
        List<Path> sorted = new ArrayList<>(files);
        if (paths.size() > 1) {
            sorted.sort(null); // each walk is sorted: only several need sorting together
        }
        return new Selection(sorted, problems);
    }

    /**
     * Why a file may not be where it is: every file becomes a page at a URL made from its name
     * alone, so entries live directly in content/entries/, pages directly in content/, and a page
     * may not take a name the site uses for its own pages.
     */
    Optional<Problem> misplaced(Path file) {
        Path relative = folder.relativize(file.toAbsolutePath().normalize());
        SourceLocation at = new SourceLocation(display.apply(file), 1, 1);
        if (isEntry(file) && relative.getNameCount() != 2) {
            return Optional.of(
                    Problem.error(
                            at,
                            "entries live directly in content/entries/, not in a subfolder",
                            "move it to content/entries/" + file.getFileName()));
        }
        if (!isEntry(file) && relative.getNameCount() != 1) {
            return Optional.of(
                    Problem.error(
                            at,
                            "pages live directly in content/, not in a subfolder",
                            "move it to content/"
                                    + file.getFileName()
                                    + ", or to content/entries/ if it is an entry"));
        }
        String slug = FileNameRules.slugOf(file);
        if (!isEntry(file) && reserved.contains(slug)) {
            return Optional.of(
                    Problem.error(
                            at,
                            "a page named \""
                                    + slug
                                    + "\" would replace the site's own "
                                    + slug
                                    + "/ pages",
                            "choose another file name"));
        }
        return Optional.empty();
    }

    boolean isEntry(Path file) {
        Path relative = folder.relativize(file.toAbsolutePath().normalize());
        return relative.getNameCount() > 1 && relative.getName(0).toString().equals("entries");
    }

    /** Every entry file that is not among the given ones. */
    List<Path> otherEntries(List<Path> selected) {
        Path entries = folder.resolve("entries");
        if (!Files.isDirectory(entries)) {
            return List.of();
        }
        Set<Path> taken = new HashSet<>(selected);
        return walk(entries).stream()
                .filter(ContentFiles::isMarkdown)
                .filter(f -> !taken.contains(f))
                .toList();
    }

    private Problem notMarkdown(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return Problem.warning(
                new SourceLocation(display.apply(file), 1, 1),
                "\"" + name + "\" is not a .md file, so it is neither checked nor published",
                "rename it to " + base.replaceAll("\\.md$", "") + ".md");
    }

    private static boolean isMarkdown(Path file) {
        return file.getFileName().toString().endsWith(".md");
    }

    /** The regular files under a folder (absolute and normal, as the folder is), sorted. */
    private static List<Path> walk(Path start) {
        // Links are never followed: the source scan reports them, and they are not read. The
        // walk's own look at each file says whether it is regular: no second one per file.
        try (Stream<Path> walk =
                Files.find(start, Integer.MAX_VALUE, (p, a) -> a.isRegularFile())) {
            return walk.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + start, e);
        }
    }
}
