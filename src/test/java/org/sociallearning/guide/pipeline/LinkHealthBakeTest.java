package org.sociallearning.guide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.check.LinkCache;
import org.sociallearning.guide.check.LinkResult;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.testing.BakedSite;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * What the bake does with links: the internal check gates the swap; the external cache informs
 * readers.
 */
class LinkHealthBakeTest {

    @TempDir Path temp;

    @Test
    void entryPagesShowWhenTheirLinkWasLastVerifiedAndFlagABrokenOne() throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        LinkCache cache = LinkCache.empty();
        cache.remember(
                "https://alpha.example.org/course/",
                new LinkResult.Ok(200, "https://alpha.example.org/course/"),
                Instant.parse("2026-11-20T10:00:00Z"));
        cache.remember(
                "https://beta.example.org/",
                new LinkResult.Ok(200, "https://beta.example.org/"),
                Instant.parse("2026-10-01T10:00:00Z"));
        cache.remember(
                "https://beta.example.org/",
                new LinkResult.Broken(404, "Not Found"),
                Instant.parse("2026-11-21T10:00:00Z"));
        Files.createDirectories(site.resolve(".cache"));
        cache.write(site.resolve(".cache/links.json"));

        BakedSite baked = new BakedSite(FixtureSites.bake(site).output());

        Document alpha = baked.page("entries/alpha-course/");
        assertThat(alpha.select("table.facts tr:contains(Link last verified) td").text())
                .isEqualTo("2026-11-20");
        assertThat(alpha.select(".notice-warning")).isEmpty();
        Document beta = baked.page("entries/beta-coach/");
        assertThat(beta.select("table.facts tr:contains(Link last verified) td").text())
                .isEqualTo("2026-10-01");
        assertThat(beta.selectFirst(".notice-warning").text())
                .contains("This link may be broken", "2026-11-21", "404");
        assertThat(
                        baked.page("directory/")
                                .select("li.card[data-slug=beta-coach] .pill-warning")
                                .text())
                .isEqualTo("Link may be broken");
        assertThat(baked.page("directory/").select(".pill-warning")).hasSize(1);
        Document gamma = baked.page("entries/gamma-community/");
        assertThat(gamma.select("table.facts tr:contains(Link last verified) td").text())
                .isEqualTo("Not checked yet.");
    }

    @Test
    void aBrokenInternalLinkFailsTheBakeAtItsPageAndLineAndKeepsThePreviousOutput()
            throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        BakeResult first = FixtureSites.bake(site);
        byte[] before =
                Files.readAllBytes(first.output().resolve("entries/gamma-community/index.html"));
        Path gamma = site.resolve("content/entries/gamma-community.md");
        Files.writeString(
                gamma,
                Files.readString(gamma)
                        + "\nSee [the missing page](../../no-such-page/) and [facts](#no-such-id).\n");

        BakeResult second = FixtureSites.bake(site);

        assertThat(second.written()).isFalse();
        assertThat(second.problems())
                .filteredOn(Problem::isError)
                .hasSize(2)
                .allSatisfy(
                        p -> {
                            assertThat(p.location().file().toString())
                                    .isEqualTo("target/site/entries/gamma-community/index.html");
                            assertThat(p.location().line()).isPositive();
                        });
        assertThat(second.problems())
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("no such page"))
                .anyMatch(m -> m.contains("no such fragment"));
        assertThat(Files.readAllBytes(first.output().resolve("entries/gamma-community/index.html")))
                .isEqualTo(before);
    }
}
