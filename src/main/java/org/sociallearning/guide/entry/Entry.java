package org.sociallearning.guide.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource in the guide, as its contributor described it: the guide's own fields, its facet
 * values (already checked against the taxonomy), the public pages that confirm its facts ({@code
 * sources}), its Markdown body and source file. A new plain field is a new component here, read in
 * {@code EntryValidator} and listed in {@code FieldSpec}.
 */
public record Entry(
        String slug,
        String title,
        boolean published,
        LocalDate date,
        String provider,
        String url,
        String summary,
        FacetValues facets,
        Optional<LocalDate> reviewed,
        List<String> sources,
        List<String> tags,
        String body,
        Path source) {

    /** The longest title an entry may have, in characters. */
    public static final int MAX_TITLE = 100;

    /** The longest summary an entry may have, in characters. */
    public static final int MAX_SUMMARY = 160;

    /** After how many months since its last review an entry is due for review again. */
    public static final int REVIEW_DUE_AFTER_MONTHS = 18;

    public Entry {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(facets, "facets");
        Objects.requireNonNull(reviewed, "reviewed");
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(source, "source");
    }

    /** When the entry last changed: the later of the day it joined and its last review. */
    public LocalDate lastModified() {
        return reviewed.filter(r -> r.isAfter(date)).orElse(date);
    }

    /**
     * Whether the entry's last review is more than {@link #REVIEW_DUE_AFTER_MONTHS} months before a
     * day (an entry never reviewed is not "due": it is not yet reviewed).
     */
    public boolean dueForReview(LocalDate today) {
        return reviewed.filter(r -> r.isBefore(today.minusMonths(REVIEW_DUE_AFTER_MONTHS)))
                .isPresent();
    }

    /** The same entry with another body (an empty one: all of it that shows beyond its page). */
    public Entry withBody(String other) {
        return new Entry(
                slug, title, published, date, provider, url, summary, facets, reviewed, sources,
                tags, other, source);
    }

    /** The values of one facet, by field. */
    public List<String> values(String field) {
        return facets.of(field);
    }
}
