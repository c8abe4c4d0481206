package org.sociallearning.guide.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try again: exponential backoff with jitter, or the server's {@code Retry-After} (seconds
 * or an HTTP date), never more than {@link #MAX_WAIT}.
 */
record RetryPolicy(int retries, Duration base) {

    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    RetryPolicy {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be >= 0");
        }
    }

    /** Whether a status is worth another try: 408, 429 and 5xx. */
    static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500 && status <= 599;
    }

    /** The wait before retry number {@code attempt} (1-based). */
    Duration backoff(int attempt, Optional<String> retryAfter, Clock clock) {
        Optional<Duration> asked = retryAfter.flatMap(v -> parseRetryAfter(v, clock));
        if (asked.isPresent()) {
            return min(asked.get(), MAX_WAIT);
        }
        long exponential = base.toMillis() << Math.min(attempt - 1, 16);
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, exponential / 2 + 1));
        return min(Duration.ofMillis(exponential + jitter), MAX_WAIT);
    }

    static Optional<Duration> parseRetryAfter(String value, Clock clock) {
        String v = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at =
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
