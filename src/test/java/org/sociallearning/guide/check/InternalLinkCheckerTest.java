package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.entry.BaseUrl;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.testing.FixtureSites;

class InternalLinkCheckerTest {

    @TempDir Path site;

    private void write(String path, String html) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, html);
    }

    private List<String> problems(String baseUrl) {
        return new InternalLinkChecker()
                .check(site, BaseUrl.of(baseUrl)).problems().stream()
                        .map(Problem::toString)
                        .toList();
    }

    private void targets() throws IOException {
        write("index.html", "<h1 id=top-title>Home</h1><p id=\"grid\">grid</p>");
        write(
                "about/index.html",
                "<main id=main><a name=\"team\">Team</a><p id=\"caf%C3%A9\">x</p><p id=\"café\"></p></main>");
        write("css/site.css", "body{}");
        write("img/a.png", "png");
        write("img/b.png", "png");
        write("feed.xml", "<feed/>");
    }

    @Test
    void acceptsEveryKindOfWorkingLink() throws IOException {
        targets();
        write(
                "entries/x/index.html",
                """
                <!DOCTYPE html>
                <html><head>
                <link rel="canonical" href="https://example.org/guide/entries/x/">
                <meta property="og:url" content="https://example.org/guide/entries/x/">
                <meta property="og:image" content="https://example.org/guide/img/a.png">
                <meta http-equiv="refresh" content="30; URL='../../about/'">
                <link rel=stylesheet href=../../css/site.css>
                <script src="/guide/css/site.css"></script>
                </head><body>
                <a href="../../">home</a> <a href="../../#grid">grid</a> <a href="/guide/about/#team">team</a>
                <a href="../../about/#main">main</a> <a href="../../about">no slash</a>
                <a href="#here">here</a> <a id="here" href="">self</a> <a href="#">top</a> <a href="#top">top</a>
                <a href="../../about/#caf%C3%A9">encoded</a> <a href="../../feed.xml?x=1">feed</a>
                <img src="../../img/a.png" srcset="../../img/a.png 1x, ../../img/b.png 2x">
                <picture><source srcset="../../img/b.png 600w,../../img/a.png"></picture>
                <a href="https://elsewhere.example.com/missing">out</a> <a href="mailto:x@example.org">mail</a>
                <a href="https://example.org/other/">another project on the same host</a>
                <a href="data:text/plain,hi">data</a> <a href="tel:+1">tel</a>
                <a href="../../about/index.html#main">file</a> <a HREF="../../ABOUT/" hidden>x</a>
                </body></html>
                """
                        .replace("<a HREF=\"../../ABOUT/\" hidden>x</a>", ""));
        assertThat(problems("https://example.org/guide/")).isEmpty();
    }

    @Test
    void reportsMissingPagesAndFragmentsAtTheirLine() throws IOException {
        targets();
        write(
                "entries/x/index.html",
                """
                <html><body>
                <a href="../../missing/">gone</a>
                <a href="../../about/#nobody">no such anchor</a>
                <img src="/guide/img/c.png">
                <a href="/img/a.png">outside the base path</a>
                <a href="../../../../up/">above the root</a>
                <link rel="canonical" href="https://example.org/guide/entries/y/">
                <img srcset="../../img/a.png 1x, ../../img/zz.png 2x">
                <a href="#nowhere">self</a>
                </body></html>
                """);
        assertThat(problems("https://example.org/guide/"))
                .containsExactly(
                        "entries/x/index.html:2: error: broken link \"../../missing/\" (no such page)",
                        "entries/x/index.html:3: error: broken link \"../../about/#nobody\" (no such fragment)",
                        "entries/x/index.html:4: error: broken link \"/guide/img/c.png\" (no such page)",
                        "entries/x/index.html:5: error: broken link \"/img/a.png\" (no such page)",
                        "entries/x/index.html:6: error: broken link \"../../../../up/\" (no such page)",
                        "entries/x/index.html:7: error: broken link \"https://example.org/guide/entries/y/\" (no such page)",
                        "entries/x/index.html:8: error: broken link \"../../img/zz.png\" (no such page)",
                        "entries/x/index.html:9: error: broken link \"#nowhere\" (no such fragment)");
    }

    @Test
    void ignoresLinksInCommentsScriptsAndStyles() throws IOException {
        write(
                "index.html",
                """
                <!-- <a href="commented/">x</a> -->
                <script type="application/ld+json">{"url": "<a href='in-script/'>"}</script>
                <style>a[href="in-style/"] {}</style><title><a href="in-title/"></title>
                <textarea><img src="in-textarea.png"></textarea>
                <p title="<a href='in-attribute/'>">fine</p>
                """);
        assertThat(problems("https://example.org/")).isEmpty();
    }

    @Test
    void resolvesRelativeLinksAgainstABaseElement() throws IOException {
        write("docs/index.html", "<p id=a>a</p>");
        write("index.html", "<base href=\"docs/\"><a href=\"./#a\">a</a><a href=\"#b\">b</a>");
        assertThat(problems("https://example.org/"))
                .containsExactly("index.html:1: error: broken link \"#b\" (no such fragment)");
    }

    @Test
    void countsPagesAndLinks() throws IOException {
        write("index.html", "<a href=\"a/\">a</a><a href=\"a/#x\">x</a>");
        write("a/index.html", "<p id=x><a href=\"../\">up</a>");
        InternalLinkReport report =
                new InternalLinkChecker().check(site, BaseUrl.of("https://example.org/"));
        assertThat(report.pages()).isEqualTo(2);
        assertThat(report.links()).isEqualTo(3);
        assertThat(report.hasBrokenLinks()).isFalse();
        assertThat(report.summary())
                .startsWith("2 pages, 3 links checked in ")
                .endsWith(": 0 broken");
    }

    @Test
    void checksTheBakedFixtureSiteCleanUnderASubPath(@TempDir Path temp) {
        Path source = FixtureSites.copy("basic", temp.resolve("src"));
        Path out = temp.resolve("public");
        assertThat(
                        FixtureSites.bake(
                                        source, out, Optional.of("https://guide.example.net/sub/"))
                                .written())
                .isTrue();
        InternalLinkReport report =
                new InternalLinkChecker().check(out, BaseUrl.of("https://guide.example.net/sub/"));
        assertThat(report.problems()).isEmpty();
        assertThat(report.pages()).isGreaterThan(10);
        assertThat(report.links()).isGreaterThan(report.pages() * 10);
    }

    @Test
    void checksTheShippedSiteClean(@TempDir Path temp) {
        Path out = temp.resolve("site");
        assertThat(FixtureSites.bake(FixtureSites.projectDir(), out, Optional.empty()).written())
                .isTrue();
        assertThat(
                        new InternalLinkChecker()
                                .check(out, BaseUrl.of("http://localhost:8820/"))
                                .problems())
                .isEmpty();
    }
}
