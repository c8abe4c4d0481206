package org.sociallearning.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sociallearning.guide.pipeline.BakeResult;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * The guide's own starter content in headless Chromium: axe-core finds nothing serious on the home
 * page, the directory and an entry page; the directory stays light; and screenshots at phone and
 * desktop widths land in {@code target/screenshots/} for a person to review.
 */
class StarterSitePagesTest {

    /** Phone (a 390 px wide handset) and desktop widths, in CSS pixels. */
    private static final Map<String, Integer> WIDTHS = Map.of("phone", 390, "desktop", 1280);

    private static final Path SCREENSHOTS = FixtureSites.projectDir().resolve("target/screenshots");
    private static final Path REPORTS = FixtureSites.projectDir().resolve("target/browser-reports");

    @TempDir static Path temp;
    static Browser browser;
    static StaticSite site;
    static String entryPage;

    @BeforeAll
    static void bakeAndServe() {
        browser = Browser.start();
        BakeResult result =
                FixtureSites.bake(
                        FixtureSites.projectDir(), temp.resolve("site"), Optional.empty());
        assertThat(result.problems()).isEmpty();
        site = new StaticSite(result.output(), "/guide/");
        entryPage = new Entries(result.output().resolve("entries.json")).firstPagePath();
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
        if (browser != null) {
            browser.width(1280);
            browser.close();
        }
    }

    @AfterEach
    void logsNoConsoleErrors() {
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "directory/", "directory/?modes=guidance&q=community", "entry"})
    void hasNoSeriousOrCriticalAxeViolations(String page) throws IOException {
        Path axe = Chromium.requireAxe(FixtureSites.projectDir());
        browser.width(1280);
        browser.open(site.url(page.equals("entry") ? entryPage : page));
        List<Map<String, Object>> violations = browser.axeViolations(axe);
        record("axe " + (page.equals("entry") ? entryPage : "/" + page), violations);
        assertThat(violations)
                .as("axe violations on /%s", page)
                .noneMatch(v -> List.of("serious", "critical").contains(v.get("impact")));
    }

    @Test
    void writesScreenshotsOfHomeDirectoryAndAnEntryAtPhoneAndDesktopWidths() {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Integer> width : WIDTHS.entrySet()) {
            browser.width(width.getValue());
            for (String page : List.of("home", "directory", "entry")) {
                browser.open(
                        site.url(
                                switch (page) {
                                    case "home" -> "";
                                    case "directory" -> "directory/";
                                    default -> entryPage;
                                }));
                Path file = SCREENSHOTS.resolve(page + "-" + width.getKey() + ".png");
                browser.screenshot(file);
                written.add(file);
            }
            browser.open(site.url("directory/?kind=course,coach&modes=guidance&q=social"));
            Path filtered = SCREENSHOTS.resolve("directory-filtered-" + width.getKey() + ".png");
            browser.screenshot(filtered);
            written.add(filtered);
        }
        assertThat(written).allSatisfy(f -> assertThat(f).isNotEmptyFile());
    }

    @Test
    void directoryWeighsAtMost150KilobytesBeforeImages() throws IOException {
        browser.width(1280);
        browser.open(site.url("directory/"));
        long bytes =
                ((Number)
                                browser.script(
                                        "const isImage = e => e.initiatorType === 'img'"
                                                + " || /\\.(svg|png|jpe?g|gif|webp|avif|ico)$/"
                                                + ".test(e.name);"
                                                + "return performance.getEntriesByType('navigation')"
                                                + ".concat(performance.getEntriesByType('resource'))"
                                                + ".filter(e => !isImage(e))"
                                                + ".reduce((sum, e) => sum + e.decodedBodySize, 0);"))
                        .longValue();
        record("directory weight", List.of(Map.of("bytesBeforeImages", bytes)));
        assertThat(bytes).isPositive().isLessThanOrEqualTo(150 * 1024);
    }

    /** Appends a result to {@code target/browser-reports/results.txt} for docs/benchmarks. */
    private static void record(String what, List<?> data) throws IOException {
        Files.createDirectories(REPORTS);
        Files.writeString(
                REPORTS.resolve("results.txt"),
                what + ": " + data + System.lineSeparator(),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
