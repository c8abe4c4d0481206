package org.sociallearning.guide.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.FacetValues;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.entry.TaxonomyReader;

/** Entries built in memory for unit tests, with the project's own taxonomy. */
public final class TestEntries {

    /** The project's {@code data/taxonomy.yaml}. */
    public static final Taxonomy TAXONOMY =
            new TaxonomyReader()
                    .read(FixtureSites.projectDir().resolve("data/taxonomy.yaml"))
                    .taxonomy()
                    .orElseThrow();

    private TestEntries() {}

    /** A published entry that joined on 2026-01-01, never reviewed. */
    public static Entry entry(String slug) {
        return entry(slug, true, LocalDate.of(2026, 1, 1), Optional.empty());
    }

    /**
     * An entry with each facet's first value (an open facet's default); a reviewed entry cites one
     * source.
     */
    public static Entry entry(
            String slug, boolean published, LocalDate date, Optional<LocalDate> reviewed) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        TAXONOMY.facets()
                .forEach(
                        f ->
                                values.put(
                                        f.field(),
                                        List.of(
                                                f.isOpen()
                                                        ? f.defaultValue().orElseThrow()
                                                        : f.ids().get(0))));
        return new Entry(
                slug,
                slug,
                published,
                date,
                "p",
                "https://example.org/" + slug,
                "s",
                new FacetValues(values),
                reviewed,
                reviewed.isPresent() ? List.of("https://example.org/" + slug) : List.of(),
                List.of(),
                "b",
                Path.of(slug + ".md"));
    }
}
