package org.sociallearning.guide.validate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.FacetValues;
import org.sociallearning.guide.entry.Header;
import org.sociallearning.guide.entry.HeaderField;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * Checks one entry's header against the entry format and the taxonomy; builds the entry when it is
 * sound.
 */
final class EntryValidator {

    private final Taxonomy taxonomy;
    private final DateTimeFormatter dates;
    private final String datePattern;
    private final Clock clock;
    private final HeaderFieldsCheck fields;
    private final FacetCheck facetCheck;
    private final ReviewRules reviews;

    EntryValidator(Taxonomy taxonomy, String datePattern, Clock clock) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.datePattern = Objects.requireNonNull(datePattern, "datePattern");
        this.dates =
                DateTimeFormatter.ofPattern(datePattern.replace("yyyy", "uuuu"))
                        .withResolverStyle(ResolverStyle.STRICT);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fields =
                new HeaderFieldsCheck(
                        FieldSpec.entryRequired(taxonomy),
                        FieldSpec.entryOptional(taxonomy),
                        FieldSpec.entryDescriptions(taxonomy));
        this.facetCheck = new FacetCheck(taxonomy);
        this.reviews = new ReviewRules(clock);
    }

    Optional<Entry> validate(String slug, Header header, List<Problem> problems) {
        int before = countErrors(problems);
        fields.check(header, problems);
        String title = text(header, "title", FieldSpec.MAX_TITLE, problems);
        String summary = text(header, "summary", FieldSpec.MAX_SUMMARY, problems);
        boolean published = status(header, problems);
        LocalDate date = date(header, "date", problems).orElse(null);
        Optional<LocalDate> reviewed =
                header.field("reviewed").flatMap(f -> date(header, "reviewed", problems));
        reviewed.filter(r -> r.isAfter(LocalDate.now(clock)))
                .ifPresent(
                        r ->
                                problems.add(
                                        Problem.error(
                                                header.locationOf("reviewed"),
                                                "reviewed date " + r + " is in the future",
                                                "use the day a curator last confirmed the facts,"
                                                        + " today ("
                                                        + LocalDate.now(clock).format(dates)
                                                        + ") at the latest")));
        FacetValues facets = facetCheck.read(header, problems);
        String url = header.value("url").orElse("");
        if (!url.isEmpty()) {
            UrlRules.problemWith(url)
                    .ifPresent(
                            m ->
                                    problems.add(
                                            Problem.error(
                                                    header.locationOf("url"),
                                                    m,
                                                    "write the address of the provider's own page"
                                                            + " as your browser shows it, e.g."
                                                            + " https://example.org/course/")));
        }
        List<String> sources = sources(header, problems);
        reviews.check(header, published, reviewed, problems);
        List<String> tags =
                list(
                        header,
                        "tags",
                        FieldSpec.TAG,
                        "write tags in lowercase with hyphens, e.g. personal-learning-networks",
                        problems);
        if (header.body().isBlank()) {
            problems.add(
                    Problem.error(
                            new SourceLocation(header.file(), header.separatorLine(), 1),
                            "entry has an empty body",
                            "say below the separator what it is, who it is for and why it is in the guide"));
        }
        if (countErrors(problems) > before) {
            return Optional.empty();
        }
        return Optional.of(
                new Entry(
                        slug,
                        title,
                        published,
                        date,
                        header.value("provider").orElseThrow(),
                        url,
                        summary,
                        facets,
                        reviewed,
                        sources,
                        tags,
                        header.body(),
                        header.file()));
    }

    boolean status(Header header, List<Problem> problems) {
        String status = header.value("status").orElse("");
        if (!status.isEmpty() && !status.equals("published") && !status.equals("draft")) {
            problems.add(
                    Problem.error(
                            header.locationOf("status"),
                            "unknown status \""
                                    + status
                                    + "\""
                                    + Suggestions.didYouMean(status, List.of("published", "draft")),
                            "use published or draft"));
        }
        return status.equals("published");
    }

    Optional<LocalDate> date(Header header, String key, List<Problem> problems) {
        Optional<String> value = header.value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.get(), dates));
        } catch (DateTimeParseException e) {
            boolean shapeOk = value.get().matches("\\d{4}-\\d{2}-\\d{2}");
            problems.add(
                    Problem.error(
                            header.locationOf(key),
                            shapeOk
                                    ? key + " \"" + value.get() + "\" is not a real calendar date"
                                    : key
                                            + " \""
                                            + value.get()
                                            + "\" is not a date in the form "
                                            + datePattern,
                            "write it as "
                                    + datePattern
                                    + ", e.g. "
                                    + LocalDate.now(clock).format(dates)));
            return Optional.empty();
        }
    }

    static String text(Header header, String key, int max, List<Problem> problems) {
        String value = header.value(key).orElse("");
        if (value.length() > max) {
            problems.add(
                    Problem.error(
                            header.locationOf(key),
                            key
                                    + " is "
                                    + value.length()
                                    + " characters long; at most "
                                    + max
                                    + " are allowed",
                            "shorten it by " + (value.length() - max) + " characters"));
        }
        return value;
    }

    /**
     * The {@code sources} addresses: each an absolute {@code https://} URL, none listed twice (in
     * the form duplicate URLs are compared in).
     */
    private static List<String> sources(Header header, List<Problem> problems) {
        Optional<HeaderField> field = header.field("sources");
        if (field.isEmpty() || field.get().value().isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (FacetCheck.Item item : FacetCheck.items(field.get())) {
            SourceLocation at =
                    new SourceLocation(header.file(), field.get().line(), item.column());
            if (item.value().isEmpty()) {
                problems.add(
                        Problem.error(
                                at,
                                "sources has an empty value",
                                "separate addresses with single commas, e.g."
                                        + " https://example.org/a, https://example.org/b"));
                continue;
            }
            Optional<String> problem = UrlRules.problemWith("source", item.value(), true);
            if (problem.isPresent()) {
                problems.add(
                        Problem.error(
                                at,
                                problem.get() + ": " + item.value(),
                                "list the public https:// pages that confirm the facts, as"
                                        + " your browser shows them"));
                continue;
            }
            String previous = seen.putIfAbsent(UrlRules.normalise(item.value()), item.value());
            if (previous != null) {
                problems.add(
                        Problem.error(
                                at,
                                "sources lists "
                                        + item.value()
                                        + " twice"
                                        + (previous.equals(item.value())
                                                ? ""
                                                : " (also as " + previous + ")"),
                                "list each page once"));
            } else {
                values.add(item.value());
            }
        }
        return values;
    }

    private static List<String> list(
            Header header, String key, String pattern, String hint, List<Problem> problems) {
        Optional<HeaderField> field = header.field(key);
        if (field.isEmpty() || field.get().value().isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (FacetCheck.Item item : FacetCheck.items(field.get())) {
            if (!item.value().matches(pattern)) {
                problems.add(
                        Problem.error(
                                new SourceLocation(
                                        header.file(), field.get().line(), item.column()),
                                "invalid " + key + " \"" + item.value() + "\"",
                                hint));
            } else if (!values.contains(item.value())) {
                values.add(item.value());
            }
        }
        return values;
    }

    private static int countErrors(List<Problem> problems) {
        return (int) problems.stream().filter(Problem::isError).count();
    }
}
