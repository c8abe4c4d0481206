package org.sociallearning.guide.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource in the guide, as its contributor described it: the fields of DESIGN.md's entry
 * format, already checked against the taxonomy, plus its Markdown body and source file.
 */
public record Entry(
        String slug,
        String title,
        boolean published,
        LocalDate date,
        String kind,
        List<String> areas,
        List<String> modes,
        String provider,
        String url,
        String summary,
        String cost,
        String format,
        Optional<String> pace,
        List<String> languages,
        Optional<LocalDate> reviewed,
        List<String> tags,
        String body,
        Path source) {

    public Entry {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        areas = List.copyOf(areas);
        modes = List.copyOf(modes);
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pace, "pace");
        languages = List.copyOf(languages);
        Objects.requireNonNull(reviewed, "reviewed");
        tags = List.copyOf(tags);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(source, "source");
        if (areas.isEmpty() || modes.isEmpty() || languages.isEmpty()) {
            throw new IllegalArgumentException(
                    "an entry needs at least one area, mode and language");
        }
    }

    /** When the entry last changed: the later of the day it joined and its last review. */
    public LocalDate lastModified() {
        return reviewed.filter(r -> r.isAfter(date)).orElse(date);
    }

    /** The entry's grid cells, as (area, mode) pairs in header order. */
    public List<List<String>> cells() {
        return areas.stream().flatMap(a -> modes.stream().map(m -> List.of(a, m))).toList();
    }
}
