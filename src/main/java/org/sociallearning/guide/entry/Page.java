package org.sociallearning.guide.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A prose page of the site, such as About or Contribute: a title, a summary, a Markdown body, and
 * the generated sections it asks for after its body ({@code include=}).
 */
public record Page(
        String slug,
        String title,
        boolean published,
        LocalDate date,
        String summary,
        String body,
        List<String> includes,
        Path source) {

    /** "State of the guide": entries, recent reviews, verified links and thin grid cells. */
    public static final String STATE_OF_THE_GUIDE = "state-of-the-guide";

    /** The generated sections a page may include. */
    public static final List<String> INCLUDES = List.of(STATE_OF_THE_GUIDE);

    public Page {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
        includes = List.copyOf(includes);
        if (!INCLUDES.containsAll(includes)) {
            throw new IllegalArgumentException("unknown include in " + includes);
        }
        Objects.requireNonNull(source, "source");
    }

    public boolean includes(String section) {
        return includes.contains(section);
    }
}
