package org.sociallearning.guide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.source.SiteSource;
import org.sociallearning.guide.testing.BakedSite;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * The "State of the guide" section a prose page includes with {@code include=state-of-the-guide}
 * (the basic fixture's About page does): figures for the bake's day, or SOURCE_DATE_EPOCH's.
 */
class StateOfTheGuideTest {

    @TempDir Path temp;
    Path site;

    @BeforeEach
    void plantALinkCache() throws IOException {
        site = FixtureSites.copy("basic", temp.resolve("src"));
        FixtureSites.plantLinkCache(site);
    }

    private Element state(Optional<Instant> sourceDate, String out) {
        BakeResult result =
                new SiteBuilder(FixtureSites.CLOCK, line -> {})
                        .build(
                                new BakeRequest(
                                        new SiteSource(site),
                                        temp.resolve(out),
                                        Optional.empty(),
                                        sourceDate));
        assertThat(result.written()).isTrue();
        Document about = new BakedSite(result.output()).page("about/");
        return about.selectFirst("section.state-of-the-guide");
    }

    @Test
    void aboutShowsEntriesRecentReviewsVerifiedLinksAndLinksToThinCells() {
        Element state = state(Optional.empty(), "now");
        assertThat(state.selectFirst("h2").text()).isEqualTo("State of the guide");
        assertThat(state.selectFirst("time").attr("datetime")).isEqualTo("2026-11-30");
        assertThat(state.select(".state-figures li").eachText())
                .containsExactly(
                        "5 entries in the directory",
                        "5 reviewed against their sources in the last 12 months",
                        "1 of 5 links found working by the last link check, 1 broken");
        assertThat(state.select(".state-thin a").eachAttr("href"))
                .hasSize(8)
                .startsWith(
                        "../areas/social-web/do-it-yourself/",
                        "../areas/social-web/guidance/",
                        "../areas/social-web/accreditation/")
                .doesNotContain("../areas/workplace-learning/accreditation/");
        assertThat(state.select(".state-thin li").get(2).text())
                .isEqualTo("Social Web and personal learning networks: towards accreditation 0");
    }

    @Test
    void countsReviewAgesToTheSourceDateEpochDayWhenItIsGiven() {
        // 2027-12-01: every fixture review (January to June 2026) is more than 12 months old.
        Element state = state(Optional.of(Instant.parse("2027-12-01T08:00:00Z")), "later");
        assertThat(state.selectFirst("time").attr("datetime")).isEqualTo("2027-12-01");
        assertThat(state.select(".state-figures li").get(1).text())
                .isEqualTo("0 reviewed against their sources in the last 12 months");
    }

    @Test
    void saysLinksAreNotCheckedYetWhenThereIsNoLinkCache() throws IOException {
        Files.delete(site.resolve(".cache/links.json"));
        assertThat(state(Optional.empty(), "nocache").select(".state-figures li").get(2).text())
                .isEqualTo("Links not checked yet");
    }

    @Test
    void pagesWithoutTheIncludeHaveNoStateSection() {
        state(Optional.empty(), "plain");
        Document contribute = new BakedSite(temp.resolve("plain")).page("contribute/");
        assertThat(contribute.select("section.state-of-the-guide")).isEmpty();
    }
}
