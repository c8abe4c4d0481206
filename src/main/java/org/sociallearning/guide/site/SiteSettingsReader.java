package org.sociallearning.guide.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.sociallearning.guide.entry.BaseUrl;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;

/**
 * Reads {@code jbake.properties}. Every setting the guide needs must be there: a missing, blank or
 * invalid one is a problem at its line, never replaced by a built-in default. Values the pom owns
 * are written as Maven placeholders (e.g. {@code site.host=${guide.baseUrl}}); the build filters a
 * copy into the application jar, and this reader takes a placeholder's value from that copy, so
 * each is written once, in the pom.
 */
public final class SiteSettingsReader {

    /** Where the build puts the filtered copy of the repository's {@code jbake.properties}. */
    static final String FILTERED_COPY = "/org/sociallearning/guide/site/jbake.properties";

    /** The settings, or the problems (at the file and line) that keep them from being read. */
    public record Result(Optional<SiteSettings> settings, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final Properties built;

    /** Placeholders are taken from the filtered copy in the application jar. */
    public SiteSettingsReader() {
        this(builtInCopy());
    }

    /** Placeholders are taken from these properties (tests). */
    SiteSettingsReader(Properties built) {
        this.built = new Properties();
        this.built.putAll(built);
    }

    private static Properties builtInCopy() {
        Properties built = new Properties();
        try (InputStream in = SiteSettingsReader.class.getResourceAsStream(FILTERED_COPY)) {
            if (in != null) {
                built.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in " + FILTERED_COPY, e);
        }
        return built;
    }

    public Result read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return failed(
                    Problem.error(
                            SourceLocation.of(file),
                            "no jbake.properties: is this a guide's source folder?",
                            "run the command in the folder that holds jbake.properties, or pass --source"));
        } catch (IOException e) {
            return failed(
                    Problem.error(SourceLocation.of(file), "cannot read the site settings: " + e));
        }
        Properties props = new Properties();
        try {
            props.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return failed(
                    Problem.error(
                            SourceLocation.of(file), "not a properties file: " + e.getMessage()));
        }
        Settings settings = new Settings(file, text, props);
        Optional<BaseUrl> host =
                settings.get(
                                "site.host",
                                v -> {
                                    StringBuilder why = new StringBuilder();
                                    Optional<BaseUrl> url = BaseUrl.parse(v, why::append);
                                    return url.isPresent() ? "" : "site.host: " + why;
                                })
                        .flatMap(v -> BaseUrl.parse(v, why -> {}));
        Optional<String> title = settings.get("site.title", v -> "");
        Optional<String> description = settings.get("site.description", v -> "");
        Optional<String> language = settings.get("site.language", v -> "");
        Optional<String> version = settings.get("guide.version", v -> "");
        Optional<String> separator = settings.get("header.separator", v -> "");
        Optional<String> datePattern = settings.get("date.format", SiteSettingsReader::datePattern);
        if (!settings.problems.isEmpty()) {
            return new Result(Optional.empty(), settings.problems);
        }
        return new Result(
                Optional.of(
                        new SiteSettings(
                                title.orElseThrow(),
                                description.orElseThrow(),
                                host.orElseThrow().toString(),
                                language.orElseThrow(),
                                version.orElseThrow(),
                                separator.orElseThrow(),
                                datePattern.orElseThrow())),
                List.of());
    }

    private static String datePattern(String pattern) {
        try {
            DateTimeFormatter.ofPattern(pattern);
            return "";
        } catch (IllegalArgumentException e) {
            return "date.format is not a date pattern: " + e.getMessage();
        }
    }

    private static Result failed(Problem problem) {
        return new Result(Optional.empty(), List.of(problem));
    }

    /** The settings of one file, and the problems found while getting them. */
    private final class Settings {
        private final Path file;
        private final List<String> lines;
        private final Properties props;
        private final List<Problem> problems = new ArrayList<>();

        Settings(Path file, String text, Properties props) {
            this.file = file;
            this.lines = text.lines().toList();
            this.props = props;
        }

        /**
         * A setting's value, its placeholder resolved; empty, with a problem, when it is missing,
         * blank or {@code invalid} says why (a non-empty reason).
         */
        Optional<String> get(String key, Function<String, String> invalid) {
            String value = props.getProperty(key);
            SourceLocation at = SourceLocation.of(file, line(key));
            if (value == null || value.isBlank()) {
                problems.add(
                        Problem.error(
                                at,
                                value == null ? "missing setting " + key : key + " is empty",
                                "add a line " + key + "=... to jbake.properties"));
                return Optional.empty();
            }
            if (value.contains("${")) {
                String filtered = built.getProperty(key);
                if (filtered == null || filtered.contains("${") || filtered.isBlank()) {
                    problems.add(
                            Problem.error(
                                    at,
                                    key
                                            + " is the Maven placeholder "
                                            + value.strip()
                                            + ", and this build of the guide holds no value for it",
                                    "write the value here, or run the guide built from this pom (./guide rebuilds it)"));
                    return Optional.empty();
                }
                value = filtered;
            }
            String reason = invalid.apply(value.strip());
            if (!reason.isEmpty()) {
                problems.add(Problem.error(at, reason));
                return Optional.empty();
            }
            return Optional.of(value.strip());
        }

        /** The 1-based line that sets a key, or 0 when none does. */
        private int line(String key) {
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).stripLeading();
                if (l.startsWith(key)
                        && l.substring(key.length()).stripLeading().matches("^[=:].*|^$")) {
                    return i + 1;
                }
            }
            return 0;
        }
    }
}
