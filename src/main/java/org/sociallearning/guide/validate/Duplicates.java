package org.sociallearning.guide.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Adds an entry's header; only headers marked {@code reported} get problems. */
    void add(Header header, boolean reported) {
        header.field("url")
                .filter(f -> !f.value().isEmpty() && UrlRules.problemWith(f.value()).isEmpty())
                .ifPresent(
                        f ->
                                urls.computeIfAbsent(
                                                UrlRules.normalise(f.value()),
                                                k -> new ArrayList<>())
                                        .add(new Claim(header, f, reported)));
        header.field("title")
                .filter(f -> !f.value().isEmpty())
                .ifPresent(
                        f ->
                                titles.computeIfAbsent(titleKey(f.value()), k -> new ArrayList<>())
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
