package org.sociallearning.guide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.testing.FixtureSites;

class CheckLinksCommandTest {

    @TempDir Path temp;

    @Test
    void findsNoBrokenLinkInABakedFixtureSite() {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        assertThat(FixtureSites.bake(site).written()).isTrue();
        CliTest.Run run = CliTest.run("check-links", "--source", site.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .containsPattern(
                        "Internal links: \\d+ pages, [\\d,]+ links checked in \\d+\\.\\d s: 0 broken");
    }

    @Test
    void reportsABrokenLinkAtPageAndLineAndExitsOne() throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        assertThat(FixtureSites.bake(site).written()).isTrue();
        Path about = site.resolve("target/site/about/index.html");
        Files.writeString(
                about,
                Files.readString(about)
                        .replace("</main>", "<a href=\"../nowhere/\">x</a>\n</main>"));
        CliTest.Run run = CliTest.run("check-links", "--source", site.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern(
                        "about/index.html:\\d+: error: broken link \"../nowhere/\" \\(no such page\\)")
                .contains("1 broken");
    }

    @Test
    void asksForABakeWhenThereIsNoSite() {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        CliTest.Run run = CliTest.run("check-links", "--source", site.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("run ./guide bake first");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void checksEntryUrlsExternallyWritesJsonAndTheCache() throws Exception {
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 10);
        server.createContext(
                "/",
                x -> {
                    x.sendResponseHeaders(
                            x.getRequestURI().getPath().equals("/gone") ? 410 : 200, -1);
                    x.close();
                });
        server.start();
        try {
            Path site = FixtureSites.copy("basic", temp.resolve("src"));
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            try (var files = Files.list(site.resolve("content/entries"))) {
                int[] n = {0};
                for (Path entry : files.sorted().toList()) {
                    String path = n[0]++ == 0 ? "/gone" : "/ok/" + n[0];
                    Files.writeString(
                            entry,
                            Files.readString(entry)
                                    .replaceAll("(?m)^url=.*$", "url=" + base + path));
                }
            }
            CliTest.Run run =
                    CliTest.run(
                            "check-links",
                            "external",
                            "--allow-private",
                            "--source",
                            site.toString(),
                            "--format",
                            "json",
                            "--timeout",
                            "2");
            assertThat(run.code()).as(run.err()).isEqualTo(1);
            assertThat(run.out())
                    .contains(
                            "\"status\" : \"broken\"",
                            "\"url\" : \"" + base + "/gone\"",
                            "\"summary\"");
            assertThat(Files.readString(site.resolve(".cache/links.json")))
                    .contains(base + "/ok/2", "lastSuccess", "lastFailure");
            CliTest.Run again =
                    CliTest.run(
                            "check-links",
                            "--external",
                            "--allow-private",
                            "--source",
                            site.toString());
            assertThat(again.out())
                    .containsPattern("\\d+ links in [\\d.]+ s \\(\\d+ from the cache\\): 1 broken");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void rejectsAnUnknownFormat() {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        CliTest.Run run =
                CliTest.run(
                        "check-links",
                        "--external",
                        "--source",
                        site.toString(),
                        "--format",
                        "xml");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void theInternalCheckPrintsJsonAndAnnotationsWhenAsked() throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        assertThat(FixtureSites.bake(site).written()).isTrue();
        Path about = site.resolve("target/site/about/index.html");
        Files.writeString(
                about,
                Files.readString(about)
                        .replace("</main>", "<a href=\"../nowhere/\">x</a>\n</main>"));
        CliTest.Run json =
                CliTest.run(
                        "check-links", "internal", "--source", site.toString(), "--format", "json");
        assertThat(json.code()).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode report =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(report.get("errors").asInt()).isEqualTo(1);
        assertThat(report.get("problems").get(0).get("file").asText())
                .isEqualTo("about/index.html");
        CliTest.Run github =
                CliTest.run(
                        "check-links",
                        "internal",
                        "--source",
                        site.toString(),
                        "--format",
                        "github");
        assertThat(github.out())
                .containsPattern("::error file=about/index.html,line=\\d+::broken link");
    }

    @Test
    void bakeAndCheckLinksAgreeOnBaseUrlsAndBlameTheOption() throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        assertThat(FixtureSites.bake(site).written()).isTrue();
        for (String command : List.of("bake", "check-links")) {
            CliTest.Run run =
                    CliTest.run(command, "--source", site.toString(), "--base-url", "/guide/");
            assertThat(run.code()).as(command).isEqualTo(2);
            assertThat(run.err())
                    .as(command)
                    .contains("Invalid value for option '--base-url'")
                    .doesNotContain("jbake.properties");
        }
        CliTest.Run ok =
                CliTest.run(
                        "check-links",
                        "internal",
                        "--source",
                        site.toString(),
                        "--base-url",
                        "https://example.org/guide");
        assertThat(ok.code()).as(ok.out()).isZero();
    }

    @Test
    void reportsAnInvalidSettingAtItsLineInsteadOfFallingBack() throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        assertThat(FixtureSites.bake(site).written()).isTrue();
        Path properties = site.resolve("jbake.properties");
        Files.writeString(
                properties,
                Files.readString(properties)
                        .replace("site.host=https://example.org/guide/", "site.host="));
        CliTest.Run run = CliTest.run("check-links", "internal", "--source", site.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("jbake.properties:1: error: site.host is empty");
    }

    @Test
    void helpNamesBothChecks() {
        CliTest.Run run = CliTest.run("check-links", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("internal", "external", "Exit codes:");
        assertThat(CliTest.run("check-links", "external", "--help").out())
                .contains("--allow-private", "--changed-since", "--summary", "--timeout");
    }

    @Test
    void theOldExternalSpellingStillWorksAndNamesTheNewOne() {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        CliTest.Run run =
                CliTest.run(
                        "check-links",
                        "--external",
                        "--source",
                        site.toString(),
                        "--format",
                        "xml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .contains("'check-links --external' is now 'check-links external'")
                .contains("Invalid value for option '--format'");
    }

    @Test
    void optionsWrittenBeforeTheSubcommandAreAUsageErrorNotLost() {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        CliTest.Run run = CliTest.run("check-links", "--source", site.toString(), "internal");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("options go after 'internal', not before it: --source");
    }
}
