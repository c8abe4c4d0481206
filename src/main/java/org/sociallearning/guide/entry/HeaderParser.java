package org.sociallearning.guide.entry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JBake's header format: {@code key=value} lines, a separator line, then the body. Unlike
 * JBake, which logs and skips a file it cannot read, it reports every problem at its line.
 */
public final class HeaderParser {

    /** The outcome of parsing one file: a header when the file could be split, and the problems. */
    public record Result(Optional<Header> header, List<Problem> problems) {
        public Result {
            Objects.requireNonNull(header, "header");
            problems = List.copyOf(problems);
        }
    }

    /** The largest entry or page file read: far above any real entry, far below a flood. */
    public static final int MAX_FILE_BYTES = 256 * 1024;

    /** The most header lines read; a real header has about fifteen. */
    public static final int MAX_HEADER_LINES = 100;

    /** The longest line read, in characters: a long Markdown paragraph fits, a flood does not. */
    public static final int MAX_LINE_LENGTH = 20_000;

    /** A line that was probably meant as the separator: three or more of the same marks. */
    private static final String LOOKALIKE = "[~=*_#`-]{3,}";

    /** {@code key: value}, as YAML writes it: a lowercase key, a colon, a value. */
    private static final Pattern COLON_FIELD =
            Pattern.compile("\\s*([a-z][a-z0-9_-]*)\\s*:\\s*(.*)");

    private final String separator;

    public HeaderParser(String separator) {
        this.separator = Objects.requireNonNull(separator, "separator").strip();
        if (this.separator.isEmpty()) {
            throw new IllegalArgumentException("separator must not be blank");
        }
    }

    public String separator() {
        return separator;
    }

