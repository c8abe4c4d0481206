package org.sociallearning.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.sociallearning.guide.bench.SyntheticSite;
import org.sociallearning.guide.pipeline.BakeResult;
import org.sociallearning.guide.testing.FilterIndexFiles;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * The directory at 10,000 generated entries in headless Chromium: a shared filter address lists,
 * page after page, exactly the entries {@code entries.json} says match, in rank order; without
 * JavaScript the numbered pages list every entry exactly once; and the numbered pages and the
 * filter's own pages have no axe violations. How fast it all is, is the benchmark's business
 * ({@link FilterBudgetBenchmark}), not a test's.
 */
class TenThousandEntriesTest {

    static final int ENTRIES = 10_000;

    @TempDir static Path temp;
    static Browser browser;
    static StaticSite site;
    static Entries entries;
    static Path output;

    @BeforeAll
    static void bakeTenThousandEntries() {
        browser = Browser.start();
        output = bake(temp, ENTRIES);
        site = new StaticSite(output, "/guide/");
        entries = new Entries(output.resolve("entries.json"));
        // The synthetic site leaves a few drafts out.
        assertThat(entries.size()).isGreaterThan(ENTRIES * 9 / 10);
    }

    /** A synthetic site of that many entries, baked, or the one -Dguide.benchSite names. */
    static Path bake(Path temp, int size) {
        String reuse = System.getProperty("guide.benchSite", "");
        if (!reuse.isBlank()) {
            // -Dguide.benchSite=DIR reuses a site baked by ./guide bench-site and ./guide bake.
            return Path.of(reuse);
        }
        Path source = temp.resolve("bench-" + size);
        SyntheticSite.write(FixtureSites.projectDir(), source, size);
        BakeResult result = FixtureSites.bake(source);
        assertThat(result.problems()).isEmpty();
        return result.output();
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void logsNoConsoleErrors() {
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "?kind=course,coach&areas=social-web&language=de,fr&q=peer",
                "?modes=guidance&q=learn",
                "?areas=workplace-learning&cost=free"
            })
    void aSharedFilterAddressListsExactlyWhatEntriesJsonSelectsOnEveryPageInOrder(String query) {
        FilterQuery state = FilterQuery.parse(query);
        List<String> expected = entries.matching(state.selection(), state.text());
        int pageSize = pageSize();
        assertThat(expected).as("matches for %s", query).hasSizeGreaterThan(pageSize);
        openFilter(query);
        Object historyLength = browser.script("return history.length");
        assertThat(browser.find("#result-count").getText())
                .isEqualTo("Showing " + expected.size() + " of " + entries.size());
        List<String> listed = new ArrayList<>(listedSlugs());
        assertThat(listed).hasSize(pageSize);
        int pages = (expected.size() + pageSize - 1) / pageSize;
        for (int page = 2; page <= pages; page++) {
            assertThat(browser.find("#pages .pagination-at").getText())
                    .isEqualTo("Page " + (page - 1) + " of " + pages);
            // By keyboard: a mouse click aims at where the link was when Selenium looked, and
            // cards below the fold (content-visibility: auto) may still be settling their size.
            browser.find("#pages a[rel=next]").sendKeys(Keys.ENTER);
            String address = site.url("directory/" + query + "&page=" + page);
            browser.waiting().until(d -> d.getCurrentUrl().equals(address));
            // The keyboard focus stays on the results, not on a link that is gone.
            assertThat(browser.script("return document.activeElement.id"))
                    .isEqualTo("result-count");
            listed.addAll(listedSlugs());
        }
        assertThat(browser.findAll("#pages a[rel=next]")).isEmpty();
        assertThat(listed).containsExactlyElementsOf(expected);

        // Each page is a step of the history (Chromium keeps 50), and a reload lists it again.
        assertThat(browser.script("return history.length"))
                .isEqualTo(Math.min(50, ((Number) historyLength).longValue() + pages - 1));
        browser.driver().navigate().back();
        String previous =
                site.url("directory/" + query + (pages > 2 ? "&page=" + (pages - 1) : ""));
        browser.waiting().until(d -> d.getCurrentUrl().equals(previous));
        browser.waiting()
                .until(
                        d ->
                                listedSlugs()
                                        .equals(
                                                expected.subList(
                                                        (pages - 2) * pageSize,
                                                        (pages - 1) * pageSize)));
        browser.driver().navigate().refresh();
        browser.waitForFilter();
        assertThat(listedSlugs())
                .isEqualTo(expected.subList((pages - 2) * pageSize, (pages - 1) * pageSize));
    }

