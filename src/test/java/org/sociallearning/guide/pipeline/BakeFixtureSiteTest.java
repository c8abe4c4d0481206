package org.sociallearning.guide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sociallearning.guide.testing.BakedSite;
import org.sociallearning.guide.testing.FilterIndexFiles;
import org.sociallearning.guide.testing.FixtureSites;
import org.w3c.dom.NodeList;

/** Bakes the "basic" fixture once and checks every kind of page against what its entries say. */
class BakeFixtureSiteTest {

    private static final List<String> PUBLISHED =
            List.of(
                    "alpha-course",
                    "beta-coach",
                    "delta-accreditation",
                    "escaping-check",
                    "gamma-community");

    @TempDir static Path temp;
    static BakedSite site;
    static BakeResult result;

    @BeforeAll
    static void bake() {
        Path source = FixtureSites.copy("basic", temp.resolve("src"));
        result = FixtureSites.bake(source);
        site = new BakedSite(result.output());
    }

    @Test
    void bakesWithoutProblems() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.written()).isTrue();
        assertThat(result.entries()).isEqualTo(5);
        assertThat(result.drafts()).isEqualTo(1);
    }

    @Test
    void writesAPagePerPublishedEntryAndNoneForDrafts() {
        for (String slug : PUBLISHED) {
            assertThat(site.page("entries/" + slug + "/").select("h1")).hasSize(1);
        }
        assertThat(site.file("entries/epsilon-draft/")).doesNotExist();
        assertThat(site.htmlPages()).noneMatch(p -> site.text(p).contains("Epsilon"));
        assertThat(site.text("entries.json")).doesNotContain("epsilon");
        assertThat(site.text("feed.xml")).doesNotContain("epsilon");
        assertThat(site.text("sitemap.xml")).doesNotContain("epsilon");
    }

    @Test
    void directoryListsEveryPublishedEntryAndTheFilterIndexCarriesTheirValues() {
        Document directory = site.page("directory/");
        assertThat(cardSlugs(directory)).containsExactlyInAnyOrderElementsOf(PUBLISHED);
        assertThat(directory.selectFirst("li.card[data-slug=beta-coach]")).isNotNull();
        FilterIndexFiles index = new FilterIndexFiles(site.root());
        assertThat(index.slugs()).containsExactlyElementsOf(cardSlugs(directory));
        assertThat(index.values("beta-coach", "kind")).containsExactly("coach");
        assertThat(index.values("beta-coach", "areas")).containsExactly("workplace-learning");
        // In the facet's order, whatever the entry's header order.
        assertThat(index.values("beta-coach", "modes"))
                .containsExactly("guidance", "accreditation");
        assertThat(index.values("beta-coach", "cost")).containsExactly("mixed");
        assertThat(index.values("beta-coach", "format")).containsExactly("blended");
        assertThat(index.values("beta-coach", "pace")).containsExactly("one-to-one");
        assertThat(index.values("beta-coach", "language")).containsExactlyInAnyOrder("en", "de");
    }

    static Stream<Arguments> facetPages() {
        return Stream.of(
                Arguments.of("areas/social-web/", List.of("alpha-course", "gamma-community")),
                Arguments.of(
                        "areas/social-pedagogy/",
                        List.of("alpha-course", "delta-accreditation", "escaping-check")),
                Arguments.of(
                        "areas/workplace-learning/", List.of("beta-coach", "delta-accreditation")),
                Arguments.of("modes/guidance/", List.of("alpha-course", "beta-coach")),
                Arguments.of("modes/accreditation/", List.of("beta-coach", "delta-accreditation")),
                Arguments.of("modes/do-it-yourself/", List.of("escaping-check", "gamma-community")),
                Arguments.of("kinds/course/", List.of("alpha-course", "escaping-check")),
                Arguments.of("kinds/coach/", List.of("beta-coach")),
                Arguments.of("kinds/community/", List.of("gamma-community")),
                Arguments.of("kinds/accreditation/", List.of("delta-accreditation")),
                Arguments.of("costs/paid/", List.of("alpha-course", "delta-accreditation")),
                Arguments.of("costs/free/", List.of("escaping-check", "gamma-community")),
                Arguments.of("formats/in-person/", List.of("escaping-check")),
                Arguments.of("paces/one-to-one/", List.of("beta-coach")),
                Arguments.of(
                        "languages/en/",
                        List.of("alpha-course", "beta-coach", "escaping-check", "gamma-community")),
                Arguments.of("languages/de/", List.of("beta-coach")),
                Arguments.of("languages/fr/", List.of("delta-accreditation")),
                Arguments.of(
                        "areas/workplace-learning/accreditation/",
                        List.of("beta-coach", "delta-accreditation")),
                Arguments.of("areas/social-web/guidance/", List.of("alpha-course")),
                Arguments.of("areas/social-web/accreditation/", List.of()),
                Arguments.of("areas/workplace-learning/do-it-yourself/", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facetPages")
    void facetPagesListExactlyTheirEntries(String path, List<String> expected) {
        Document page = site.page(path);
        assertThat(cardSlugs(page)).containsExactlyInAnyOrderElementsOf(expected);
        if (expected.isEmpty()) {
            assertThat(page.select(".empty")).hasSize(1);
        }
    }

    @Test
    void homeGridCountsMatchTheCellsAndEmptyCellsAskForSuggestions() {
        Document home = site.page("");
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String area : List.of("social-web", "social-pedagogy", "workplace-learning")) {
            for (String mode : List.of("do-it-yourself", "guidance", "accreditation")) {
                expected.put("areas/" + area + "/" + mode + "/", 0);
            }
        }
        expected.put("areas/social-web/guidance/", 1);
        expected.put("areas/social-web/do-it-yourself/", 1);
        expected.put("areas/social-pedagogy/guidance/", 1);
        expected.put("areas/social-pedagogy/do-it-yourself/", 1);
        expected.put("areas/social-pedagogy/accreditation/", 1);
        expected.put("areas/workplace-learning/guidance/", 1);
        expected.put("areas/workplace-learning/accreditation/", 2);
        List<Element> cells = home.select("table.grid tbody td a.cell-link");
        assertThat(cells).hasSize(9);
        List<String> cellPages = new ArrayList<>(expected.keySet());
        for (int i = 0; i < cells.size(); i++) {
            Element cell = cells.get(i);
            String page = cellPages.get(i);
            int count = expected.get(page);
            assertThat(cardSlugs(site.page(page))).as(page).hasSize(count);
            if (count == 0) {
                assertThat(cell.attr("href")).as(page).isEqualTo("contribute/");
                assertThat(cell.hasAttr("data-directory-href")).as(page).isFalse();
                assertThat(cell.text()).as(page).startsWith("none yet — suggest one");
            } else {
                assertThat(cell.attr("href")).isEqualTo(page);
                assertThat(cell.selectFirst(".cell-count").text())
                        .as(page)
                        .isEqualTo(String.valueOf(count));
            }
        }
        assertThat(site.page("contribute/")).isNotNull();
    }

    @Test
    void homeListsTheNewestEntriesByDateAndTheLatestReviewedByReviewDate() {
        Document home = site.page("");
        assertThat(home.select("#recent-heading + ol.cards h3 a").eachAttr("href"))
                .containsExactly(
                        "entries/escaping-check/",
                        "entries/delta-accreditation/",
                        "entries/alpha-course/",
                        "entries/beta-coach/",
                        "entries/gamma-community/");
        assertThat(home.select(".reviewed-links a").eachAttr("href"))
                .containsExactly(
                        "entries/alpha-course/",
                        "entries/escaping-check/",
                        "entries/delta-accreditation/",
                        "entries/beta-coach/",
                        "entries/gamma-community/");
        assertThat(home.select(".reviewed-links time").eachAttr("datetime"))
                .containsExactly(
                        "2026-06-15", "2026-05-01", "2026-04-01", "2026-02-01", "2026-01-15");
    }

    @Test
    void entriesJsonHoldsEveryPublishedEntryWithAllFields() throws Exception {
        JsonNode json = new ObjectMapper().readTree(site.text("entries.json"));
        assertThat(json.get("count").asInt()).isEqualTo(5);
        List<String> slugs = new ArrayList<>();
        json.get("entries").forEach(e -> slugs.add(e.get("slug").asText()));
        assertThat(slugs).containsExactlyInAnyOrderElementsOf(PUBLISHED);
        JsonNode alpha = find(json, "alpha-course");
        assertThat(alpha.get("title").asText()).isEqualTo("Alpha course");
        assertThat(alpha.get("kind").asText()).isEqualTo("course");
        assertThat(alpha.get("areas"))
                .extracting(JsonNode::asText)
                .containsExactly("social-web", "social-pedagogy");
        assertThat(alpha.get("modes")).extracting(JsonNode::asText).containsExactly("guidance");
        assertThat(alpha.get("provider").asText()).isEqualTo("Alpha Org");
        assertThat(alpha.get("url").asText()).isEqualTo("https://alpha.example.org/course/");
        assertThat(alpha.get("summary").asText())
                .isEqualTo("A course on personal learning networks.");
        assertThat(alpha.get("cost").asText()).isEqualTo("paid");
        assertThat(alpha.get("format").asText()).isEqualTo("online");
        assertThat(alpha.get("pace").asText()).isEqualTo("cohort");
        assertThat(alpha.get("language")).extracting(JsonNode::asText).containsExactly("en");
        assertThat(alpha.get("date").asText()).isEqualTo("2026-03-01");
        assertThat(alpha.get("reviewed").asText()).isEqualTo("2026-06-15");
        assertThat(alpha.get("sources"))
                .extracting(JsonNode::asText)
                .containsExactly(
                        "https://alpha.example.org/course/",
                        "https://news.example.net/2026/alpha-course-announced");
        assertThat(alpha.get("tags"))
                .extracting(JsonNode::asText)
                .containsExactly("pkm", "networks");
        assertThat(alpha.get("page").asText())
                .isEqualTo("https://example.org/guide/entries/alpha-course/");
        assertThat(find(json, "delta-accreditation").has("pace")).isFalse();
        assertThat(find(json, "gamma-community").get("language"))
                .extracting(JsonNode::asText)
                .containsExactly("en");
    }

    @Test
    void feedIsWellFormedAtomNewestFirst() throws Exception {
        org.w3c.dom.Document feed = xml("feed.xml");
        assertThat(feed.getDocumentElement().getNamespaceURI())
                .isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(5);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            ids.add(
                    ((org.w3c.dom.Element) entries.item(i))
                            .getElementsByTagNameNS("*", "id")
                            .item(0)
                            .getTextContent());
        }
        assertThat(ids)
                .containsExactly(
                        "https://example.org/guide/entries/escaping-check/",
                        "https://example.org/guide/entries/delta-accreditation/",
                        "https://example.org/guide/entries/alpha-course/",
                        "https://example.org/guide/entries/beta-coach/",
                        "https://example.org/guide/entries/gamma-community/");
        assertThat(feed.getElementsByTagNameNS("*", "updated").item(0).getTextContent())
                .isEqualTo("2026-06-15T00:00:00Z");
        assertThat(feed.getElementsByTagNameNS("*", "title").item(1).getTextContent())
                .isEqualTo("<b>& \"quotes\" course");
    }

    @Test
    void sitemapIsWellFormedAndListsOnlyPagesThatExist() throws Exception {
        org.w3c.dom.Document sitemap = xml("sitemap.xml");
        NodeList locs =
                sitemap.getElementsByTagNameNS(
                        "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertThat(locs.getLength()).isGreaterThan(20);
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertThat(loc).startsWith("https://example.org/guide/");
            assertThat(site.file(loc.substring("https://example.org/guide/".length())))
                    .as(loc)
                    .isRegularFile();
        }
        assertThat(site.text("sitemap.xml"))
                .contains(
                        "<loc>https://example.org/guide/entries/alpha-course/</loc><lastmod>2026-06-15</lastmod>");
        assertThat(site.text("robots.txt"))
                .contains("Sitemap: https://example.org/guide/sitemap.xml");
    }

    @Test
    void escapesHeaderValuesExactlyOnce() {
        Document page = site.page("entries/escaping-check/");
        String raw = site.text("entries/escaping-check/");
        assertThat(page.selectFirst("h1").text()).isEqualTo("<b>& \"quotes\" course");
        assertThat(page.select("h1 b")).isEmpty();
        assertThat(page.title()).startsWith("<b>& \"quotes\" course");
        assertThat(page.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("Summary with <i>markup</i> & ampersand.");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content"))
                .isEqualTo("<b>& \"quotes\" course");
        assertThat(raw)
                .contains("&lt;b&gt;&amp;")
                .doesNotContain("&amp;lt;")
                .doesNotContain("&amp;amp;");
        assertThat(page.select("td").eachText()).contains("Tom & Jerry <Co>");
        assertThat(page.selectFirst("a.button").attr("href"))
                .isEqualTo("https://escape.example.org/?a=1&b=2");
    }

    @Test
    void entryBodiesAreRenderedAndCleaned() {
        Document alpha = site.page("entries/alpha-course/");
        assertThat(alpha.select(".entry-body strong").text()).isEqualTo("alpha");
        Element link = alpha.selectFirst(".entry-body a[href=https://alpha.example.org/]");
        assertThat(link).isNotNull();
        assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
        Document escaping = site.page("entries/escaping-check/");
        assertThat(escaping.select("script:not([type=application/ld+json])")).isEmpty();
        assertThat(escaping.select(".entry-body a").eachAttr("href"))
                .noneMatch(h -> h.toLowerCase().startsWith("javascript"));
        Document delta = site.page("entries/delta-accreditation/");
        assertThat(delta.select(".entry-body h1")).isEmpty();
        assertThat(delta.select(".entry-body h3").text()).isEqualTo("How it works");
    }

    @Test
    void everyPageHasOneH1ALanguageADescriptionACanonicalUrlAndASkipLink() {
        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            assertThat(page.select("h1")).as(path).hasSize(1);
            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
            assertThat(page.selectFirst("meta[name=description]").attr("content"))
                    .as(path)
                    .isNotBlank();
            Element canonical = page.selectFirst("link[rel=canonical]");
            if (canonical == null) {
                // Only the 404 page and empty facet pages are kept out of search engines.
                assertThat(page.selectFirst("meta[name=robots]").attr("content"))
                        .as(path)
                        .isEqualTo("noindex");
                assertThat(path.equals("404.html") || page.select("ol.cards").isEmpty())
                        .as(path)
                        .isTrue();
            } else {
                assertThat(canonical.attr("href"))
                        .as(path)
                        .startsWith("https://example.org/guide/");
            }
            assertThat(page.selectFirst("a.skip-link").attr("href")).as(path).isEqualTo("#main");
            assertThat(page.getElementById("main")).as(path).isNotNull();
            assertThat(page.selectFirst("meta[name=viewport]")).as(path).isNotNull();
        }
    }

    @Test
    void entryPageListsItsSourcesAsOutboundLinksWithTheirHosts() {
        Document alpha = site.page("entries/alpha-course/");
        assertThat(alpha.select("section.sources h2").text()).isEqualTo("Sources");
        assertThat(alpha.select(".source-links a").eachAttr("href"))
                .containsExactly(
                        "https://alpha.example.org/course/",
                        "https://news.example.net/2026/alpha-course-announced");
        assertThat(alpha.select(".source-links a").eachAttr("rel"))
                .containsOnly("noopener noreferrer");
        assertThat(alpha.select(".source-links .external-host").eachText())
                .containsExactly("alpha.example.org", "news.example.net");
        assertThat(alpha.select("section.sources time").attr("datetime")).isEqualTo("2026-06-15");
    }

    @Test
    void entryPageShowsFactsLinkOutAndRelatedEntriesOfItsCell() {
        Document beta = site.page("entries/beta-coach/");
        assertThat(beta.selectFirst("a.button").attr("href"))
                .isEqualTo("https://beta.example.org/");
        assertThat(beta.select("table.facts th").eachText())
                .contains(
                        "Kind",
                        "Skill areas",
                        "Learning modes",
                        "Provider",
                        "Cost",
                        "Format",
                        "Pace",
                        "Language");
        assertThat(beta.select("table.facts td").eachText())
                .contains("Coach", "One to one", "English, German");
        Document delta = site.page("entries/delta-accreditation/");
        assertThat(delta.select(".entry-links a").eachAttr("href"))
                .containsExactly("../../entries/beta-coach/");
        assertThat(delta.select(".cell-links a").eachAttr("href"))
                .containsExactly(
                        "../../areas/social-pedagogy/accreditation/",
                        "../../areas/workplace-learning/accreditation/");
        Document alpha = site.page("entries/alpha-course/");
        assertThat(alpha.select(".entry-links a").eachAttr("href")).isEmpty();
    }

    @Test
    void prosePagesAreBaked() {
        assertThat(site.page("about/").selectFirst("h1").text()).isEqualTo("About");
        assertThat(site.page("about/").select("article h2").eachText())
                .containsExactly("About", "State of the guide");
        assertThat(site.page("contribute/").text()).contains("Open a pull request.");
        Document notFound = site.page("404.html");
        assertThat(notFound.select("a[href=/guide/directory/]")).isNotEmpty();
        assertThat(notFound.select("a[href], link[href]").eachAttr("href"))
                .allMatch(
                        h ->
                                h.startsWith("/guide/")
                                        || h.startsWith("https://")
                                        || h.startsWith("#"));
    }

    @Test
    void copiesAssets() {
        assertThat(site.file("css/site.css")).isRegularFile();
        assertThat(site.file("img/favicon.svg")).isRegularFile();
    }

    private static List<String> cardSlugs(Document page) {
        return page.select("ol.cards li.card .card-title a").eachAttr("href").stream()
                .map(h -> h.replaceAll("^(\\.\\./)*entries/", "").replaceAll("/$", ""))
                .toList();
    }

    private static JsonNode find(JsonNode json, String slug) {
        for (JsonNode e : json.get("entries")) {
            if (e.get("slug").asText().equals(slug)) {
                return e;
            }
        }
        throw new AssertionError("no entry " + slug);
    }

    private static org.w3c.dom.Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(site.text(path).getBytes(StandardCharsets.UTF_8)));
    }
}
