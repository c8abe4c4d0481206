package org.sociallearning.guide.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Header;
import org.sociallearning.guide.entry.HeaderParser;
import org.sociallearning.guide.entry.Page;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.Severity;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * Validates a site's {@code content/} folder: entries under {@code content/entries/}, prose pages
 * elsewhere. Reports every problem of every file in one run, then the duplicates across files.
 */
public final class ContentValidator {

    private final Path root;
    private final HeaderParser parser;
    private final EntryValidator entryValidator;
    private final Set<String> reserved;
    private final ValidationCache cache;
    private final List<Object> rules;

    /**
     * @param root the site's source folder; problems name files relative to it
     * @param reserved the first path segments the site uses itself (its own pages, the facets'
     *     paths, the assets' folders), which no prose page may take
     */
    public ContentValidator(
            Path root,
            Taxonomy taxonomy,
            String separator,
            String datePattern,
            Clock clock,
            Set<String> reserved) {
        this(root, taxonomy, separator, datePattern, clock, reserved, ValidationCache.none());
    }

    /**
     * @param cache results of earlier validations to reuse for files that did not change
     */
    public ContentValidator(
            Path root,
            Taxonomy taxonomy,
            String separator,
            String datePattern,
            Clock clock,
            Set<String> reserved,
            ValidationCache cache) {
        this.root = Objects.requireNonNull(root, "root");
        this.reserved = Set.copyOf(reserved);
        this.parser = new HeaderParser(separator);
        this.entryValidator = new EntryValidator(taxonomy, datePattern, clock);
        this.cache = Objects.requireNonNull(cache, "cache");
        // What a file's result depends on besides its bytes and its path.
        this.rules =
                List.of(
                        root.toAbsolutePath().normalize(),
                        taxonomy,
                        separator,
                        datePattern,
                        this.reserved,
                        LocalDate.now(clock));
    }

    /** Validates every Markdown file under the content folder. */
    public ValidationReport validateAll(Path contentFolder) {
        return validate(contentFolder, List.of());
    }

    /**
     * Validates the given files and folders, which must lie in the content folder; none means the
     * whole folder. Duplicates are looked for across all entries, but reported only for the files
     * validated. Files are read in parallel.
     */
    public ValidationReport validate(Path contentFolder, List<Path> paths) {
        ContentFiles content = new ContentFiles(contentFolder, this::display, reserved);
        ContentFiles.Selection selection = paths.isEmpty() ? content.all() : content.select(paths);
        cache.useRules(rules);
        List<FileResult> results =
                selection.files().parallelStream().map(f -> result(content, f, true)).toList();
        if (paths.isEmpty()) {
            cache.keepOnly(selection.files());
            cache.listed(
                    new ValidationCache.Listing(
                            content.folder(), selection.files(), selection.problems()));
        }
        return report(content, selection.files(), selection.problems(), results, !paths.isEmpty());
    }

