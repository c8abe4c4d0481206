package org.sociallearning.guide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.testing.FixtureSites;

class CliTest {

    @TempDir Path temp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                Main.execute(
                        FixtureSites.CLOCK,
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void bakePrintsWhatItBakedAndWhere() {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Run run = run("bake", "--source", site.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("Validating ", "Baking ")
                .containsPattern(
                        "Baked 5 entries \\(1 draft left out\\) into \\d+ pages in \\d+\\.\\d s: .*target/site");
        assertThat(site.resolve("target/site/index.html")).isRegularFile();
    }

    @Test
    void bakeWritesToOutputAndUsesBaseUrl() throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Path out = temp.resolve("public");
        Run run =
                run(
                        "bake",
                        "-q",
                        "--source",
                        site.toString(),
                        "--output",
                        out.toString(),
                        "--base-url",
                        "https://guide.example.net/sub");
        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("Validating");
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("<link rel=\"canonical\" href=\"https://guide.example.net/sub/\">");
        assertThat(Files.readString(out.resolve("sitemap.xml")))
                .contains("<loc>https://guide.example.net/sub/entries/alpha-course/</loc>");
    }

    @Test
    void bakeOfBrokenSiteExitsOneWithFileAndLine() throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Path entry = site.resolve("content/entries/beta-coach.md");
        Files.writeString(entry, Files.readString(entry).replace("kind=coach", "kind=coch"));
        Run run = run("bake", "--source", site.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "content/entries/beta-coach.md:5:6: error: unknown kind \"coch\" (did you mean \"coach\"?)")
                .contains("    allowed: course, coach, community, accreditation")
                .contains("Bake failed (1 error, 0 warnings)");
    }

    @Test
    void blamesABadBaseUrlOnTheOptionAndExitsTwo() {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        for (String bad : List.of("guide/", "/guide/", "ftp://example.org/", "https://x.org/?a")) {
            Run run = run("bake", "--source", site.toString(), "--base-url", bad);
            assertThat(run.code()).as(bad).isEqualTo(2);
            assertThat(run.err())
                    .contains("Invalid value for option '--base-url'")
                    .doesNotContain("jbake.properties");
        }
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        Run run = run("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("bake", "Exit codes:", "70", "Internal error");
        assertThat(run("bake", "--help").out())
                .contains("--base-url=URL", "--output=DIR", "default: target/site");
    }

    @Test
    void unknownOptionIsAUsageErrorWithoutStackTrace() {
        Run run = run("bake", "--frobnicate");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .contains("Unknown option: '--frobnicate'", "guide bake --help")
                .doesNotContain("at org.");
        assertThat(run("bak").err()).contains("Did you mean: guide bake?");
    }

    @Test
    void serveOnAPortInUseSaysSoWithoutAStackTrace() throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        try (java.net.ServerSocket taken =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run run =
                    run(
                            "serve",
                            "--source",
                            site.toString(),
                            "--port",
                            String.valueOf(taken.getLocalPort()));
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err())
                    .contains("port " + taken.getLocalPort() + " is in use")
                    .doesNotContain("at org.");
        }
    }

    @Test
    void versionNamesJBake() {
        assertThat(run("--version").out()).contains("JBake 2.7.0");
    }
}
