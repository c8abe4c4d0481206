package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1));

    @Test
    void backsOffExponentiallyWithJitter() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            long base = 1000L << (attempt - 1);
            assertThat(policy.backoff(attempt, Optional.empty(), CLOCK).toMillis())
                    .isBetween(base, base + base / 2);
        }
    }

    @Test
    void honoursRetryAfterInSecondsOrAsAnHttpDateCappedAtOneMinute() {
        assertThat(policy.backoff(1, Optional.of("7"), CLOCK)).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.backoff(1, Optional.of("Sun, 29 Nov 2026 12:00:30 GMT"), CLOCK))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.backoff(1, Optional.of("3600"), CLOCK)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.backoff(1, Optional.of("soon"), CLOCK).toMillis())
                .isBetween(1000L, 1500L);
    }

    @Test
    void retriesOnly408And429And5xx() {
        assertThat(RetryPolicy.retryable(408)).isTrue();
        assertThat(RetryPolicy.retryable(429)).isTrue();
        assertThat(RetryPolicy.retryable(503)).isTrue();
        assertThat(RetryPolicy.retryable(404)).isFalse();
    }
}
