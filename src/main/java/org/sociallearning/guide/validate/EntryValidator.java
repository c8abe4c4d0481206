package org.sociallearning.guide.validate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Header;
import org.sociallearning.guide.entry.HeaderField;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.entry.Vocabulary;

/**
 * Checks one entry's header against DESIGN.md and the taxonomy; builds the entry when it is sound.
 */
final class EntryValidator {

    private final Taxonomy taxonomy;
    private final DateTimeFormatter dates;
    private final String datePattern;
    private final Clock clock;

    EntryValidator(Taxonomy taxonomy, String datePattern, Clock clock) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.datePattern = Objects.requireNonNull(datePattern, "datePattern");
        this.dates =
                DateTimeFormatter.ofPattern(datePattern.replace("yyyy", "uuuu"))
                        .withResolverStyle(ResolverStyle.STRICT);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Optional<Entry> validate(String slug, Header header, List<Problem> problems) {
        int before = countErrors(problems);
        new HeaderFieldsCheck(
                        FieldSpec.ENTRY_REQUIRED,
                        FieldSpec.ENTRY_OPTIONAL,
                        FieldSpec.entryDescriptions(taxonomy))
                .check(header, problems);
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
        String kind = single(header, taxonomy.kind(), problems);
        List<String> areas = several(header, taxonomy.areas(), problems);
        List<String> modes = several(header, taxonomy.modes(), problems);
        String cost = single(header, taxonomy.cost(), problems);
        String format = single(header, taxonomy.format(), problems);
        Optional<String> pace =
                header.value("pace").map(v -> single(header, taxonomy.pace(), problems));
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
        List<String> languages =
                list(
                        header,
                        "language",
                        FieldSpec.LANGUAGE,
                        "use BCP 47 codes such as en, de or pt-BR",
                        problems);
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
                        kind,
                        areas,
                        modes,
                        header.value("provider").orElseThrow(),
                        url,
                        summary,
                        cost,
                        format,
                        pace,
                        languages.isEmpty() ? List.of("en") : languages,
                        reviewed,
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

    private String single(Header header, Vocabulary vocabulary, List<Problem> problems) {
        String key = vocabulary.field();
        String value = header.value(key).orElse("");
        if (!value.isEmpty() && !vocabulary.allows(value)) {
            problems.add(unknownValue(header, vocabulary, value, header.locationOf(key)));
        }
        return value;
    }

    private List<String> several(Header header, Vocabulary vocabulary, List<Problem> problems) {
        String key = vocabulary.field();
        Optional<HeaderField> field = header.field(key);
        if (field.isEmpty() || field.get().value().isEmpty()) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (Item item : items(field.get())) {
            SourceLocation at =
                    new SourceLocation(header.file(), field.get().line(), item.column());
            if (item.value().isEmpty()) {
                problems.add(
                        Problem.error(
                                at,
                                key + " has an empty value",
                                "separate values with single commas, e.g. "
                                        + String.join(",", vocabulary.ids().subList(0, 2))));
            } else if (!vocabulary.allows(item.value())) {
                problems.add(unknownValue(header, vocabulary, item.value(), at));
            } else if (!values.add(item.value())) {
                problems.add(
                        Problem.error(
                                at,
                                key + " lists \"" + item.value() + "\" twice",
                                "remove the second " + item.value()));
            }
        }
        if (values.size() > FieldSpec.MAX_VALUES) {
            problems.add(
                    Problem.error(
                            header.locationOf(key),
                            key
                                    + " lists "
                                    + values.size()
                                    + " values; at most "
                                    + FieldSpec.MAX_VALUES
                                    + " are allowed",
                            "keep the " + FieldSpec.MAX_VALUES + " that fit best"));
        }
        return List.copyOf(values);
    }

    private static List<String> list(
            Header header, String key, String pattern, String hint, List<Problem> problems) {
        Optional<HeaderField> field = header.field(key);
        if (field.isEmpty() || field.get().value().isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Item item : items(field.get())) {
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

    private Problem unknownValue(
            Header header, Vocabulary vocabulary, String value, SourceLocation at) {
        String noun =
                vocabulary.field().equals("areas")
                        ? "area"
                        : vocabulary.field().equals("modes") ? "mode" : vocabulary.field();
        return Problem.error(
                at,
                "unknown "
                        + noun
                        + " \""
                        + value
                        + "\""
                        + Suggestions.didYouMean(value, vocabulary.ids()),
                "allowed: " + String.join(", ", vocabulary.ids()));
    }

    /** A comma-separated value with the column it starts at. */
    private record Item(String value, int column) {}

    private static List<Item> items(HeaderField field) {
        List<Item> items = new ArrayList<>();
        int column = field.valueColumn();
        for (String part : Arrays.asList(field.value().split(",", -1))) {
            int lead = part.length() - part.stripLeading().length();
            items.add(new Item(part.strip(), column + lead));
            column += part.length() + 1;
        }
        return items;
    }

    private static int countErrors(List<Problem> problems) {
        return (int) problems.stream().filter(Problem::isError).count();
    }
}