    /**
     * Validates the whole content folder again when only the given files changed since the last
     * full validation with the same cache (a watcher knows them): those are read, every other
     * file's result is the one kept, and no other file is looked at.
     *
     * @return empty when the changes are not only Markdown files in the content folder, or there is
     *     no full validation to start from: validate everything then
     */
    public Optional<ValidationReport> validateChanged(Path contentFolder, Set<Path> changed) {
        ContentFiles content = new ContentFiles(contentFolder, this::display, reserved);
        cache.useRules(rules);
        Optional<ValidationCache.Listing> listing = cache.listing(content.folder());
        if (listing.isEmpty() || !changed.stream().allMatch(p -> content.isMarkdownInside(p))) {
            return Optional.empty();
        }
        Set<Path> read = new java.util.HashSet<>();
        changed.forEach(p -> read.add(p.toAbsolutePath().normalize()));
        List<Path> known = listing.get().files();
        boolean same =
                read.stream()
                        .allMatch(
                                f ->
                                        Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                                                && cache.peek(f, FileResult.class).isPresent());
        List<Path> all = known;
        if (!same) { // files added or deleted: list them again
            java.util.TreeSet<Path> files = new java.util.TreeSet<>(known);
            for (Path file : read) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(file);
                } else {
                    files.remove(file); // deleted, or no longer a file (the source scan says why)
                }
            }
            all = List.copyOf(files);
            cache.keepOnly(all);
            cache.listed(
                    new ValidationCache.Listing(content.folder(), all, listing.get().problems()));
        }
        List<FileResult> results =
                all.parallelStream().map(f -> result(content, f, read.contains(f))).toList();
        return Optional.of(report(content, all, listing.get().problems(), results, false));
    }

    /** A file's result; one not {@code looked at} is taken as kept when the cache has it. */
    private FileResult result(ContentFiles content, Path file, boolean lookAt) {
        if (!lookAt) {
            // Kept only for a file in its place: where a file lies does not change its place.
            Optional<FileResult> kept = cache.peek(file, FileResult.class);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        Optional<Problem> misplaced = content.misplaced(file);
        if (misplaced.isPresent()) {
            return FileResult.misplaced(misplaced.get());
        }
        return validateKept(content, file);
    }

    private ValidationReport report(
            ContentFiles content,
            List<Path> files,
            List<Problem> listingProblems,
            List<FileResult> results,
            boolean someFiles) {
        List<Problem> problems = new ArrayList<>(listingProblems);
        List<Entry> entries = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        Duplicates duplicates = new Duplicates();
        for (FileResult result : results) {
            if (!result.problems().isEmpty()) {
                problems.addAll(capWarnings(result.problems()));
            }
            result.entry().ifPresent(entries::add);
            result.page().ifPresent(pages::add);
            result.entryHeader().ifPresent(h -> duplicates.add(h, result.claims(), true));
        }
        if (someFiles) {
            content.otherEntries(files).stream()
                    .map(f -> parser.parse(display(f), read(f).orElse(new byte[0])).header())
                    .flatMap(Optional::stream)
                    .forEach(h -> duplicates.add(h, false));
        }
        problems.addAll(duplicates.problems());
        return new ValidationReport(entries, pages, problems);
    }

    /** A file's result: the one kept when the file did not change, otherwise found now. */
    private FileResult validateKept(ContentFiles content, Path file) {
        return cache.result(
                file,
                ContentValidator::read,
                bytes -> validateFile(file, content.isEntry(file), bytes),
                FileResult.class);
    }

    /** The most warnings, and errors, reported for one file; a flood of them hides the rest. */
    static final int MAX_WARNINGS_PER_FILE = 10;

    static final int MAX_ERRORS_PER_FILE = 20;

    /** A file's problems, at most so many of each severity, then a count of the rest. */
    static List<Problem> capWarnings(List<Problem> problems) {
        List<Problem> kept = new ArrayList<>();
        List<Problem> droppedErrors = new ArrayList<>();
        List<Problem> droppedWarnings = new ArrayList<>();
        int warnings = 0;
        int errors = 0;
        for (Problem p : problems) {
            if (p.isError()
                    ? ++errors <= MAX_ERRORS_PER_FILE
                    : ++warnings <= MAX_WARNINGS_PER_FILE) {
                kept.add(p);
            } else {
                (p.isError() ? droppedErrors : droppedWarnings).add(p);
            }
        }
        if (!droppedErrors.isEmpty()) {
            kept.add(more(droppedErrors, Severity.ERROR, "error"));
        }
        if (!droppedWarnings.isEmpty()) {
            kept.add(more(droppedWarnings, Severity.WARNING, "warning"));
        }
        return kept;
    }

    /** "and N more warnings in this file", at the first one left out. */
    private static Problem more(List<Problem> dropped, Severity severity, String noun) {
        int count = dropped.size();
        return new Problem(
                dropped.get(0).location(),
                severity,
                "and " + count + " more " + noun + (count == 1 ? "" : "s") + " in this file",
                "fix the " + noun + "s above, then validate again to see the rest");
    }

    /**
     * What one file held: an entry or a page when it was sound, the header of an entry file for the
     * duplicate check, and its problems.
     */
    record FileResult(
            Optional<Entry> entry,
            Optional<Page> page,
            Optional<Header> entryHeader,
            List<Problem> problems,
            Duplicates.Keys claims) {
        FileResult {
            problems = List.copyOf(problems);
        }

        FileResult(
                Optional<Entry> entry,
                Optional<Page> page,
                Optional<Header> entryHeader,
                List<Problem> problems) {
            this(
                    entry,
                    page,
                    entryHeader,
                    problems,
                    entryHeader
                            .map(Duplicates.Keys::of)
                            .orElse(
                                    new Duplicates.Keys(
                                            Optional.empty(), "", Optional.empty(), "")));
        }

        static FileResult misplaced(Problem problem) {
            return new FileResult(
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(problem));
        }
    }

    /**
     * A file's bytes, never through a link and never more than the limit (the source scan reports a
     * larger file; one that grew since is not read).
     */
    private static Optional<byte[]> read(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(HeaderParser.MAX_FILE_BYTES + 1);
            return bytes.length > HeaderParser.MAX_FILE_BYTES
                    ? Optional.empty()
                    : Optional.of(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private FileResult validateFile(Path file, boolean inEntries, Optional<byte[]> bytes) {
        Path shown = display(file);
        if (bytes.isEmpty()) {
            return new FileResult(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    List.of(
                            Problem.error(
                                    new SourceLocation(shown, 1, 1),
                                    "cannot read file",
                                    "check that the file exists and is readable")));
        }
        return validateBytes(shown, inEntries, bytes.get());
    }

    /** Validates one file's bytes; {@code shown} is the path problems name. */
    FileResult validateBytes(Path shown, boolean inEntries, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        HeaderParser.Result parsed = parser.parse(shown, bytes);
        problems.addAll(parsed.problems());
        FileNameRules.check(shown, problems);
        if (parsed.header().isEmpty()) {
            return new FileResult(Optional.empty(), Optional.empty(), Optional.empty(), problems);
        }
        Header header = parsed.header().get();
        checkType(header, inEntries ? "entry" : "page", problems);
        boolean sound = problems.stream().noneMatch(Problem::isError);
        if (inEntries) {
            Optional<Entry> entry =
                    entryValidator.validate(FileNameRules.slugOf(shown), header, problems);
            return new FileResult(
                    entry.filter(e -> sound), Optional.empty(), Optional.of(header), problems);
        }
        Optional<Page> page = page(header, problems).filter(p -> sound);
        return new FileResult(Optional.empty(), page, Optional.empty(), problems);
    }

    private Optional<Page> page(Header header, List<Problem> problems) {
        int before = problems.size();
        new HeaderFieldsCheck(FieldSpec.PAGE_REQUIRED, FieldSpec.PAGE_OPTIONAL)
                .check(header, problems);
        String title = EntryValidator.text(header, "title", FieldSpec.MAX_TITLE, problems);
        String summary = EntryValidator.text(header, "summary", FieldSpec.MAX_SUMMARY, problems);
        boolean published = entryValidator.status(header, problems);
        Optional<LocalDate> date = entryValidator.date(header, "date", problems);
        List<String> includes = PageIncludes.read(header, problems);
        if (problems.subList(before, problems.size()).stream().anyMatch(Problem::isError)) {
            return Optional.empty();
        }
        return Optional.of(
                new Page(
                        FileNameRules.slugOf(header.file()),
                        title,
                        published,
                        date.orElseThrow(),
                        summary,
                        header.body(),
                        includes,
                        header.file()));
    }

    private static void checkType(Header header, String expected, List<Problem> problems) {
        Optional<String> type = header.value("type");
        if (type.isEmpty() || type.get().equals(expected)) {
            return;
        }
        boolean entry = expected.equals("entry");
        problems.add(
                Problem.error(
                        header.locationOf("type"),
                        "type \""
                                + type.get()
                                + "\" does not belong here; files "
                                + (entry ? "under content/entries/" : "outside content/entries/")
                                + " have type="
                                + expected,
                        entry || !type.get().equals("entry")
                                ? "write type=" + expected
                                : "move entries into content/entries/"));
    }

    private Path display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : file;
    }
}
