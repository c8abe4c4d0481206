package org.sociallearning.guide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.sociallearning.guide.pipeline.BakeResult;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * The directory's filter in headless Chromium, on the "basic" fixture plus an entry with accents,
 * checked against what {@code entries.json} says each view must show.
 */
class DirectoryFilterTest {

    private static final String ZETA =
            """
            title=Réseaux apprenants
            type=entry
            status=published
            date=2026-06-01
            kind=community
            areas=social-web,workplace-learning
            modes=do-it-yourself,guidance
            provider=Société Éducative
            url=https://zeta.example.org/
            summary=Une communauté francophone pour apprendre en réseau.
            cost=free
            format=blended
            pace=ongoing
            language=fr
            reviewed=2026-06-01
            sources=https://zeta.example.org/
            tags=reseaux,entraide
            ~~~~~~
            Zeta.
            """;

    @TempDir static Path temp;
    static Browser browser;
    static StaticSite site;
    static Entries entries;

    @BeforeAll
    static void bakeAndServe() throws IOException {
        browser = Browser.start();
        Path source = FixtureSites.copy("basic", temp.resolve("src"));
        Files.writeString(
                source.resolve("content/entries/zeta-reseaux.md"), ZETA, StandardCharsets.UTF_8);
        BakeResult result = FixtureSites.bake(source);
        assertThat(result.problems()).isEmpty();
        site = new StaticSite(result.output(), "/guide/");
        entries = new Entries(result.output().resolve("entries.json"));
        assertThat(entries.size()).isEqualTo(6);
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
                "?areas=social-web,workplace-learning&modes=guidance&kind=course&kind=coach",
                "?areas=social-web&areas=workplace-learning&modes=guidance",
                "?language=fr&cost=free,paid",
                "?pace=cohort,ongoing&format=online",
                "?q=SOCIETE",
                "?q=reseau+apprenant",
                "?q=coach&modes=accreditation",
                "?kind=community&q=online"
            })
    void restoresASharedLinkToExactlyTheCardsEntriesJsonSelects(String query) {
        openDirectory(query);
        FilterQuery expected = FilterQuery.parse(query);
        List<String> slugs = entries.matching(expected.selection(), expected.text());
        assertThat(slugs).isNotEmpty();
        assertThat(visibleSlugs()).containsExactlyElementsOf(slugs);
        assertThat(ticked()).isEqualTo(expected.selection());
        assertThat(browser.find("#filter-q").getDomProperty("value")).isEqualTo(expected.text());
        assertThat(browser.find("#result-count").getText())
                .isEqualTo("Showing " + slugs.size() + " of " + entries.size());
        assertThat(browser.find("#filter-empty").isDisplayed()).isFalse();
    }

    @Test
    void showsAnEmptyStateWhoseButtonClearsEveryFilter() {
        openDirectory("?areas=social-pedagogy&modes=guidance&kind=course&q=coach");
        assertThat(visibleSlugs()).isEmpty();
        assertThat(browser.find("#result-count").getText()).isEqualTo("Showing 0 of 6");
        WebElement clear = browser.find("#filter-empty-clear");
        assertThat(clear.isDisplayed()).isTrue();
        clear.click();
        assertThat(visibleSlugs()).hasSize(6);
        assertThat(browser.find("#filter-empty").isDisplayed()).isFalse();
        // The address is written once the page has been drawn.
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/guide/directory/"));
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("result-count");
    }

    @Test
    void countsBesideEveryValueWhatTickingItWouldShow() {
        String query = "?kind=course,community&areas=social-web&q=a";
        openDirectory(query);
        FilterQuery state = FilterQuery.parse(query);
        int checked = 0;
        for (WebElement box : browser.findAll("#filter input[type=checkbox]")) {
            String field = box.getDomAttribute("name");
            String value = box.getDomAttribute("value");
            Object count =
                    browser.script(
                            "return arguments[0].labels[0].querySelector('.count').textContent",
                            box);
            assertThat(count)
                    .as("count of %s=%s", field, value)
                    .isEqualTo(
                            spoken(
                                    entries.countFor(
                                            state.selection(), state.text(), field, value)));
            checked++;
        }
        assertThat(checked).isGreaterThan(15);
    }

    @Test
    void narrowsAsFacetsAreClickedAndTheBackButtonRetracesTheSteps() {
        openDirectory("");
        click("kind", "community");
        assertShows("?kind=community");
        click("kind", "course");
        assertShows("?kind=course,community");
        click("areas", "social-web");
        assertShows("?kind=course,community&areas=social-web");
        click("kind", "community");
        assertShows("?kind=course&areas=social-web");

        browser.driver().navigate().back();
        assertShows("?kind=course,community&areas=social-web");
        browser.driver().navigate().back();
        assertShows("?kind=course,community");
        browser.driver().navigate().back();
        assertShows("?kind=community");
        browser.driver().navigate().forward();
        assertShows("?kind=course,community");
        browser.find("#filter-clear").click();
        assertShows("");
        browser.driver().navigate().back();
        assertShows("?kind=course,community");
    }

    @Test
    void searchesAsYouTypeIgnoringCaseAndAccentsInOneHistoryStep() {
        openDirectory("?format=blended");
        browser.find("#filter-q").sendKeys("SOCIETE educ");
        assertShows("?format=blended&q=SOCIETE+educ");
        assertThat(visibleSlugs()).containsExactly("zeta-reseaux");
        browser.find("#filter-q").clear();
        browser.find("#filter-q").sendKeys("réseaux");
        assertShows("?format=blended&q=r%C3%A9seaux");
        browser.find("#filter-q").sendKeys(Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).contains("/guide/directory/?");
        browser.driver().navigate().back();
        assertShows("?format=blended");
    }

    @Test
    void findsSearchWordsAtTheStartOfAWordOnly() {
        openDirectory("?q=commun");
        assertThat(visibleSlugs())
                .containsExactlyElementsOf(entries.matching(Map.of(), "commun"))
                .contains("beta-coach", "gamma-community", "zeta-reseaux");
        // Inside "community" and "communauté", but at the start of no word.
        openDirectory("?q=munaut");
        assertThat(entries.matching(Map.of(), "munaut")).isEmpty();
        assertThat(visibleSlugs()).isEmpty();
        assertThat(browser.find("#filter-empty").isDisplayed()).isTrue();
    }

    @Test
    void worksByKeyboardAloneWithVisibleFocus() {
        openDirectory("");
        WebElement search = tabTo("filter-q");
        assertVisibleFocus(search);
        search.sendKeys("coach");
        WebElement first = tabTo("f-kind-course");
        assertVisibleFocus(first);
        first.sendKeys(Keys.SPACE);
        assertShows("?kind=course&q=coach");
        WebElement clear = tabTo("filter-clear");
        assertVisibleFocus(clear);
        clear.sendKeys(Keys.ENTER);
        assertShows("");
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("result-count");
    }

    @Test
    void showsEveryCardAndLinksToTheFacetPagesWithoutJavaScript() {
        browser.scripts(false);
        try {
            browser.open(site.url("directory/?kind=course&q=nothing-matches-this"));
            List<WebElement> cards = browser.findAll("#cards > .card");
            assertThat(cards).hasSize(6).allMatch(WebElement::isDisplayed);
            assertThat(browser.find("#filter").isDisplayed()).isFalse();
            assertThat(browser.find("#facet-nav").isDisplayed()).isTrue();
            assertThat(browser.find("#result-count").getText()).isEqualTo("Showing 6 of 6");
            List<String> links =
                    browser.findAll("#facet-nav a").stream()
                            .map(a -> a.getDomProperty("href"))
                            .toList();
            assertThat(links).contains(site.url("kinds/course/"), site.url("areas/social-web/"));
            browser.open(site.url(""));
            assertThat(browser.find("a.cell-link").getDomProperty("href"))
                    .startsWith(site.url("areas/"));
        } finally {
            browser.scripts(true);
        }
    }

    @Test
    void homeGridCellsAndFacetPagesOpenThePreFilteredDirectory() {
        browser.open(site.url(""));
        // The home page loads its own small script, not the directory's filter.
        assertThat(loadedScripts()).containsExactly(site.url("js/home.js"));
        List<WebElement> cells = browser.findAll("a.cell-link");
        assertThat(cells).hasSize(9);
        assertThat(cells.get(1).getDomProperty("href"))
                .isEqualTo(site.url("directory/?areas=social-web&modes=guidance"));
        cells.get(1).click();
        browser.waitForFilter();
        assertShows("?areas=social-web&modes=guidance");

        browser.open(site.url("kinds/course/"));
        browser.find("a[href$='directory/?kind=course']").click();
        browser.waitForFilter();
        assertShows("?kind=course");
        assertThat(visibleSlugs()).hasSize(2);
    }

    /** The addresses of the scripts this page loaded, in load order. */
    private List<String> loadedScripts() {
        List<String> urls = new ArrayList<>();
        for (Object url :
                (List<?>)
                        browser.script(
                                "return performance.getEntriesByType('resource')"
                                        + ".filter(e => e.initiatorType === 'script')"
                                        + ".map(e => e.name)")) {
            urls.add((String) url);
        }
        return urls;
    }

    /** A count as its label reads: the number, then a unit only screen readers announce. */
    private static String spoken(int count) {
        return count + (count == 1 ? " entry" : " entries");
    }

    private void openDirectory(String query) {
        browser.openFilter(site.url("directory/" + query));
    }

    private void click(String field, String value) {
        browser.find("label[for='f-" + field + "-" + value + "']").click();
    }

    /** The URL, checkboxes and cards all show the state of {@code query}. */
    private void assertShows(String query) {
        String expectedUrl = site.url("directory/" + query);
        browser.waiting().until(d -> d.getCurrentUrl().equals(expectedUrl));
        FilterQuery state = FilterQuery.parse(query);
        assertThat(ticked()).as("ticked for %s", query).isEqualTo(state.selection());
        assertThat(visibleSlugs())
                .as("cards for %s", query)
                .containsExactlyElementsOf(entries.matching(state.selection(), state.text()));
    }

    private List<String> visibleSlugs() {
        List<String> slugs = new ArrayList<>();
        for (Object slug :
                (List<?>)
                        browser.script(
                                "return Array.from(document.querySelectorAll('#cards > .card'))"
                                        + ".filter(c => c.checkVisibility()).map(c => c.dataset.slug)")) {
            slugs.add((String) slug);
        }
        return slugs;
    }

    private Map<String, List<String>> ticked() {
        @SuppressWarnings("unchecked")
        Map<String, List<String>> result =
                (Map<String, List<String>>)
                        browser.script(
                                "const r = {};"
                                        + "document.querySelectorAll('#filter input:checked')"
                                        + ".forEach(b => (r[b.name] = r[b.name] || [])"
                                        + ".push(b.value));"
                                        + "return r;");
        return result;
    }

    private WebElement tabTo(String id) {
        for (int i = 0; i < 60; i++) {
            WebElement active = browser.driver().switchTo().activeElement();
            if (id.equals(active.getDomAttribute("id"))) {
                return active;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private void assertVisibleFocus(WebElement element) {
        assertThat(element.getCssValue("outline-style")).isNotEqualTo("none");
        assertThat(element.getCssValue("outline-width")).isNotEqualTo("0px");
    }
}
