package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.testing.BakedSite;
import org.sociallearning.guide.testing.FixtureSites;

class HtmlScannerTest {

    private static List<String> scan(String html) {
        List<String> found = new ArrayList<>();
        HtmlScanner.scan(
                html.getBytes(StandardCharsets.UTF_8),
                new HtmlScanner.Sink() {
                    @Override
                    public void reference(String url, int line) {
                        found.add(line + " " + url);
                    }

                    @Override
                    public void anchor(String name) {
                        found.add("#" + name);
                    }

                    @Override
                    public void base(String href, int line) {
                        found.add("base " + href);
                    }
                });
        return found;
    }

    @Test
    void findsReferencesAndAnchorsWithTheirLines() {
        assertThat(
                        scan(
                                """
                                <A HREF='a?x=1&amp;y=2' ID=one>x</A>
                                <img src=b.png srcset="c.png 1x, d,e.png 2x, f.png (min-width: 1px, 2px)">
                                <meta property="og:image" content=" g.png ">
                                <meta http-equiv=Refresh content="0;url=h/">
                                <a name="n" href="i&eacute;/" href="ignored">
                                """))
                .containsExactly(
                        "#one",
                        "1 a?x=1&y=2",
                        "2 b.png",
                        "2 c.png",
                        "2 d,e.png",
                        "2 f.png",
                        "3 g.png",
                        "4 h/",
                        "5 ié/",
                        "#n");
    }

    @Test
    void splitsSrcsetAsTheStandardDoes() {
        assertThat(Srcset.urls("a.png,b.png 2x, c.png 100w,d.png,, e.png"))
                .containsExactly("a.png,b.png", "c.png", "d.png", "e.png");
    }

    @Test
    void readsTheUrlOfAMetaRefresh() {
        assertThat(MetaRefresh.url("5; url=\"x/\"")).contains("x/");
        assertThat(MetaRefresh.url("0,URL=y")).contains("y");
        assertThat(MetaRefresh.url("5")).isEmpty();
    }

    /** The scanner must see exactly what Jsoup's full parse sees, line for line, on real pages. */
    @Test
    void findsWhatJsoupFindsOnEveryBakedPage(@TempDir Path temp) throws IOException {
        Path source = FixtureSites.copy("basic", temp.resolve("src"));
        Path out = temp.resolve("site");
        assertThat(FixtureSites.bake(source, out, Optional.empty()).written()).isTrue();
        BakedSite site = new BakedSite(out);
        for (String page : site.htmlPages()) {
            String html = Files.readString(out.resolve(page));
            assertThat(scan(html)).as(page).containsExactlyElementsOf(jsoup(html));
        }
    }

    private static List<String> jsoup(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(html, "", parser);
        List<String> found = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            int line = e.sourceRange().start().lineNumber();
            if (e.hasAttr("id") && !e.attr("id").isEmpty()) {
                found.add("#" + e.attr("id"));
            }
            switch (e.normalName()) {
                case "a" -> {
                    if (e.hasAttr("href")) found.add(line + " " + e.attr("href").strip());
                    if (!e.attr("name").isEmpty()) found.add("#" + e.attr("name"));
                }
                case "link", "area" -> {
                    if (e.hasAttr("href")) found.add(line + " " + e.attr("href").strip());
                }
                case "img", "source" -> {
                    if (e.hasAttr("src")) found.add(line + " " + e.attr("src").strip());
                    if (e.hasAttr("srcset"))
                        Srcset.urls(e.attr("srcset")).forEach(u -> found.add(line + " " + u));
                }
                case "script", "iframe" -> {
                    if (e.hasAttr("src")) found.add(line + " " + e.attr("src").strip());
                }
                case "meta" -> {
                    String p = e.hasAttr("property") ? e.attr("property") : e.attr("name");
                    if (e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                        MetaRefresh.url(e.attr("content"))
                                .ifPresent(u -> found.add(line + " " + u));
                    } else if (e.hasAttr("content") && OpenGraph.isUrlProperty(p.strip())) {
                        found.add(line + " " + e.attr("content").strip());
                    }
                }
                default -> {}
            }
        }
        return found;
    }
}
