package org.sociallearning.guide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.source.Inputs;
import org.sociallearning.guide.source.SiteSource;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * Invariants of the guide's own content. Coverage of the grid, review age and link health are
 * editorial matters for a curator's report, not for the build: cells may be thin or empty.
 */
class StarterContentTest {

    /** Copies, caches, proxies and archives: never an entry's link or one of its sources. */
    private static final Pattern COPY_HOSTS =
            Pattern.compile(
                    "(?i)(^|\\.)(web\\.archive\\.org|archive\\.org|archive\\.ph|archive\\.today"
                            + "|archive\\.is|webcache\\.googleusercontent\\.com|scribd\\.com"
                            + "|workers\\.dev|vercel\\.app|fanyv88\\.com|internettime2\\.com"
                            + "|slideshare\\.net|dokumen\\.pub|pdfslide\\.net|vdocuments\\.mx"
                            + "|fdocuments\\.net)$");

    static Inputs inputs;
    static List<Entry> entries;

    @BeforeAll
    static void read() {
        // The shipped content is checked against today, as `./guide validate` does: a curator
        // may set `reviewed` to the day they confirmed the facts.
        inputs =
                Inputs.read(
                        new SiteSource(FixtureSites.projectDir()), List.of(), Clock.systemUTC());
        entries = inputs.report().entries();
    }

    @Test
    void everyShippedEntryValidates() {
        assertThat(entries).isNotEmpty();
        assertThat(inputs.report().problems())
                .filteredOn(Problem::isError)
                .extracting(Problem::toString)
                .isEmpty();
        assertThat(inputs.hasErrors()).isFalse();
    }

    @Test
    void neverLinksToACopyProxyOrArchiveHost() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Entry entry : entries) {
            checkHost(entry.slug() + " url", entry.url(), offending);
        }
        for (Path file : entryFiles()) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("~~~~~~")) {
                    break;
                }
                if (line.startsWith("sources=")) {
                    for (String source : line.substring("sources=".length()).split(",")) {
                        checkHost(file.getFileName() + " sources", source.strip(), offending);
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void noTwoEntriesShareAUrl() {
        Map<String, List<String>> byUrl =
                entries.stream()
                        .collect(
                                Collectors.groupingBy(
                                        e -> normalised(e.url()),
                                        Collectors.mapping(Entry::slug, Collectors.toList())));
        assertThat(byUrl).allSatisfy((url, slugs) -> assertThat(slugs).as(url).hasSize(1));
    }

    @Test
    void theTestSeesEveryEntryFile() throws IOException {
        assertThat(entries).hasSameSizeAs(entryFiles());
    }

    @Test
    void aboutPageExplainsSocialLearning() {
        assertThat(inputs.report().pages())
                .extracting(p -> p.slug())
                .contains("about", "contribute");
        String about =
                inputs.report().pages().stream()
                        .filter(p -> p.slug().equals("about"))
                        .findFirst()
                        .orElseThrow()
                        .body();
        assertThat(about.toLowerCase(Locale.ROOT))
                .contains("flow of work", "neither necessary nor sufficient");
    }

    private static void checkHost(String where, String url, List<String> offending) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            offending.add(where + ": not a URL: " + url);
            return;
        }
        if (host == null || COPY_HOSTS.matcher(host).find()) {
            offending.add(where + ": " + url);
        }
    }

    /** Scheme, {@code www.}, host case and a trailing slash do not make a URL different. */
    private static String normalised(String url) {
        URI uri = URI.create(url.strip());
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/$", "");
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return host + path + query;
    }

    private static List<Path> entryFiles() throws IOException {
        Path dir = FixtureSites.projectDir().resolve("content/entries");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }
}