    public Result parse(Path file, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        Optional<String> text = EntryText.decode(file, bytes, MAX_FILE_BYTES, problems);
        if (text.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        return split(file, text.get(), problems);
    }

    public Result parse(Path file, String text) {
        return split(file, text, new ArrayList<>());
    }

    private Result split(Path file, String text, List<Problem> problems) {
        // CRLF (Windows), LF (Unix) and a lone CR (old Mac) all end a line.
        String[] lines = EntryText.lines(text);
        InvisibleCharacters.control(file, lines).ifPresent(problems::add);
        longLines(file, lines, problems);
        int separatorIndex = indexOf(lines, l -> l.strip().equals(separator));
        if (separatorIndex < 0) {
            // A mistyped separator is reported, then used, so the header is still checked.
            separatorIndex = indexOf(lines, l -> l.strip().matches(LOOKALIKE));
            if (separatorIndex >= 0 && separatorIndex == indexOf(lines, l -> !l.isBlank())) {
                problems.add(
                        Problem.error(
                                new SourceLocation(file, separatorIndex + 1, 1),
                                "the header starts with \""
                                        + lines[separatorIndex].strip()
                                        + "\": this looks like YAML front matter, which the guide"
                                        + " does not read",
                                "write key=value lines first, then a line containing only "
                                        + separator
                                        + ", as in any file in content/entries/"));
                return new Result(Optional.empty(), problems);
            }
            if (separatorIndex < 0) {
                problems.add(missingSeparator(file, lines));
                return new Result(Optional.empty(), problems);
            }
            String s = lines[separatorIndex].strip();
            problems.add(
                    Problem.error(
                            new SourceLocation(
                                    file,
                                    separatorIndex + 1,
                                    firstNonBlank(lines[separatorIndex]) + 1),
                            "\"" + s + "\" is not the header separator \"" + separator + "\"",
                            "replace it with a line containing only " + separator));
        }
        Map<String, HeaderField> fields = new LinkedHashMap<>();
        int headerLines = Math.min(separatorIndex, MAX_HEADER_LINES);
        if (separatorIndex > MAX_HEADER_LINES) {
            problems.add(
                    Problem.error(
                            new SourceLocation(file, MAX_HEADER_LINES + 1, 1),
                            "the header is longer than "
                                    + MAX_HEADER_LINES
                                    + " lines; the rest of it is not read",
                            "a header has one key=value line per field; end it with a line"
                                    + " containing only "
                                    + separator));
        }
        for (int i = 0; i < headerLines; i++) {
            InvisibleCharacters.inHeader(file, i + 1, lines[i]).ifPresent(problems::add);
            if (!lines[i].isBlank()) {
                readField(file, lines[i], i + 1, fields, problems);
            }
        }
        InvisibleCharacters.inBody(file, lines, separatorIndex + 1).ifPresent(problems::add);
        String body =
                String.join("\n", Arrays.asList(lines).subList(separatorIndex + 1, lines.length));
        int number = separatorIndex + 1;
        return new Result(
                Optional.of(new Header(file, fields, number, body, number + 1)), problems);
    }

    private static void longLines(Path file, String[] lines, List<Problem> problems) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].length() > MAX_LINE_LENGTH) {
                problems.add(
                        Problem.error(
                                new SourceLocation(file, i + 1, MAX_LINE_LENGTH + 1),
                                "line is longer than " + MAX_LINE_LENGTH + " characters",
                                "break it into shorter lines"));
                return;
            }
        }
    }

    private static int indexOf(String[] lines, Predicate<String> test) {
        for (int i = 0; i < lines.length; i++) {
            if (test.test(lines[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Where the separator should have been: the first line that is not {@code key=value}. */
    private Problem missingSeparator(Path file, String[] lines) {
        String fix = "a line containing only " + separator;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && lines[i].indexOf('=') < 0) {
                return Problem.error(
                        new SourceLocation(file, i + 1, 1),
                        "no header separator line \"" + separator + "\" before the body",
                        "insert " + fix + " above line " + (i + 1) + ", where the body starts");
            }
        }
        return Problem.error(
                new SourceLocation(file, 1, 1),
                "no header separator line \"" + separator + "\" found",
                "end the key=value header with " + fix + ", then write the body");
    }

    private void readField(
            Path file,
            String line,
            int number,
            Map<String, HeaderField> fields,
            List<Problem> problems) {
        int equals = line.indexOf('=');
        int keyStart = firstNonBlank(line);
        if (equals < 0) {
            problems.add(
                    Problem.error(
                            new SourceLocation(file, number, keyStart + 1),
                            "header line has no \"=\": \"" + abbreviate(line.strip()) + "\"",
                            noEqualsHint(line.strip())));
            // "key: value" is read as meant, so its value is checked and not reported missing.
            Matcher colon = COLON_FIELD.matcher(line);
            if (colon.matches() && !fields.containsKey(colon.group(1))) {
                fields.put(
                        colon.group(1),
                        new HeaderField(
                                colon.group(1),
                                colon.group(2).strip(),
                                number,
                                keyStart + 1,
                                colon.start(2) + 1));
            }
            return;
        }
        String key = line.substring(0, equals).strip();
        String rawValue = line.substring(equals + 1);
        int valueStart = equals + 1 + firstNonBlank(rawValue);
        if (key.isEmpty()) {
            problems.add(
                    Problem.error(
                            new SourceLocation(file, number, equals + 1),
                            "header line has no field name before \"=\"",
                            "write it as key=value, e.g. title=..."));
            return;
        }
        HeaderField previous = fields.get(key);
        if (previous != null) {
            problems.add(
                    Problem.error(
                            new SourceLocation(file, number, keyStart + 1),
                            "field \""
                                    + key
                                    + "\" is given twice (first on line "
                                    + previous.line()
                                    + ")",
                            "keep one " + key + "= line"));
            return;
        }
        fields.put(
                key, new HeaderField(key, rawValue.strip(), number, keyStart + 1, valueStart + 1));
    }

    private String noEqualsHint(String line) {
        Matcher m = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*[:\\s]\\s*(.*)").matcher(line);
        if (m.matches()) {
            return "write it as " + m.group(1) + "=" + abbreviate(m.group(2));
        }
        return "write each header line as key=value, and end the header with a line containing"
                + " only "
                + separator;
    }

    private static int firstNonBlank(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
