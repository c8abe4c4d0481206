package org.sociallearning.guide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.pipeline.BakeResult;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * Bakes the real guide for https://example.org/guide/, serves the output under /guide/ on 127.0.0.1
 * as GitHub Pages serves a project site, and crawls every page over HTTP: every link, stylesheet,
 * script, image, canonical URL, feed and sitemap entry must answer 200.
 */
class SubPathCrawlTest {

    private static final String BASE = "https://example.org/guide/";

    @TempDir Path temp;

    @Test
    void everyLinkOfTheSiteWorksWhenServedUnderASubPath() throws Exception {
        BakeResult baked =
                FixtureSites.bake(
                        FixtureSites.projectDir(), temp.resolve("site"), Optional.of(BASE));
        assertThat(baked.problems()).isEmpty();
        try (StaticSiteServer server =
                new StaticSiteServer(0, baked::output, "/guide/", UnaryOperator.identity())
                        .start()) {
            String local = server.url().toString();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            Deque<String> queue =
                    new ArrayDeque<>(
                            List.of(
                                    local,
                                    local + "sitemap.xml",
                                    local + "feed.xml",
                                    local + "robots.txt",
                                    local + "entries.json"));
            Set<String> seen = new HashSet<>(queue);
            List<String> broken = new ArrayList<>();
            int pages = 0;
            while (!queue.isEmpty()) {
                String url = queue.removeFirst();
                HttpResponse<String> response =
                        http.send(
                                HttpRequest.newBuilder(URI.create(url)).build(),
                                HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    broken.add(response.statusCode() + " " + url);
                    continue;
                }
                String type = response.headers().firstValue("Content-Type").orElse("");
                List<String> links = new ArrayList<>();
                if (type.startsWith("text/html")) {
                    pages++;
                    Document page = Jsoup.parse(response.body(), url);
                    for (Element e :
                            page.select(
                                    "a[href], link[href], script[src], img[src], meta[property=og:url]")) {
                        String attr =
                                e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "content";
                        links.add(e.absUrl(attr));
                    }
                } else if (url.endsWith(".xml")) {
                    Document xml =
                            Jsoup.parse(response.body(), url, org.jsoup.parser.Parser.xmlParser());
                    xml.select("loc, link[href], id")
                            .forEach(e -> links.add(e.hasAttr("href") ? e.attr("href") : e.text()));
                }
                for (String link : links) {
                    String target = link.replace(BASE, local).replaceFirst("#.*$", "");
                    if (target.startsWith(local) && seen.add(target)) {
                        queue.add(target);
                    } else if (target.startsWith("http://127.0.0.1") && !target.startsWith(local)) {
                        broken.add("outside the sub-path: " + link + " on " + url);
                    }
                }
            }
            assertThat(broken).isEmpty();
            assertThat(pages).isGreaterThan(60);
            assertThat(seen)
                    .contains(
                            local + "css/site.css",
                            local + "schema/entries.schema.json",
                            local + "entries/alt-cmalt/");
            assertThat(
                            http.send(
                                    HttpRequest.newBuilder(URI.create(local + "no/such/page/"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString()))
                    .satisfies(r -> assertThat(r.statusCode()).isEqualTo(404))
                    .satisfies(
                            r ->
                                    assertThat(r.body())
                                            .contains(
                                                    "Page not found",
                                                    "href=\"/guide/directory/\""));
        }
    }
}
