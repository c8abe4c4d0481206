package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCacheTest {

    static final Instant MONDAY = Instant.parse("2026-11-30T12:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);

    @TempDir Path temp;

    @Test
    void aSuccessIsFreshUntilItExpires() {
        LinkCache cache = LinkCache.empty();
        cache.remember("https://a.org/", new LinkResult.Ok(200, "https://a.org/"), MONDAY);
        assertThat(cache.fresh("https://a.org/", WEEK, MONDAY.plus(Duration.ofDays(6))))
                .isPresent();
        assertThat(cache.fresh("https://a.org/", WEEK, MONDAY.plus(Duration.ofDays(8)))).isEmpty();
    }

    @Test
    void aFailureIsNeverFreshAndKeepsTheLastVerifiedTime() {
        LinkCache cache = LinkCache.empty();
        cache.remember("https://a.org/", new LinkResult.Ok(200, "https://a.org/"), MONDAY);
        Instant later = MONDAY.plus(Duration.ofDays(1));
        cache.remember("https://a.org/", new LinkResult.Broken(404, "404 Not Found"), later);
        assertThat(cache.fresh("https://a.org/", WEEK, later)).isEmpty();
        LinkStatus status = cache.status("https://a.org/").orElseThrow();
        assertThat(status.isBroken()).isTrue();
        assertThat(status.checkedAt()).isEqualTo(later);
        assertThat(status.lastVerified()).contains(MONDAY);
    }

    @Test
    void aSuccessClearsAnEarlierFailure() {
        LinkCache cache = LinkCache.empty();
        cache.remember("https://a.org/", new LinkResult.TimedOut("slow"), MONDAY);
        cache.remember(
                "https://a.org/",
                new LinkResult.Redirected(301, "https://b.org/"),
                MONDAY.plusSeconds(60));
        LinkStatus status = cache.status("https://a.org/").orElseThrow();
        assertThat(status.verdict()).isEqualTo(Verdict.REDIRECTED);
        assertThat(status.finalUrl()).isEqualTo("https://b.org/");
        assertThat(cache.fresh("https://a.org/", WEEK, MONDAY.plusSeconds(120))).isPresent();
    }

    @Test
    void survivesAWriteAndARead() throws Exception {
        LinkCache cache = LinkCache.empty();
        cache.remember("https://a.org/", new LinkResult.Ok(200, "https://a.org/"), MONDAY);
        cache.remember("https://b.org/", new LinkResult.Broken(410, "410 Gone"), MONDAY);
        Path file = temp.resolve(".cache/links.json");
        cache.write(file);
        assertThat(Files.readString(file))
                .contains(
                        "\"lastSuccess\"",
                        "\"lastFailure\"",
                        "\"checkedAt\" : \"2026-11-30T12:00:00Z\"");
        LinkCache read = LinkCache.read(file, why -> {}).orElseThrow();
        assertThat(read.status("https://a.org/")).isEqualTo(cache.status("https://a.org/"));
        assertThat(read.status("https://b.org/")).isEqualTo(cache.status("https://b.org/"));
        assertThat(read.status("https://c.org/")).isEqualTo(Optional.empty());
    }

    @Test
    void readsAMissingFileAsEmptyAndRejectsAnotherFile() throws Exception {
        assertThat(
                        LinkCache.read(temp.resolve("none.json"), why -> {})
                                .orElseThrow()
                                .status("https://a.org/"))
                .isEmpty();
        Path bad = Files.writeString(temp.resolve("bad.json"), "{not json");
        StringBuilder why = new StringBuilder();
        assertThat(LinkCache.read(bad, why::append)).isEmpty();
        assertThat(why).contains("not a link cache");
        Files.writeString(bad, "{\"links\": [1]}");
        assertThat(LinkCache.read(bad, why::append)).isEmpty();
    }
}
