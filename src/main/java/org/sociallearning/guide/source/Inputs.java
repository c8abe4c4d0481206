package org.sociallearning.guide.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.entry.TaxonomyReader;
import org.sociallearning.guide.site.SitePaths;
import org.sociallearning.guide.site.SiteSettings;
import org.sociallearning.guide.site.SiteSettingsReader;
import org.sociallearning.guide.validate.ContentValidator;
import org.sociallearning.guide.validate.ValidationCache;
import org.sociallearning.guide.validate.ValidationReport;

/**
 * A site's inputs, read and validated: settings, taxonomy and content. What {@code validate}
 * reports and what {@code bake} starts from.
 */
public record Inputs(
        SiteSource source,
        Optional<SiteSettings> settings,
        Optional<Taxonomy> taxonomy,
        ValidationReport report) {

    public boolean hasErrors() {
        return settings.isEmpty() || taxonomy.isEmpty() || report.hasErrors();
    }

    /** Reads everything; validates the given content files, or all of them when none are given. */
    public static Inputs read(SiteSource source, List<Path> files, Clock clock) {
        return read(source, files, clock, ValidationCache.none());
    }

    /**
     * The same, reusing what {@code cache} kept of files that did not change since it was last used
     * (a long-running preview keeps one).
     */
    public static Inputs read(
            SiteSource source, List<Path> files, Clock clock, ValidationCache cache) {
        return read(source, files, clock, cache, Optional.empty());
    }

    /**
     * The whole site's inputs when a watcher knows exactly which files changed since {@code cache}
     * last saw them all: when they are all Markdown files in the content folder, only they are
     * scanned and read; otherwise everything is.
     */
    public static Inputs readChanged(
            SiteSource source, Clock clock, ValidationCache cache, Set<Path> changed) {
        return read(source, List.of(), clock, cache, Optional.of(changed));
    }

    private static Inputs read(
            SiteSource source,
            List<Path> files,
            Clock clock,
            ValidationCache cache,
            Optional<Set<Path>> changed) {
        Path content = source.content().toAbsolutePath().normalize();
        boolean onlyEntries =
                changed.isPresent()
                        && files.isEmpty()
                        && cache.hasListingOf(content)
                        && changed.get().stream()
                                .map(p -> p.toAbsolutePath().normalize())
                                .allMatch(
                                        p ->
                                                p.startsWith(content)
                                                        && p.getFileName()
                                                                .toString()
                                                                .endsWith(".md"));
        // Links, devices and files outside the source are refused before anything is read.
        List<Problem> problems =
                new ArrayList<>(
                        onlyEntries
                                ? new SourceScan(source).problemsOf(changed.get())
                                : new SourceScan(source).problems());
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Inputs(
                    source,
                    Optional.empty(),
                    Optional.empty(),
                    new ValidationReport(List.of(), List.of(), problems));
        }
        SiteSettingsReader.Result read = new SiteSettingsReader().read(source.properties());
        Optional<SiteSettings> settings = read.settings();
        read.problems().stream().map(p -> relative(source, p)).forEach(problems::add);
        TaxonomyReader.Result taxonomy = new TaxonomyReader().read(source.taxonomy());
        taxonomy.problems().stream().map(p -> relative(source, p)).forEach(problems::add);
        if (settings.isEmpty() || taxonomy.taxonomy().isEmpty()) {
            return new Inputs(
                    source,
                    settings,
                    taxonomy.taxonomy(),
                    new ValidationReport(List.of(), List.of(), problems));
        }
        if (!Files.isDirectory(source.content())) {
            problems.add(
                    Problem.error(
                            SourceLocation.of(display(source, source.content())),
                            "no content folder"));
            return new Inputs(
                    source,
                    settings,
                    taxonomy.taxonomy(),
                    new ValidationReport(List.of(), List.of(), problems));
        }
        ContentValidator validator =
                new ContentValidator(
                        source.root(),
                        taxonomy.taxonomy().get(),
                        settings.get().separator(),
                        settings.get().datePattern(),
                        clock,
                        reserved(source, taxonomy.taxonomy().get()),
                        cache);
        ValidationReport report =
                onlyEntries
                        ? validator
                                .validateChanged(source.content(), changed.get())
                                .orElseGet(() -> validator.validateAll(source.content()))
                        : files.isEmpty()
                                ? validator.validateAll(source.content())
                                : validator.validate(source.content(), files);
        problems.addAll(report.problems());
        return new Inputs(
                source,
                settings,
                taxonomy.taxonomy(),
                new ValidationReport(report.entries(), report.pages(), problems));
    }

    /** The site's own first path segments, its facets' paths and its assets' top-level names. */
    private static Set<String> reserved(SiteSource source, Taxonomy taxonomy) {
        Set<String> reserved = new TreeSet<>(SitePaths.reservedSegments(taxonomy));
        try (Stream<Path> assets = Files.list(source.assets())) {
            assets.map(p -> p.getFileName().toString())
                    .map(name -> name.contains(".") ? name.substring(0, name.indexOf('.')) : name)
                    .filter(name -> !name.isEmpty())
                    .forEach(reserved::add);
        } catch (IOException e) {
            // no assets folder: nothing of it to reserve
        }
        return reserved;
    }

    private static Problem relative(SiteSource source, Problem p) {
        SourceLocation l = p.location();
        return new Problem(
                new SourceLocation(display(source, l.file()), l.line(), l.column()),
                p.severity(),
                p.message(),
                p.hint());
    }

    public static Path display(SiteSource source, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(source.root()) ? source.root().relativize(absolute) : file;
    }
}