    @Test
    void withoutJavaScriptTheNumberedPagesListEveryEntryExactlyOnce() {
        browser.scripts(false);
        try {
            List<String> listed = new ArrayList<>();
            browser.open(site.url("directory/"));
            int pages = 0;
            while (true) {
                pages++;
                assertThat(browser.findAll("#filter")).noneMatch(WebElement::isDisplayed);
                listed.addAll(listedSlugs());
                List<WebElement> next = browser.findAll(".pagination a[rel=next]");
                if (next.isEmpty()) {
                    break;
                }
                String expectedNext = site.url("directory/page/" + (pages + 1) + "/");
                assertThat(next.get(0).getDomProperty("href")).isEqualTo(expectedNext);
                browser.open(expectedNext);
                assertThat(browser.find(".pagination a[rel=prev]").getDomProperty("href"))
                        .isEqualTo(
                                site.url(
                                        pages == 1
                                                ? "directory/"
                                                : "directory/page/" + pages + "/"));
            }
            assertThat(browser.find(".pagination-at").getText())
                    .isEqualTo("Page " + pages + " of " + pages);
            assertThat(listed).doesNotHaveDuplicates().containsExactlyElementsOf(entries.slugs());
        } finally {
            browser.scripts(true);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "directory/page/2/",
                "areas/social-web/page/2/",
                "directory/?modes=guidance&q=learn&page=2",
                "directory/?q=zzzz-nothing"
            })
    void hasNoAxeViolationsOnNumberedAndFilteredPages(String page) {
        Path axe = Chromium.requireAxe(FixtureSites.projectDir());
        browser.width(1280);
        browser.open(site.url(page));
        if (page.contains("?")) {
            browser.waitForFilter();
        }
        List<Map<String, Object>> violations = browser.axeViolations(axe);
        assertThat(violations).as("axe violations on /%s", page).isEmpty();
    }

    @Test
    void pagesThroughFilteredResultsByKeyboardAlone() {
        openFilter("?modes=guidance");
        WebElement next = browser.find("#pages a[rel=next]");
        for (int i = 0; i < 400 && !next.equals(browser.driver().switchTo().activeElement()); i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(next);
        next.sendKeys(Keys.ENTER);
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("?modes=guidance&page=2"));
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("result-count");
        // Tab from the result count goes on (past "Clear all filters") into the new cards.
        for (int i = 0; i < 2; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(
                        browser.script(
                                "return document.activeElement.closest('#cards .card')"
                                        + ".dataset.slug"))
                .isEqualTo(listedSlugs().get(0));
    }

    /** How many cards a page lists: the filter index says (the script reads the same). */
    private static int pageSize() {
        return new FilterIndexFiles(output).head().get("pageSize").asInt();
    }

    private void openFilter(String query) {
        browser.openFilter(site.url("directory/" + query));
    }

    private static List<String> listedSlugs() {
        List<String> slugs = new ArrayList<>();
        for (Object slug :
                (List<?>)
                        browser.script(
                                "return Array.from(document.querySelectorAll('#cards > .card'))"
                                        + ".filter(c => c.checkVisibility())"
                                        + ".map(c => c.dataset.slug)")) {
            slugs.add((String) slug);
        }
        return slugs;
    }
}
