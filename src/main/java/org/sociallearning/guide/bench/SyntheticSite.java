package org.sociallearning.guide.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.sociallearning.guide.output.FileTrees;

/**
 * Writes a benchmark site: the source site's configuration, taxonomy, templates, assets and prose
 * pages, plus {@code count} generated entries spread over every kind, area, mode and facet value.
 */
public final class SyntheticSite {

    private static final List<String> KINDS =
            List.of("course", "coach", "community", "accreditation");
    private static final List<String> AREAS =
            List.of("social-web", "social-pedagogy", "workplace-learning");
    private static final List<String> MODES =
            List.of("do-it-yourself", "guidance", "accreditation");
    private static final List<String> COSTS = List.of("free", "paid", "mixed");
    private static final List<String> FORMATS = List.of("online", "in-person", "blended");
    private static final List<String> PACES =
            List.of("self-paced", "cohort", "ongoing", "one-to-one");
    private static final List<String> LANGUAGES = List.of("en", "en", "en", "de", "fr", "es");
    private static final List<String> WORDS =
            List.of(
                    "social",
                    "learning",
                    "network",
                    "community",
                    "practice",
                    "coaching",
                    "workplace",
                    "design",
                    "facilitation",
                    "online",
                    "peer",
                    "knowledge",
                    "sharing",
                    "circles",
                    "mentoring",
                    "reflection");

    private SyntheticSite() {}

    /**
     * Copies the site at {@code source} (without its entries) to {@code target} and writes {@code
     * count} synthetic entries into {@code target/content/entries}.
     */
    public static void write(Path source, Path target, int count) {
        write(source, source, target, count);
    }

    /**
     * Like {@link #write(Path, Path, int)}, but takes {@code jbake.properties} and the templates
     * from {@code flavour} (for example {@code bench/stock}, minimal templates for stock JBake).
     */
    public static void write(Path source, Path flavour, Path target, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        try {
            Files.createDirectories(target);
            for (String name : List.of("jbake.properties", "templates")) {
                copyIfPresent(flavour.resolve(name), target.resolve(name));
            }
            for (String name : List.of("data", "assets")) {
                copyIfPresent(source.resolve(name), target.resolve(name));
            }
            Path content = target.resolve("content");
            Files.createDirectories(content.resolve("entries"));
            try (var pages = Files.list(source.resolve("content"))) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                    Files.copy(
                            page,
                            content.resolve(page.getFileName()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Random random = new Random(count);
            for (int i = 0; i < count; i++) {
                String slug = String.format("synthetic-%05d", i);
                Files.writeString(
                        content.resolve("entries").resolve(slug + ".md"),
                        entry(i, random),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic site to " + target, e);
        }
    }

    static String entry(int i, Random random) {
        String area = AREAS.get(i % 3);
        String mode = MODES.get((i / 3) % 3);
        String extraArea = AREAS.get(random.nextInt(3));
        String areas = extraArea.equals(area) ? area : area + "," + extraArea;
        String title = capitalise(word(random)) + " " + word(random) + " " + word(random) + " " + i;
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
        return String.join(
                "\n",
                "title=" + title,
                "type=entry",
                "status=" + (i % 50 == 49 ? "draft" : "published"),
                "date=" + date,
                "kind=" + KINDS.get(i % 4),
                "areas=" + areas,
                "modes=" + mode,
                "provider=Provider " + (i % 400),
                "url=https://provider" + (i % 400) + ".example.org/resources/" + i + "/",
                "summary=A synthetic entry about "
                        + word(random)
                        + " and "
                        + word(random)
                        + " for benchmarking the bake.",
                "cost=" + COSTS.get(random.nextInt(3)),
                "format=" + FORMATS.get(random.nextInt(3)),
                "pace=" + PACES.get(random.nextInt(4)),
                "language=" + LANGUAGES.get(random.nextInt(LANGUAGES.size())),
                "tags=" + word(random) + "," + word(random) + "-" + word(random),
                "~~~~~~",
                "## About",
                "",
                "This **synthetic** entry exists to measure the bake. It links to [its provider](https://provider"
                        + (i % 400)
                        + ".example.org/) and lists:",
                "",
                "- " + word(random) + " and " + word(random),
                "- " + word(random) + " in *" + word(random) + "*",
                "",
                "A second paragraph about "
                        + word(random)
                        + ", "
                        + word(random)
                        + " and "
                        + word(random)
                        + ".",
                "");
    }

    private static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void copyIfPresent(Path from, Path to) {
        if (Files.exists(from)) {
            FileTrees.copy(from, to);
        }
    }
}
