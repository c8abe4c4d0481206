package org.sociallearning.guide.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sociallearning.guide.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * {@code guide report} on the basic fixture (clock: 2026-11-30), with one entry due for review, one
 * never reviewed, and a link cache that knows one working and one broken link.
 */
class ReportCommandTest {

    @TempDir Path temp;
    Path site;

    @BeforeEach
    void prepare() throws IOException {
        site = FixtureSites.copy("basic", temp.resolve("src"));
        edit("gamma-community", "reviewed=2026-01-15", "reviewed=2025-05-29");
        edit("beta-coach", "reviewed=2026-02-01\n", "");
        FixtureSites.plantLinkCache(site);
    }

    private void edit(String entry, String from, String to) throws IOException {
        Path file = site.resolve("content/entries/" + entry + ".md");
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void printsEntriesGridCellsKindsReviewAgeAndLinkHealthAsTextAndExitsZero() {
        CliTest.Run run = run("report", "--source", site.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .startsWith("State of the guide on 2026-11-30\n")
                .contains(
                        """
                        Entries: 5 published, 1 draft

                        Grid, skill area by learning mode (thin: fewer than 2 entries):
                          Social Web and personal learning networks / Do it yourself         1  thin
                          Social Web and personal learning networks / With guidance          1  thin
                          Social Web and personal learning networks / Towards accreditation  0  empty
                          Social learning in formal learning / Do it yourself                1  thin
                          Social learning in formal learning / With guidance                 1  thin
                          Social learning in formal learning / Towards accreditation         1  thin
                          Continuous social learning at work / Do it yourself                0  empty
                          Continuous social learning at work / With guidance                 1  thin
                          Continuous social learning at work / Towards accreditation         2
                          8 thin cells, 2 of them empty

                        By kind:
                          Course         2
                          Coach          1  thin
                          Community      1  thin
                          Accreditation  1  thin

                        Reviews:
                          reviewed in the last 12 months   3
                          reviewed 12 to 18 months ago     0
                          due for review (over 18 months)  1
                          never reviewed                   1
                          due: content/entries/gamma-community.md (last reviewed 2025-05-29)
                          never reviewed: content/entries/beta-coach.md

                        Links (.cache/links.json):
                          verified ok                             1
                          broken                                  1
                          never checked (or never found working)  3
                          broken: content/entries/delta-accreditation.md https://delta.example.org/certificate
                        """)
                .endsWith("Inputs: 0 errors, 2 warnings (./guide validate lists them).\n");
    }

    @Test
    void printsAVersionedJsonReport() throws Exception {
        CliTest.Run run = run("report", "--format", "json", "--source", site.toString());
        assertThat(run.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("version").asInt()).isEqualTo(1);
        JsonNode state = json.get("state");
        assertThat(state.get("today").asText()).isEqualTo("2026-11-30");
        assertThat(state.at("/entries/published").asInt()).isEqualTo(5);
        assertThat(state.at("/entries/drafts").asInt()).isEqualTo(1);
        JsonNode cells = state.at("/grid/cells");
        assertThat(cells).hasSize(9);
        List<String> empty = new ArrayList<>();
        cells.forEach(
                c -> {
                    if (c.get("empty").asBoolean()) {
                        empty.add(c.get("page").asText());
                    }
                    assertThat(c.get("thin").asBoolean()).isEqualTo(c.get("count").asInt() < 2);
                });
        assertThat(empty)
                .containsExactly(
                        "areas/social-web/accreditation/",
                        "areas/workplace-learning/do-it-yourself/");
        assertThat(state.at("/facets/0/field").asText()).isEqualTo("kind");
        assertThat(state.at("/facets/0/terms/0/id").asText()).isEqualTo("course");
        assertThat(state.at("/facets/0/terms/0/count").asInt()).isEqualTo(2);
        assertThat(state.at("/reviews/recent").asInt()).isEqualTo(3);
        assertThat(state.at("/reviews/due").asInt()).isEqualTo(1);
        assertThat(state.at("/reviews/dueEntries/0/slug").asText()).isEqualTo("gamma-community");
        assertThat(state.at("/reviews/dueEntries/0/reviewed").asText()).isEqualTo("2025-05-29");
        assertThat(state.at("/reviews/neverReviewed/0/file").asText())
                .isEqualTo("content/entries/beta-coach.md");
        assertThat(state.at("/links/verified").asInt()).isEqualTo(1);
        assertThat(state.at("/links/broken").asInt()).isEqualTo(1);
        assertThat(state.at("/links/unchecked").asInt()).isEqualTo(3);
        assertThat(state.at("/links/brokenEntries/0/url").asText())
                .isEqualTo("https://delta.example.org/certificate");
        assertThat(json.at("/problems/errors").asInt()).isZero();
        assertThat(json.at("/problems/warnings").asInt()).isEqualTo(2);
    }

    @Test
    void printsTheGridAsAMarkdownTable() {
        CliTest.Run run = run("report", "--format", "markdown", "--source", site.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .startsWith("# State of the guide on 2026-11-30\n")
                .contains(
                        "| Skill area | Do it yourself | With guidance | Towards accreditation |\n"
                                + "|---|---:|---:|---:|\n"
                                + "| Social Web and personal learning networks | 1 (thin) | 1 (thin)"
                                + " | 0 (empty) |\n"
                                + "| Social learning in formal learning | 1 (thin) | 1 (thin) | 1"
                                + " (thin) |\n"
                                + "| Continuous social learning at work | 0 (empty) | 1 (thin) | 2 |\n",
                        "| Kind | entries |\n|---|---:|\n| Course | 2 |\n",
                        "| " + "due for review (over 18 months) | 1 |\n",
                        "- broken: `content/entries/delta-accreditation.md`"
                                + " <https://delta.example.org/certificate>\n");
    }

    @Test
    void exitsOneWhenTheInputsHaveErrorsAndTwoOnAnUnknownFormat() throws IOException {
        edit("alpha-course", "kind=course", "kind=corse");
        CliTest.Run broken = run("report", "--source", site.toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.out())
                .contains("Entries: 4 published, 1 draft\n")
                .endsWith(
                        "Inputs: 1 error, 2 warnings (./guide validate lists them); entries with"
                                + " errors are left out above.\n");
        CliTest.Run usage = run("report", "--format", "pdf", "--source", site.toString());
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("pdf");
    }
}
