package org.sociallearning.guide.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sociallearning.guide.entry.Header;
import org.sociallearning.guide.entry.HeaderField;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;

/**
 * Entries that list the same resource (the same URL after normalisation) or share a title. Each
 * duplicate is reported at its own {@code url=} or {@code title=} line, naming the other files.
 */
final class Duplicates {

    /** A header's claim on a URL or title; reported claims belong to files being validated. */
    private record Claim(Header header, HeaderField field, boolean reported) {
        SourceLocation at() {
            return new SourceLocation(header.file(), field.line(), field.valueColumn());
        }
    }

    private final Map<String, List<Claim>> urls = new LinkedHashMap<>();
    private final Map<String, List<Claim>> titles = new LinkedHashMap<>();

    /**
     * What an entry's header claims: its normalised URL and its title key, when it has them. Worked
     * out once per file (URL parsing is not free) and kept with the file's result.
     */
    record Keys(
            Optional<HeaderField> url,
            String urlKey,
            Optional<HeaderField> title,
            String titleKey) {
        static Keys of(Header header) {
            Optional<HeaderField> url =
                    header.field("url")
                            .filter(
                                    f ->
                                            !f.value().isEmpty()
                                                    && UrlRules.problemWith(f.value()).isEmpty());
            Optional<HeaderField> title = header.field("title").filter(f -> !f.value().isEmpty());
            return new Keys(
                    url,
                    url.map(f -> UrlRules.normalise(f.value())).orElse(""),
                    title,
                    title.map(f -> Duplicates.titleKey(f.value())).orElse(""));
        }
    }

    /** Adds an entry's header; only headers marked {@code reported} get problems. */
    void add(Header header, boolean reported) {
        add(header, Keys.of(header), reported);
    }

    /** The same, with its keys already worked out. */
    void add(Header header, Keys keys, boolean reported) {
        keys.url()
                .ifPresent(
                        f ->
                                urls.computeIfAbsent(keys.urlKey(), k -> new ArrayList<>())
                                        .add(new Claim(header, f, reported)));
        keys.title()
                .ifPresent(
                        f ->
                                titles.computeIfAbsent(keys.titleKey(), k -> new ArrayList<>())
                                        .add(new Claim(header, f, reported)));
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (List<Claim> same : urls.values()) {
            for (Claim claim : same) {
                if (claim.reported() && same.size() > 1) {
                    problems.add(
                            Problem.error(
                                    claim.at(),
                                    "url is already listed by " + others(claim, same, true),
                                    "one entry per resource: merge the entries, or point url at"
                                            + " the page this entry is about (scheme, \"www.\","
                                            + " port and a trailing \"/\" do not count)"));
                }
            }
        }
        for (List<Claim> same : titles.values()) {
            for (Claim claim : same) {
                if (claim.reported() && same.size() > 1) {
                    problems.add(
                            Problem.error(
                                    claim.at(),
                                    "title \""
                                            + claim.field().value()
                                            + "\" is also used by "
                                            + others(claim, same, false),
                                    "make the title say what is different about this resource"));
                }
            }
        }
        return problems;
    }

    private static String others(Claim claim, List<Claim> same, boolean withValue) {
        return same.stream()
                .filter(c -> c != claim)
                .map(c -> c.at() + (withValue ? " as " + c.field().value() : ""))
                .collect(Collectors.joining(", "));
    }

    private static String titleKey(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
