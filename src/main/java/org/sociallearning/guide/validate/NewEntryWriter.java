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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.entry.Vocabulary;

/**
 * Starts a new entry for a contributor: every field of the entry format in header order, filled
 * with what is known, the rest left empty for the validator to point at.
 */
public final class NewEntryWriter {

    /** What the contributor knows so far. */
    public record Request(
            String kind,
            String title,
            Optional<String> url,
            List<String> areas,
            List<String> modes) {
        public Request {
            Objects.requireNonNull(kind, "kind");
            title = Objects.requireNonNull(title, "title").strip();
            url = Objects.requireNonNull(url, "url").map(String::strip);
            areas = areas.stream().map(String::strip).toList();
            modes = modes.stream().map(String::strip).toList();
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
        check("--kind", List.of(request.kind()), taxonomy.kind(), messages);
        check("--area", request.areas(), taxonomy.areas(), messages);
        check("--mode", request.modes(), taxonomy.modes(), messages);
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

    String text(Request request) {
        String today = LocalDate.now(clock).format(dates);
        StringBuilder out = new StringBuilder();
        for (String field : FieldSpec.entryFields()) {
            if (field.equals("reviewed")) {
                continue; // a curator's field: set when a curator confirms the facts
            }
            String value =
                    switch (field) {
                        case "title" -> request.title();
                        case "type" -> "entry";
                        case "status" -> "published";
                        case "date" -> today;
                        case "kind" -> request.kind();
                        case "areas" -> String.join(",", request.areas());
                        case "modes" -> String.join(",", request.modes());
                        case "url" -> request.url().orElse("");
                        case "language" -> "en";
                        default -> "";
                    };
            out.append(field).append('=').append(value).append('\n');
        }
        return out.append(separator).append('\n').toString();
    }

    private static void check(
            String option, List<String> values, Vocabulary vocabulary, List<String> messages) {
        if (values.size() > FieldSpec.MAX_VALUES) {
            messages.add(option + " takes at most " + FieldSpec.MAX_VALUES + " values");
        }
        for (String value : values) {
            if (!vocabulary.allows(value)) {
                messages.add(
                        option
                                + ": unknown value \""
                                + value
                                + "\""
                                + Suggestions.didYouMean(value, vocabulary.ids())
                                + "; allowed: "
                                + String.join(", ", vocabulary.ids()));
            }
        }
    }
}
