package org.sociallearning.guide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.source.SiteSource;
import org.sociallearning.guide.testing.FixtureSites;

@Timeout(120)
class PreviewServerTest {

    @TempDir Path temp;

    @Test
    void rebakesOnAnEditReloadsOpenPagesAndShowsProblemsWithoutStopping() throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        List<PreviewServer.Event> events = new CopyOnWriteArrayList<>();
        try (PreviewServer preview =
                new PreviewServer(
                        new SiteSource(site),
                        site.resolve("target/preview"),
                        0,
                        FixtureSites.CLOCK,
                        events::add)) {
            assertThat(preview.start().written()).isTrue();
            HttpClient http = HttpClient.newHttpClient();
            String home = get(http, preview.url().toString());
            assertThat(home).contains("<script src=\"/__guide/live.js\" defer></script>");
            assertThat(home).contains("<link rel=\"canonical\" href=\"" + preview.url() + "\">");
            assertThat(get(http, preview.url() + "__guide/live.js")).contains("EventSource");

            BlockingQueue<String> received = listen(http, preview.url() + "__guide/events");
            waitUntil(() -> preview.listeners() == 1);

            Path alpha = site.resolve("content/entries/alpha-course.md");
            Files.writeString(
                    alpha,
                    Files.readString(alpha)
                            .replace("title=Alpha course", "title=Alpha course, revised"));
            assertThat(nextEvent(received)).isEqualTo("event: reload");
            assertThat(get(http, preview.url() + "entries/alpha-course/"))
                    .contains("<h1>Alpha course, revised</h1>");

            Files.writeString(alpha, Files.readString(alpha).replace("kind=course", "kind=corse"));
            assertThat(nextEvent(received)).isEqualTo("event: problems");
            assertThat(received.poll(5, TimeUnit.SECONDS))
                    .contains(
                            "content/entries/alpha-course.md:5:6: error: unknown kind \\\"corse\\\"");
            assertThat(get(http, preview.url() + "entries/alpha-course/"))
                    .contains("<h1>Alpha course, revised</h1>");
            assertThat(events)
                    .extracting(e -> e.result().written())
                    .containsExactly(true, true, false);
        }
    }

    @Test
    void deletingAnEntryAnotherLinksToReportsTheBrokenLinkAtItsLine() throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Path beta = site.resolve("content/entries/beta-coach.md");
        Files.writeString(
                beta, Files.readString(beta) + "\nCompare [the alpha course](../alpha-course/).\n");
        List<PreviewServer.Event> events = new CopyOnWriteArrayList<>();
        try (PreviewServer preview =
                new PreviewServer(
                        new SiteSource(site),
                        site.resolve("target/preview"),
                        0,
                        FixtureSites.CLOCK,
                        events::add)) {
            assertThat(preview.start().written()).isTrue();
            HttpClient http = HttpClient.newHttpClient();
            BlockingQueue<String> received = listen(http, preview.url() + "__guide/events");
            waitUntil(() -> preview.listeners() == 1);

            Files.delete(site.resolve("content/entries/alpha-course.md"));

            assertThat(nextEvent(received)).isEqualTo("event: problems");
            String data = received.poll(5, TimeUnit.SECONDS);
            assertThat(data)
                    .containsPattern("entries/beta-coach/index.html:[0-9]+: error: broken link")
                    .contains("../alpha-course/");
            PreviewServer.Event failed = events.get(events.size() - 1);
            assertThat(failed.result().written()).isFalse();
            assertThat(failed.result().problems())
                    .anySatisfy(
                            p -> {
                                assertThat(p.location().file().toString())
                                        .endsWith("entries/beta-coach/index.html");
                                assertThat(p.location().line()).isPositive();
                            });
            // The previous site is still served.
            assertThat(get(http, preview.url() + "entries/alpha-course/")).contains("Alpha");
        }
    }

    @Test
    void openEventStreamsDoNotHoldTheServersThreadsAndFolderRedirectsKeepTheQuery()
            throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        try (PreviewServer preview =
                new PreviewServer(
                        new SiteSource(site),
                        site.resolve("target/preview"),
                        0,
                        FixtureSites.CLOCK,
                        e -> {})) {
            preview.start();
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 20; i++) {
                listen(http, preview.url() + "__guide/events");
            }
            waitUntil(() -> preview.listeners() == 20);
            HttpResponse<String> page =
                    http.sendAsync(
                                    HttpRequest.newBuilder(URI.create(preview.url().toString()))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .get(5, TimeUnit.SECONDS);
            assertThat(page.statusCode()).isEqualTo(200);
            HttpResponse<Void> redirect =
                    HttpClient.newBuilder()
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build()
                            .send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            preview.url()
                                                                    + "directory?areas=social-web"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding());
            assertThat(redirect.statusCode()).isEqualTo(301);
            assertThat(redirect.headers().firstValue("Location"))
                    .contains("/directory/?areas=social-web");
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    /** Reads the event stream's lines into a queue on a background thread. */
    private static BlockingQueue<String> listen(HttpClient http, String url) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<java.io.InputStream> response =
                http.send(
                        HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        Thread reader =
                new Thread(
                        () -> {
                            try (BufferedReader in =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    response.body(), StandardCharsets.UTF_8))) {
                                String line;
                                while ((line = in.readLine()) != null) {
                                    if (!line.isBlank() && !line.startsWith(":")) {
                                        lines.add(line);
                                    }
                                }
                            } catch (java.io.IOException e) {
                                // stream closed with the server
                            }
                        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String nextEvent(BlockingQueue<String> lines) throws InterruptedException {
        String line;
        while ((line = lines.poll(60, TimeUnit.SECONDS)) != null) {
            if (line.startsWith("event: ")) {
                return line;
            }
        }
        throw new AssertionError("no event within 60 s");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
