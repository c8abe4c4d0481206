package org.sociallearning.guide.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A prose page of the site, such as About or Contribute: a title, a summary and a Markdown body.
 */
public record Page(
        String slug,
        String title,
        boolean published,
        LocalDate date,
        String summary,
        String body,
        Path source) {

    public Page {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(source, "source");
    }
}
