package org.sociallearning.guide.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sociallearning.guide.cli.CliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.testing.FixtureSites;

class NewCommandTest {

    @TempDir Path temp;
    Path site;
    Path file;

    @BeforeEach
    void copySite() {
        site = FixtureSites.copy("basic", temp.resolve("src"));
        file = site.resolve("content/entries/working-out-loud-circles-for-l-d-teams.md");
    }

    private CliTest.Run newEntry() {
        return run(
                "new",
                "--source",
                site.toString(),
                "--facet",
                "kind=community",
                "--title",
                "Working Out Loud circles for L&D teams",
                "--url",
                "https://wol.example.org/circles/",
                "--facet",
                "areas=workplace-learning,social-web",
                "-f",
                "modes=do-it-yourself");
    }

    @Test
    void writesEveryFieldWithTodaysDateAndSaysWhatIsLeftToFillIn() throws IOException {
        CliTest.Run run = newEntry();
        assertThat(run.code()).isZero();
        assertThat(Files.readString(file))
                .isEqualTo(
                        """
                        title=Working Out Loud circles for L&D teams
                        type=entry
                        status=published
                        date=2026-11-30
                        kind=community
                        areas=workplace-learning,social-web
                        modes=do-it-yourself
                        provider=
                        url=https://wol.example.org/circles/
                        summary=
                        cost=
                        format=
                        pace=
                        language=en
                        sources=
                        tags=
                        ~~~~~~
                        """);
        assertThat(run.out())
                .startsWith(
                        "Wrote content/entries/working-out-loud-circles-for-l-d-teams.md. Still to fill in:\n")
                .contains(
                        "working-out-loud-circles-for-l-d-teams.md:8:10: error: required field \"provider\" is empty\n"
                                + "    fill it in: the organisation or person who offers it\n",
                        "required field \"summary\" is empty",
                        "required field \"cost\" is empty",
                        "required field \"format\" is empty",
                        "entry has an empty body")
                .doesNotContain("\"url\"", "\"pace\"", "\"sources\"", "\"tags\"");
    }

    @Test
    void theEntryPassesValidationOnceFilledIn() throws IOException {
        assertThat(newEntry().code()).isZero();
        Files.writeString(
                file,
                Files.readString(file)
                                .replace("provider=\n", "provider=WOL Circle Guides\n")
                                .replace(
                                        "summary=\n",
                                        "summary=Peer circles that meet for 12 weeks.\n")
                                .replace("cost=\n", "cost=free\n")
                                .replace("format=\n", "format=online\n")
                                .replace("sources=\n", "sources=https://wol.example.org/circles/\n")
                        + "Small peer groups work through a 12-week guide together.\n");
        CliTest.Run run =
                run("validate", "--no-annotations", "--source", site.toString(), file.toString());
        assertThat(run.out())
                .startsWith(
                        "content/entries/working-out-loud-circles-for-l-d-teams.md:17:1: warning:"
                                + " not yet reviewed\n")
                .endsWith("0 errors, 1 warning in 1 file\n");
        assertThat(run.code()).isZero();
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws IOException {
        assertThat(newEntry().code()).isZero();
        Files.writeString(file, "mine");
        CliTest.Run again = newEntry();
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        assertThat(file).hasContent("mine");
    }

    @Test
    void anUnknownKindIsAUsageErrorWithASuggestion() {
        CliTest.Run run =
                run("new", "--source", site.toString(), "--facet", "kind=corse", "--title", "X");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "guide new: --facet kind: unknown value \"corse\" (did you mean \"course\"?)");
        assertThat(site.resolve("content/entries/x.md")).doesNotExist();
    }

    @Test
    void anUnknownFacetIsAUsageErrorWithASuggestion() {
        CliTest.Run run =
                run("new", "--source", site.toString(), "--facet", "kinds=course", "--title", "X");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "guide new: --facet kinds: no facet is called kinds (did you mean \"kind\"?)");
        assertThat(site.resolve("content/entries/x.md")).doesNotExist();
    }
}
