package org.sociallearning.guide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * {@code guide check-links external}: usage errors, private addresses, annotations,
 * --changed-since.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ExternalLinksCommandTest {

    @TempDir Path temp;

    HttpServer server;
    String base;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    Path site;
    List<Path> entries;

    @BeforeEach
    void start() throws Exception {
        server =
                HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 10);
        server.createContext(
                "/",
                x -> {
                    String path = x.getRequestURI().getPath();
                    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                    x.sendResponseHeaders(
                            path.startsWith("/gone") ? 404 : path.startsWith("/wall") ? 429 : 200,
                            -1);
                    x.close();
                });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        site = FixtureSites.copy("basic", temp.resolve("src"));
        try (var files = Files.list(site.resolve("content/entries"))) {
            entries = files.sorted().toList();
        }
        for (Path entry : entries) {
            point(entry, base + "/ok/" + entry.getFileName(), "No links here.");
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Sets an entry's url= and replaces its body. */
    static void point(Path entry, String url, String body) throws Exception {
        String text = Files.readString(entry).replaceAll("(?m)^url=.*$", "url=" + url);
        int separator = text.indexOf("~~~~~~\n");
        Files.writeString(entry, text.substring(0, separator + 7) + body + "\n");
    }

    static int urlLine(Path entry) throws Exception {
        List<String> lines = Files.readAllLines(entry);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("url=")) {
                return i + 1;
            }
        }
        throw new AssertionError("no url= in " + entry);
    }

    CliTest.Run external(String... more) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "check-links",
                                "external",
                                "--source",
                                site.toString(),
                                "--timeout",
                                "2"));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    @Test
    void aTimeoutOfZeroIsAUsageErrorNamingTheOptionInBothSpellings() {
        for (String[] args :
                List.of(
                        new String[] {"check-links", "external", "--timeout", "0"},
                        new String[] {"check-links", "--external", "--timeout", "0"},
                        new String[] {"check-links", "external", "--per-host", "-1"})) {
            CliTest.Run run = CliTest.run(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err())
                    .containsPattern("Invalid value for option '--(timeout|per-host)'");
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void aMissingRulesFileIsAUsageErrorNamingTheOption() {
        CliTest.Run run = external("--rules", "typo.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--rules: no such file", "typo.yaml");
        assertThat(hits).isEmpty();
    }

    @Test
    void anUnknownRevisionIsAUsageErrorNamingTheOption() {
        CliTest.Run run = external("--changed-since", "no-such-revision");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--changed-since: ");
    }

    @Test
    void reportsABadAcceptInTheRulesAtItsFileAndLine() throws Exception {
        Files.writeString(
                site.resolve("data/link-rules.yaml"),
                "hosts:\n  a.org:\n    accept: [403, \"forbidden\"]\n");
        CliTest.Run run = external();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "data/link-rules.yaml:3: error: accept: \"forbidden\" is not an HTTP status")
                .doesNotContain("For input string");
        assertThat(hits).isEmpty();
    }

    @Test
    void reportsAnUnreadableCacheAsAProblemNotACrash() throws Exception {
        Files.createDirectories(site.resolve(".cache"));
        Files.writeString(site.resolve(".cache/links.json"), "{broken");
        CliTest.Run run = external("--allow-private");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(".cache/links.json: error: not a link cache");
        assertThat(Files.readString(site.resolve(".cache/links.json"))).isEqualTo("{broken");
    }

    @Test
    void refusesLoopbackLinkLocalAndPrivateAddressesUnlessAllowed() throws Exception {
        int port = server.getAddress().getPort();
        point(
                entries.get(0),
                base + "/secret-url",
                "See [metadata](http://169.254.169.254/latest/meta-data/),"
                        + " [v6](http://[::1]:"
                        + port
                        + "/secret-v6),"
                        + " [lan](http://10.0.0.1/),"
                        + " [name](http://localhost:"
                        + port
                        + "/secret-name).");
        CliTest.Run run = external("--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.code()).as(run.err()).isZero(); // blocked is a warning, not a broken link
        assertThat(json.get("summary").get("ok").asInt()).isZero();
        List<String> blocked = new ArrayList<>();
        json.get("results")
                .forEach(
                        r -> {
                            assertThat(r.get("status").asText())
                                    .as(r.get("url").asText())
                                    .isEqualTo("blocked");
                            assertThat(r.get("message").asText())
                                    .contains("address: not requested");
                            blocked.add(r.get("url").asText());
                        });
        assertThat(blocked)
                .contains(
                        base + "/secret-url",
                        "http://169.254.169.254/latest/meta-data/",
                        "http://[::1]:" + port + "/secret-v6",
                        "http://10.0.0.1/",
                        "http://localhost:" + port + "/secret-name");
        assertThat(hits).as("nothing was requested").isEmpty();
        assertThat(Files.readString(site.resolve(".cache/links.json")))
                .doesNotContain("lastSuccess");

        CliTest.Run allowed = external("--allow-private", "--format", "json");
        assertThat(allowed.out()).contains("\"url\" : \"" + base + "/secret-url\"");
        assertThat(hits).containsKey("/secret-url");
    }

    @Test
    void annotatesTheUrlLineOfTheEntryAndWritesAJobSummary() throws Exception {
        Path dead = entries.get(1);
        point(dead, base + "/gone", "Body.");
        point(entries.get(2), base + "/wall", "Body.");
        Path summary = temp.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        CliTest.Run run =
                external("--allow-private", "--format", "github", "--summary", summary.toString());
        assertThat(run.code()).isEqualTo(1);
        String file = "content/entries/" + dead.getFileName();
        assertThat(run.out())
                .contains(
                        "::error file="
                                + file
                                + ",line="
                                + urlLine(dead)
                                + ",title=broken link::"
                                + base
                                + "/gone: broken")
                .containsPattern(
                        "::warning file=content/entries/[^,]+,line=\\d+,title=blocked link::"
                                + base
                                + "/wall");
        assertThat(Files.readString(summary))
                .startsWith("earlier step\n## Link check")
                .contains("| broken | 1 |", base + "/gone");
    }

    @Test
    void checksOnlyTheEntriesChangedSinceARevision() throws Exception {
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "start");
        Path changed = entries.get(2);
        point(changed, base + "/new-in-this-pull-request", "Body.");
        CliTest.Run run =
                external("--allow-private", "--changed-since", "HEAD", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).get("url").asText())
                .isEqualTo(base + "/new-in-this-pull-request");
        assertThat(results.get(0).get("entries").get(0).asText())
                .isEqualTo("content/entries/" + changed.getFileName());
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p =
                new ProcessBuilder(command)
                        .directory(site.toFile())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }
}
