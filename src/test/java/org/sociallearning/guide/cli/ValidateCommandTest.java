package org.sociallearning.guide.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sociallearning.guide.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.testing.FixtureSites;

class ValidateCommandTest {

    @TempDir Path temp;
    Path site;

    @BeforeEach
    void copySite() {
        site = FixtureSites.copy("basic", temp.resolve("src"));
    }

    private void edit(String entry, String from, String to) throws IOException {
        Path file = site.resolve("content/entries/" + entry + ".md");
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void saysNoProblemsAndExitsZeroForASoundSite() {
        CliTest.Run run = run("validate", "--no-annotations", "--source", site.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("No problems in 8 files.\n");
    }

    @Test
    void printsEveryProblemSortedWithIndentedHintsThenASummaryAndExitsOne() throws IOException {
        edit("gamma-community", "kind=community", "kind=comunity");
        edit("alpha-course", "date=2026-03-01", "date=2026-02-30");
        edit("alpha-course", "tags=pkm,networks", "tags=pkm,networks\ncolour=blue");
        CliTest.Run run = run("validate", "--no-annotations", "--source", site.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .isEqualTo(
                        """
                        content/entries/alpha-course.md:4:6: error: date "2026-02-30" is not a real calendar date
                            write it as yyyy-MM-dd, e.g. 2026-11-30
                        content/entries/alpha-course.md:18:1: warning: unknown field "colour" is ignored
                            known fields: title, type, status, date, kind, areas, modes, provider, url, summary, cost, format, pace, language, reviewed, sources, tags
                        content/entries/gamma-community.md:5:6: error: unknown kind "comunity" (did you mean "community"?)
                            allowed: course, coach, community, accreditation
                        2 errors, 1 warning in 2 files
                        """);
    }

    @Test
    void aPageMayIncludeOnlyTheGeneratedSectionsTheGuideKnows() throws IOException {
        Path about = site.resolve("content/about.md");
        Files.writeString(
                about,
                Files.readString(about)
                        .replace(
                                "include=state-of-the-guide",
                                "include=state-of-the-gude, state-of-the-guide,"
                                        + " state-of-the-guide"));
        CliTest.Run run = run("validate", "--no-annotations", "--source", site.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .isEqualTo(
                        """
                        content/about.md:6:9: error: unknown include "state-of-the-gude" (did you mean "state-of-the-guide"?)
                            a page may include: state-of-the-guide
                        content/about.md:6:48: error: include lists "state-of-the-guide" twice
                            list each section once
                        2 errors, 0 warnings in 1 file
                        """);
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        edit("alpha-course", "tags=pkm,networks", "tags=pkm,networks\ncolour=blue");
        CliTest.Run run = run("validate", "--no-annotations", "--source", site.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).endsWith("0 errors, 1 warning in 1 file\n");
    }

    @Test
    void checksOnlyTheNamedFilesButFindsDuplicatesOfAnyEntry() throws IOException {
        edit("gamma-community", "kind=community", "kind=comunity");
        Path beta = site.resolve("content/entries/beta-coach.md");
        String alphaUrl =
                Files.readAllLines(site.resolve("content/entries/alpha-course.md")).stream()
                        .filter(l -> l.startsWith("url="))
                        .findFirst()
                        .orElseThrow();
        Files.writeString(beta, Files.readString(beta).replaceFirst("(?m)^url=.*$", alphaUrl));
        CliTest.Run run =
                run("validate", "--no-annotations", "--source", site.toString(), beta.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "content/entries/beta-coach.md:9:5: error: url is already listed by content/entries/alpha-course.md:9:5")
                .doesNotContain("gamma-community", "alpha-course.md:9:5: error")
                .endsWith("1 error, 0 warnings in 1 file\n");
    }

    @Test
    void reportsANamedFileThatDoesNotExist() {
        CliTest.Run run =
                run(
                        "validate",
                        "--no-annotations",
                        "--source",
                        site.toString(),
                        site.resolve("content/entries/nope.md").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("content/entries/nope.md: error: no such file or folder");
    }

    @Test
    void printsGitHubAnnotationsWithEscapedText() throws IOException {
        edit("gamma-community", "kind=community", "kind=comunity");
        CliTest.Run run = run("validate", "--annotations", "--source", site.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "::error file=content/entries/gamma-community.md,line=5,col=6::unknown kind"
                                + " \"comunity\" (did you mean \"community\"?)%0Aallowed: course,"
                                + " coach, community, accreditation\n");
    }

    @Test
    void printsAStableJsonReport() throws IOException {
        edit("gamma-community", "kind=community", "kind=comunity");
        CliTest.Run run = run("validate", "--format", "json", "--source", site.toString());
        assertThat(run.code()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("errors").asInt()).isEqualTo(1);
        assertThat(json.get("warnings").asInt()).isZero();
        assertThat(json.get("files").asInt()).isEqualTo(1);
        JsonNode problem = json.get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("content/entries/gamma-community.md");
        assertThat(problem.get("line").asInt()).isEqualTo(5);
        assertThat(problem.get("column").asInt()).isEqualTo(6);
        assertThat(problem.get("severity").asText()).isEqualTo("error");
        assertThat(problem.get("message").asText()).startsWith("unknown kind \"comunity\"");
        assertThat(problem.get("hint").asText()).startsWith("allowed: ");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliTest.Run run = run("validate", "--format", "xml", "--source", site.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--format", "text, json");
    }

    @Test
    void aFolderWithoutJbakePropertiesIsReportedNotThrown() {
        CliTest.Run run = run("validate", "--no-annotations", "--source", temp.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("no jbake.properties").doesNotContain("Exception");
    }
}
