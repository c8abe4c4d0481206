package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sociallearning.guide.entry.SourceLocation;

/** Every planted behaviour of a real HTTP server on 127.0.0.1, classified, in one bounded run. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExternalLinkCheckerTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    static PlantedServer server;
    static ExternalReport report;
    static final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    static Duration elapsed;
    static LinkCache cache = LinkCache.empty();

    @BeforeAll
    static void checkEveryPlantedBehaviour() throws Exception {
        server = new PlantedServer();
        Map<String, List<SourceLocation>> urls = new LinkedHashMap<>();
        for (String path :
                List.of(
                        "/ok",
                        "/moved",
                        "/temporary",
                        "/moved-to-missing",
                        "/loop-a",
                        "/missing",
                        "/gone",
                        "/no-head",
                        "/busy",
                        "/flaky",
                        "/down",
                        "/slow",
                        "/bot-wall",
                        "/forbidden",
                        "/linkedin")) {
            urls.put(server.url(path), at("content/entries" + path + ".md"));
        }
        urls.put(server.silentUrl(), at("content/entries/never.md"));
        urls.put(server.refusedUrl(), at("content/entries/refused.md"));
        urls.put("http://127.0.0.1:1/skipped-by-rule", at("content/entries/skip.md"));
        LinkCheckOptions options =
                LinkCheckOptions.builder()
                        .timeout(Duration.ofSeconds(1))
                        .deadline(Duration.ofSeconds(8))
                        .concurrency(16)
                        .perHost(4)
                        .hostInterval(Duration.ZERO)
                        .retries(2)
                        .backoff(Duration.ofMillis(20))
                        .allowPrivate(true)
                        .build();
        Sleeper recording =
                d -> {
                    sleeps.add(d);
                    Thread.sleep(Math.min(d.toMillis(), 20));
                };
        long start = System.nanoTime();
        report =
                new ExternalLinkChecker(options, CLOCK, recording, HostResolver.system())
                        .check(
                                urls,
                                rulesSkipping("http://127.0.0.1:1/skipped-by-rule"),
                                cache,
                                p -> {});
        elapsed = Duration.ofNanos(System.nanoTime() - start);
    }

    static List<SourceLocation> at(String file) {
        return List.of(SourceLocation.of(java.nio.file.Path.of(file), 3));
    }

    static LinkRules rulesSkipping(String url) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("rules", ".yaml");
        java.nio.file.Files.writeString(
                file, "urls:\n  \"" + url + "\":\n    skip: members only\n");
        try {
            return LinkRules.read(file, file).rules().orElseThrow();
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static CheckedLink result(String path) {
        String url = path.startsWith("http") ? path : server.url(path);
        return report.results().stream().filter(r -> r.url().equals(url)).findFirst().orElseThrow();
    }

    @Test
    void classifiesA200AsOk() {
        assertThat(result("/ok").result()).isEqualTo(new LinkResult.Ok(200, server.url("/ok")));
    }

    @Test
    void reportsAPermanentRedirectWithItsNewUrl() {
        assertThat(result("/moved").result())
                .isEqualTo(new LinkResult.Redirected(301, server.url("/ok")));
    }

    @Test
    void acceptsATemporaryRedirectAsOk() {
        assertThat(result("/temporary").verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void reportsARedirectToAMissingPageAsBroken() {
        assertThat(result("/moved-to-missing").result()).isInstanceOf(LinkResult.Broken.class);
        assertThat(result("/moved-to-missing").result().message())
                .contains("404", server.url("/missing"));
    }

    @Test
    void detectsARedirectLoop() {
        LinkResult r = result("/loop-a").result();
        assertThat(r.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(r.message()).startsWith("redirect loop: ").contains("/loop-b");
    }

    @Test
    void reports404And410AsBroken() {
        assertThat(result("/missing").result())
                .isEqualTo(new LinkResult.Broken(404, "404 Not Found"));
        assertThat(result("/gone").result()).isEqualTo(new LinkResult.Broken(410, "410 Gone"));
    }

    @Test
    void fallsBackToGetWhenHeadIsNotAllowed() {
        assertThat(result("/no-head").result())
                .isEqualTo(new LinkResult.Ok(200, server.url("/no-head")));
    }

    @Test
    void honoursRetryAfterThenSucceeds() {
        assertThat(result("/busy").verdict()).isEqualTo(Verdict.OK);
        assertThat(sleeps).contains(Duration.ofSeconds(1));
    }

    @Test
    void retriesA503ThenSucceeds() {
        assertThat(result("/flaky").verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void reportsA500AsBrokenAfterRetrying() {
        assertThat(result("/down").result())
                .isEqualTo(new LinkResult.Broken(500, "500 server error, still after retries"));
        assertThat(server.hits("/down")).isEqualTo(6); // HEAD and GET, three times
    }

    @Test
    void reportsASlowServerAsTimeout() {
        assertThat(result("/slow").verdict()).isEqualTo(Verdict.TIMEOUT);
    }

    @Test
    void reportsAServerThatNeverAnswersAsTimeout() {
        assertThat(result(server.silentUrl()).verdict()).isEqualTo(Verdict.TIMEOUT);
    }

    @Test
    void reportsARefusedConnectionAsError() {
        assertThat(result(server.refusedUrl()).result().verdict()).isEqualTo(Verdict.ERROR);
        assertThat(result(server.refusedUrl()).result().message()).startsWith("connection refused");
    }

    @Test
    void reportsABotWallAsBlockedAndAPlain403AsBroken() {
        assertThat(result("/bot-wall").result())
                .isEqualTo(new LinkResult.Blocked(403, "403 behind a bot wall"));
        assertThat(result("/linkedin").verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(result("/forbidden").verdict()).isEqualTo(Verdict.BROKEN);
    }

    @Test
    void skipsWhatTheRulesSkip() {
        assertThat(result("http://127.0.0.1:1/skipped-by-rule").result())
                .isEqualTo(new LinkResult.Skipped("members only"));
    }

    @Test
    void keepsTheEntriesThatUseEachUrl() {
        assertThat(result("/gone").entries()).containsExactly("content/entries/gone.md");
        assertThat(report.hasBrokenLinks()).isTrue();
    }

    @Test
    void cachesSuccessesAndNeverFailures() {
        Instant now = CLOCK.instant();
        assertThat(cache.fresh(server.url("/ok"), Duration.ofDays(7), now)).isPresent();
        assertThat(cache.fresh(server.url("/moved"), Duration.ofDays(7), now)).isPresent();
        assertThat(cache.fresh(server.url("/missing"), Duration.ofDays(7), now)).isEmpty();
        assertThat(cache.status(server.url("/missing")).orElseThrow().isBroken()).isTrue();
    }

    @Test
    void finishesWithinItsBound() {
        assertThat(elapsed).isLessThan(Duration.ofSeconds(20));
        assertThat(report.results()).hasSize(18);
    }
}
