package org.sociallearning.guide.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sociallearning.guide.testing.ActiveContent;

class HtmlSanitizerTest {

    private static final Set<String> SAFE_TAGS =
            Set.of(
                    "html",
                    "head",
                    "body",
                    "a",
                    "b",
                    "blockquote",
                    "br",
                    "caption",
                    "cite",
                    "code",
                    "col",
                    "colgroup",
                    "dd",
                    "del",
                    "div",
                    "dl",
                    "dt",
                    "em",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "hr",
                    "i",
                    "li",
                    "ol",
                    "p",
                    "pre",
                    "q",
                    "small",
                    "span",
                    "strike",
                    "strong",
                    "sub",
                    "sup",
                    "table",
                    "tbody",
                    "td",
                    "tfoot",
                    "th",
                    "thead",
                    "tr",
                    "u",
                    "ul");

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    static Stream<String> payloads() {
        return ActiveContent.payloads().stream();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void leavesNoActiveContentFromMarkdown(String payload) {
        assertSafe(sanitizer.clean(markdown.render(payload)));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void leavesNoActiveContentFromRawHtml(String payload) {
        assertSafe(sanitizer.clean(payload));
    }

    @Test
    void leavesNoActiveContentFromTheWholeCorpusAsOneDocument() {
        String all = String.join("\n\n", ActiveContent.payloads());
        assertSafe(sanitizer.clean(markdown.render(all)));
        assertSafe(sanitizer.clean(all));
    }

    @Test
    void theOracleSeesTheActiveContentOfEveryHtmlPayloadBeforeCleaning() {
        // Proves the check above can fail: uncleaned, each HTML payload is caught.
        assertThat(ActiveContent.payloads())
                .filteredOn(p -> p.startsWith("<") && !p.startsWith("<!--"))
                .filteredOn(p -> !p.startsWith("<javascript:") && !p.startsWith("<body"))
                .hasSizeGreaterThan(35)
                .allSatisfy(
                        p ->
                                assertThat(ActiveContent.in(Jsoup.parseBodyFragment(p), e -> false))
                                        .as(p)
                                        .isNotEmpty());
    }

    @Test
    void keepsOrdinaryMarkdownAndMarksOutboundLinks() {
        String html =
                sanitizer.clean(
                        markdown.render(
                                """
                                # Heading

                                Some *emphasis*, a [link](https://example.org/a?b=1&c=2) and \
                                [mail](mailto:team@example.org).

                                - one
                                - two
                                """));
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("h2").text()).isEqualTo("Heading");
        assertThat(doc.select("em").text()).isEqualTo("emphasis");
        assertThat(doc.select("li")).hasSize(2);
        Element link = doc.selectFirst("a[href^=https]");
        assertThat(link.attr("href")).isEqualTo("https://example.org/a?b=1&c=2");
        assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(doc.selectFirst("a[href^=mailto]").hasAttr("rel")).isFalse();
    }

    @Test
    void dropsFtpAndRelativeLinksButKeepsTheirText() {
        Document doc =
                Jsoup.parseBodyFragment(
                        sanitizer.clean(
                                "<a href=\"ftp://x.org/f\">ftp</a> <a href=\"/a\">rel</a>"));
        assertThat(doc.select("a[href]")).isEmpty();
        assertThat(doc.text()).isEqualTo("ftp rel");
    }

    @Test
    void keepsRelativeLinksToTheSitesOwnPagesAndFragments() {
        Document doc =
                Jsoup.parseBodyFragment(
                        sanitizer.clean(
                                "<a href=\"../../directory/\">dir</a> <a href=\"#facts\">facts</a> <a href=\"./x/\">x</a>"
                                        + " <a href=\"javascript%3Aalert(1)\">enc</a> <a href=\"//evil.example/\">proto</a>"));
        assertThat(doc.select("a[href]").eachAttr("href"))
                .containsExactly("../../directory/", "#facts", "./x/", "//evil.example/");
        assertThat(doc.selectFirst("a[href^=//]").attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(doc.select("a[href=../../directory/]").attr("rel")).isEmpty();
    }

    private static void assertSafe(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(ActiveContent.in(doc, e -> false)).as(html).isEmpty();
        assertThat(doc.body().getAllElements())
                .as(html)
                .allSatisfy(e -> assertThat(SAFE_TAGS).contains(e.normalName()));
        for (Element a : doc.select("a[href]")) {
            assertThat(a.attr("href")).as(html).matches("(?i)(https?|mailto):.*|(\\.\\.?/|#)[^:]*");
        }
    }
}
