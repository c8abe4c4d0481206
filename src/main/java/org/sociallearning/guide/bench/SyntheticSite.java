package org.sociallearning.guide.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.entry.TaxonomyReader;
import org.sociallearning.guide.output.FileTrees;

/**
 * Writes a benchmark site: the source site's configuration, taxonomy, templates, assets and prose
 * pages, plus {@code count} generated entries spread over every kind, area, mode and facet value.
 */
public final class SyntheticSite {

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
            Taxonomy taxonomy = taxonomy(source.resolve("data/taxonomy.yaml"));
            Random random = new Random(count);
            for (int i = 0; i < count; i++) {
                String slug = String.format("synthetic-%05d", i);
                Files.writeString(
                        content.resolve("entries").resolve(slug + ".md"),
                        entry(taxonomy, i, random),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic site to " + target, e);
        }
    }

    private static Taxonomy taxonomy(Path file) {
        TaxonomyReader.Result read = new TaxonomyReader().read(file);
        return read.taxonomy()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "cannot read the taxonomy: " + read.problems()));
    }

    /**
     * One entry with values from every facet: the home grid's cells in turn, the other facets'
     * values at random, an open facet's named values or its default.
     */
    static String entry(Taxonomy taxonomy, int i, Random random) {
        String title = capitalise(word(random)) + " " + word(random) + " " + word(random) + " " + i;
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("type", "entry");
        fields.put("status", i % 50 == 49 ? "draft" : "published");
        fields.put("date", date.toString());
        fields.put("provider", "Provider " + (i % 400));
        fields.put("url", "https://provider" + (i % 400) + ".example.org/resources/" + i + "/");
        fields.put(
                "summary",
                "A synthetic entry about "
                        + word(random)
                        + " and "
                        + word(random)
                        + " for benchmarking the bake.");
        // Reviewed recently against its provider's page, so the bake warns about nothing.
        fields.put("reviewed", LocalDate.of(2026, 9, 1).plusDays(i % 60).toString());
        fields.put("sources", "https://provider" + (i % 400) + ".example.org/resources/" + i + "/");
        fields.put("tags", word(random) + "," + word(random) + "-" + word(random));
        int stride = 1;
        for (Facet facet : taxonomy.facets()) {
            List<String> values =
                    facet.isOpen() ? List.copyOf(facet.open().get().names().keySet()) : facet.ids();
            if (values.isEmpty()) {
                facet.defaultValue().ifPresent(d -> fields.put(facet.field(), d));
                continue;
            }
            boolean onGrid = facet.shows(Facet.Shown.ROWS) || facet.shows(Facet.Shown.COLUMNS);
            String value =
                    onGrid
                            ? values.get((i / stride) % values.size())
                            : values.get(random.nextInt(values.size()));
            if (onGrid) {
                stride *= values.size();
            }
            if (facet.isOpen() && facet.defaultValue().isPresent() && random.nextBoolean()) {
                value = facet.defaultValue().get();
            }
            String extra = values.get(random.nextInt(values.size()));
            fields.put(
                    facet.field(),
                    facet.multiple() && !extra.equals(value) && facet.shows(Facet.Shown.ROWS)
                            ? value + "," + extra
                            : value);
        }
        StringBuilder out = new StringBuilder();
        for (String field : taxonomy.headerOrder()) {
            if (fields.containsKey(field)) {
                out.append(field).append('=').append(fields.remove(field)).append('\n');
            }
        }
        fields.forEach((field, value) -> out.append(field).append('=').append(value).append('\n'));
        return out
                + String.join(
                        "\n",
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
