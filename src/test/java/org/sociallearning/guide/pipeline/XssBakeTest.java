package org.sociallearning.guide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.testing.ActiveContent;
import org.sociallearning.guide.testing.BakedSite;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * An entry whose body is the whole XSS corpus and whose header values carry payloads too, baked
 * with the real templates: no page of the site has active content, and every page carries a
 * Content-Security-Policy that its own markup satisfies.
 */
class XssBakeTest {

    @TempDir static Path temp;
    static BakedSite site;

    @BeforeAll
    static void bake() throws IOException {
        Path source = FixtureSites.copy("basic", temp.resolve("src"));
        String payload = "\"><img src=x onerror=alert(1)><script>alert(1)</script>";
        Files.writeString(
                source.resolve("content/entries/xss-corpus.md"),
                String.join(
                        "\n",
                        "title=Title " + payload,
                        "type=entry",
                        "status=published",
                        "date=2026-06-01",
                        "kind=course",
                        "areas=social-web",
                        "modes=guidance",
                        "provider=Provider " + payload,
                        "url=https://xss.example.org/?q='onmouseover='alert(1)&x=%22%3E%3Cscript%3E",
                        "summary=Summary </script><script>alert(1)</script>",
                        "cost=free",
                        "format=online",
                        "reviewed=2026-06-01",
                        "sources=https://xss.example.org/src?q='onmouseover='alert(1)&x=%22%3E%3Cscript%3E",
                        "~~~~~~",
                        String.join("\n\n", ActiveContent.payloads())));
        BakeResult result = FixtureSites.bake(source);
        assertThat(result.problems()).isEmpty();
        site = new BakedSite(result.output());
    }

    @Test
    void noBakedPageHasActiveContent() {
        List<String> pages = site.htmlPages();
        assertThat(pages).contains("entries/xss-corpus/index.html");
        for (String path : pages) {
            Document page = site.page(path);
            assertThat(ActiveContent.in(page, XssBakeTest::isTheSitesOwn)).as(path).isEmpty();
        }
    }

    @Test
    void theBodyKeepsItsTextAndItsSafeLinks() {
        Element body = site.page("entries/xss-corpus/").selectFirst(".entry-body");
        assertThat(body).isNotNull();
        assertThat(body.text()).contains("<script>alert(1)</script>", "markdown link");
        assertThat(body.select("a[href]"))
                .allSatisfy(
                        a -> {
                            assertThat(a.attr("href"))
                                    .matches("(?i)(https?|mailto):.*|(\\.\\.?/|#)[^:]*");
                            assertThat(a.attr("rel")).contains("noopener", "noreferrer");
                        });
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyItsOwnMarkupSatisfies() {
        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertThat(csp).as(path).isNotNull();
            assertThat(csp.attr("content"))
                    .contains("script-src 'self'", "object-src 'none'", "base-uri 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            for (Element script : page.select("script")) {
                boolean data = script.attr("type").equals("application/ld+json");
                assertThat(data || isSameOrigin(script.attr("src")))
                        .as(path + ": " + script.outerHtml())
                        .isTrue();
            }
            assertThat(page.select("[style], style")).as(path).isEmpty();
            assertThat(page.select("link[href]"))
                    .allSatisfy(
                            l ->
                                    assertThat(isSameOrigin(l.attr("href")) || isCanonical(l))
                                            .isTrue());
        }
    }

    /** The site's own script files, stylesheet, icon and feed link, and JSON-LD data. */
    private static boolean isTheSitesOwn(Element e) {
        return switch (e.normalName()) {
            case "script" ->
                    e.attr("type").equals("application/ld+json")
                            || (e.hasAttr("src")
                                    && isSameOrigin(e.attr("src"))
                                    && e.data().isEmpty());
            case "link" -> isSameOrigin(e.attr("href")) || isCanonical(e);
            default -> isInTheDirectorysFilterForm(e);
        };
    }

    /**
     * The directory's own filter controls: its form (a GET to the same page), what is in it, and
     * its clear buttons; never inside an entry body, never with an event-handler attribute.
     */
    private static boolean isInTheDirectorysFilterForm(Element e) {
        Element form = e.closest("form#filter");
        boolean ownControl =
                form != null
                        ? form.attr("action").equals("./") && form.attr("method").equals("get")
                        : e.id().startsWith("filter-");
        return ownControl
                && e.closest(".entry-body") == null
                && e.attributes().asList().stream()
                        .noneMatch(
                                a -> a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"))
                && e.ownerDocument().location().contains("/directory/");
    }

    private static boolean isCanonical(Element link) {
        return link.attr("rel").equals("canonical")
                && link.attr("href").startsWith("https://example.org/");
    }

    private static boolean isSameOrigin(String url) {
        return !url.isEmpty() && !url.contains(":") && !url.startsWith("//");
    }
}
