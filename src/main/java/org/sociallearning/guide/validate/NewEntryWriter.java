package org.sociallearning.guide.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * Starts a new entry for a contributor: every field of the entry format in header order, filled
 * with what is known, the rest left empty for the validator to point at.
 */
public final class NewEntryWriter {

    /**
     * What the contributor knows so far.
     *
     * @param facets facet values by field, as given on the command line
     */
    public record Request(String title, Optional<String> url, Map<String, List<String>> facets) {
        public Request {
            title = Objects.requireNonNull(title, "title").strip();
            url = Objects.requireNonNull(url, "url").map(String::strip);
            Map<String, List<String>> copy = new LinkedHashMap<>();
            facets.forEach((f, v) -> copy.put(f, v.stream().map(String::strip).toList()));
            facets = Collections.unmodifiableMap(copy);
        }
    }

    private final Taxonomy taxonomy;
    private final String separator;
    private final DateTimeFormatter dates;
    private final Clock clock;

    public NewEntryWriter(Taxonomy taxonomy, String separator, String datePattern, Clock clock) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.separator = Objects.requireNonNull(separator, "separator").strip();
        this.dates = DateTimeFormatter.ofPattern(datePattern.replace("yyyy", "uuuu"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What is wrong with the request's values, one message each; empty when it can be written. */
    public List<String> invalid(Request request) {
        List<String> messages = new ArrayList<>();
        if (request.title().isEmpty() || request.title().length() > FieldSpec.MAX_TITLE) {
            messages.add("--title must have 1 to " + FieldSpec.MAX_TITLE + " characters");
        } else if (request.title().chars().anyMatch(Character::isISOControl)) {
            messages.add("--title must be one line of text");
        }
        request.facets()
                .forEach(
                        (field, values) ->
                                taxonomy.facet(field)
                                        .ifPresentOrElse(
                                                f -> check(f, values, messages),
                                                () ->
                                                        messages.add(
                                                                "--facet "
                                                                        + field
                                                                        + ": no facet is called "
                                                                        + field
                                                                        + Suggestions.didYouMean(
                                                                                field, fields()))));
        request.url().flatMap(UrlRules::problemWith).ifPresent(m -> messages.add("--url: " + m));
        return messages;
    }

    /** The file the entry goes to: its slug is made from the title. */
    public Path fileFor(Path entriesFolder, Request request) {
        return entriesFolder.resolve(
                FileNameRules.slugOf(request.title(), FileNameRules.MAX_SLUG) + ".md");
    }

    /**
     * Writes the entry, never over an existing file.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file exists
     */
    public Path write(Path entriesFolder, Request request) throws IOException {
        Path file = fileFor(entriesFolder, request);
        Files.createDirectories(entriesFolder);
        Files.writeString(
                file, text(request), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
    }

    private List<String> fields() {
        return taxonomy.facets().stream().map(Facet::field).toList();
    }

    String text(Request request) {
        String today = LocalDate.now(clock).format(dates);
        StringBuilder out = new StringBuilder();
        for (String field : FieldSpec.entryFields(taxonomy)) {
            if (field.equals("reviewed")) {
                continue; // a curator's field: set when a curator confirms the facts
            }
            String value =
                    switch (field) {
                        case "title" -> request.title();
                        case "type" -> "entry";
                        case "status" -> "published";
                        case "date" -> today;
                        case "url" -> request.url().orElse("");
                        default -> facetValue(field, request);
                    };
            out.append(field).append('=').append(value).append('\n');
        }
        return out.append(separator).append('\n').toString();
    }

    private String facetValue(String field, Request request) {
        List<String> given = request.facets().getOrDefault(field, List.of());
        if (!given.isEmpty()) {
            return String.join(",", given);
        }
        return taxonomy.facet(field).flatMap(f -> f.defaultValue()).orElse("");
    }

    /** Messages name the option as it was written: {@code --facet kind}. */
    private static void check(Facet facet, List<String> values, List<String> messages) {
        String option = "--facet " + facet.field();
        if (values.size() > facet.maxValues()) {
            messages.add(option + " takes at most " + facet.maxValues() + " values");
        }
        for (String value : values) {
            if (!facet.allows(value)) {
                messages.add(
                        option
                                + ": unknown value \""
                                + value
                                + "\""
                                + Suggestions.didYouMean(value, facet.ids())
                                + "; allowed: "
                                + String.join(", ", facet.ids()));
            }
        }
    }
}
