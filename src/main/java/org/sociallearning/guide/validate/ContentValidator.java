package org.sociallearning.guide.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Header;
import org.sociallearning.guide.entry.HeaderParser;
import org.sociallearning.guide.entry.Page;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * Validates a site's {@code content/} folder: entries under {@code content/entries/}, prose pages
 * elsewhere. Reports every problem of every file in one run, then the duplicates across files.
 */
public final class ContentValidator {

    private static final String ENTRIES = "entries";

    private final Path root;
    private final HeaderParser parser;
    private final EntryValidator entryValidator;

    /**
     * @param root the site's source folder; problems name files relative to it
     */
    public ContentValidator(
            Path root, Taxonomy taxonomy, String separator, String datePattern, Clock clock) {
        this.root = Objects.requireNonNull(root, "root");
        this.parser = new HeaderParser(separator);
        this.entryValidator = new EntryValidator(taxonomy, datePattern, clock);
    }

    /** Validates every Markdown file under the content folder. */
    public ValidationReport validateAll(Path contentFolder) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentFolder)) {
            files =
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".md"))
                            .sorted()
                            .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + contentFolder, e);
        }
        return validate(contentFolder, files);
    }

    /**
     * Validates the given files, which must lie in the content folder. Files are read in parallel.
     */
    public ValidationReport validate(Path contentFolder, List<Path> files) {
        List<FileResult> results =
                files.parallelStream().map(f -> validateFile(contentFolder, f)).toList();
        List<Problem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (FileResult result : results) {
            problems.addAll(result.problems());
            result.entry().ifPresent(entries::add);
            result.page().ifPresent(pages::add);
        }
        problems.addAll(duplicates(entries));
        return new ValidationReport(entries, pages, problems);
    }

    /** What one file held: an entry or a page when it was sound, and its problems. */
    private record FileResult(Optional<Entry> entry, Optional<Page> page, List<Problem> problems) {}

    private FileResult validateFile(Path contentFolder, Path file) {
        Path shown = display(file);
        List<Problem> problems = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(
                    Problem.error(SourceLocation.of(shown), "cannot read file: " + e.getMessage()));
            return new FileResult(Optional.empty(), Optional.empty(), problems);
        }
        HeaderParser.Result parsed = parser.parse(shown, bytes);
        problems.addAll(parsed.problems());
        if (parsed.header().isEmpty()) {
            return new FileResult(Optional.empty(), Optional.empty(), problems);
        }
        Header header = parsed.header().get();
        boolean inEntries = isEntryFile(contentFolder, file);
        checkSlug(shown, problems);
        checkType(header, inEntries ? "entry" : "page", problems);
        if (inEntries) {
            return new FileResult(
                    entryValidator.validate(EntryValidator.slugOf(file), header, problems),
                    Optional.empty(),
                    problems);
        }
        return new FileResult(Optional.empty(), page(header, file, problems), problems);
    }

    private Optional<Page> page(Header header, Path file, List<Problem> problems) {
        int before = problems.size();
        new HeaderFieldsCheck(FieldSpec.PAGE_REQUIRED, FieldSpec.PAGE_OPTIONAL)
                .check(header, problems);
        String title = EntryValidator.text(header, "title", FieldSpec.MAX_TITLE, problems);
        String summary = EntryValidator.text(header, "summary", FieldSpec.MAX_SUMMARY, problems);
        boolean published = entryValidator.status(header, problems);
        Optional<java.time.LocalDate> date = entryValidator.date(header, "date", problems);
        if (problems.subList(before, problems.size()).stream().anyMatch(Problem::isError)) {
            return Optional.empty();
        }
        String slug = EntryValidator.slugOf(file);
        return Optional.of(
                new Page(
                        slug,
                        title,
                        published,
                        date.orElseThrow(),
                        summary,
                        header.body(),
                        header.file()));
    }

    private static void checkType(Header header, String expected, List<Problem> problems) {
        header.value("type")
                .filter(t -> !t.equals(expected))
                .ifPresent(
                        t ->
                                problems.add(
                                        Problem.error(
                                                header.locationOf("type"),
                                                "type \""
                                                        + t
                                                        + "\" does not belong here; files "
                                                        + (expected.equals("entry")
                                                                ? "under content/entries/"
                                                                : "outside content/entries/")
                                                        + " have type="
                                                        + expected,
                                                expected.equals("entry")
                                                        ? "write type=entry"
                                                        : "move entries into content/entries/")));
    }

    private static void checkSlug(Path shown, List<Problem> problems) {
        String slug = EntryValidator.slugOf(shown);
        if (!slug.matches(FieldSpec.SLUG)) {
            problems.add(
                    Problem.error(
                            SourceLocation.of(shown),
                            "file name \"" + shown.getFileName() + "\" is not a valid slug",
                            "use lowercase letters, digits and single hyphens, e.g. "
                                    + suggestSlug(slug)
                                    + ".md"));
        } else if (slug.length() > 60) {
            problems.add(
                    Problem.error(
                            SourceLocation.of(shown),
                            "file name is "
                                    + slug.length()
                                    + " characters long; at most 60 are allowed",
                            "shorten the file name"));
        }
    }

    static String suggestSlug(String name) {
        String s =
                java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "my-entry" : s;
    }

    private static List<Problem> duplicates(List<Entry> entries) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Entry> byUrl = new HashMap<>();
        Map<String, Entry> byTitle = new HashMap<>();
        for (Entry entry : entries) {
            Entry sameUrl = byUrl.putIfAbsent(UrlRules.normalise(entry.url()), entry);
            if (sameUrl != null) {
                problems.add(
                        Problem.error(
                                SourceLocation.of(entry.source()),
                                "url " + entry.url() + " is already listed by " + sameUrl.source(),
                                "one entry per resource: merge the two files or link a different page"));
            }
            Entry sameTitle = byTitle.putIfAbsent(entry.title().toLowerCase(Locale.ROOT), entry);
            if (sameTitle != null) {
                problems.add(
                        Problem.error(
                                SourceLocation.of(entry.source()),
                                "title \""
                                        + entry.title()
                                        + "\" is already used by "
                                        + sameTitle.source(),
                                "make the title say what is different about this resource"));
            }
        }
        return problems;
    }

    private static boolean isEntryFile(Path contentFolder, Path file) {
        Path relative =
                contentFolder
                        .toAbsolutePath()
                        .normalize()
                        .relativize(file.toAbsolutePath().normalize());
        return relative.getNameCount() > 1 && relative.getName(0).toString().equals(ENTRIES);
    }

    private Path display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : file;
    }
}
