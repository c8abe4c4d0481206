package org.sociallearning.guide.check;

import java.time.Duration;
import java.util.Objects;

/**
 * How to check: timeouts, politeness, retries, cache age, the user agent and whether private
 * addresses may be requested. Built with {@link #builder()}; the constructor is the one place that
 * checks the values.
 *
 * <pre>{@code
 * LinkCheckOptions o = LinkCheckOptions.builder().timeout(Duration.ofSeconds(5)).perHost(4).build();
 * }</pre>
 */
public record LinkCheckOptions(
        Duration timeout,
        Duration deadline,
        int concurrency,
        int perHost,
        Duration hostInterval,
        int retries,
        Duration backoff,
        Duration maxAge,
        String userAgent,
        boolean allowPrivate) {

    public static final String USER_AGENT =
            "SocialLearningGuide-LinkCheck/1.0 (+https://github.com/social-learning-guide; checks the guide's links weekly)";

    public LinkCheckOptions {
        positive("timeout", timeout);
        positive("deadline", deadline);
        if (deadline.compareTo(timeout) < 0) {
            throw new IllegalArgumentException("deadline " + deadline + " < timeout " + timeout);
        }
        atLeast("concurrency", concurrency, 1);
        atLeast("perHost", perHost, 1);
        atLeast("retries", retries, 0);
        notNegative("hostInterval", hostInterval);
        notNegative("backoff", backoff);
        notNegative("maxAge", maxAge);
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /** 15 s timeout, 90 s per URL, 16 at a time, 2 per host 250 ms apart, 2 retries, 7 days. */
    public static LinkCheckOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void positive(String name, Duration d) {
        notNegative(name, d);
        if (d.isZero()) {
            throw new IllegalArgumentException(name + " must be > 0");
        }
    }

    private static void notNegative(String name, Duration d) {
        if (Objects.requireNonNull(d, name).isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
    }

    private static void atLeast(String name, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be >= " + least + ": " + value);
        }
    }

    /** Starts from the defaults; {@link #build()} checks the values. */
    public static final class Builder {
        private Duration timeout = Duration.ofSeconds(15);
        private Duration deadline = Duration.ofSeconds(90);
        private int concurrency = 16;
        private int perHost = 2;
        private Duration hostInterval = Duration.ofMillis(250);
        private int retries = 2;
        private Duration backoff = Duration.ofSeconds(1);
        private Duration maxAge = Duration.ofDays(7);
        private String userAgent = USER_AGENT;
        private boolean allowPrivate;

        private Builder() {}

        /** Per request. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Per URL, retries and redirects included. */
        public Builder deadline(Duration deadline) {
            this.deadline = deadline;
            return this;
        }

        public Builder concurrency(int concurrency) {
            this.concurrency = concurrency;
            return this;
        }

        public Builder perHost(int perHost) {
            this.perHost = perHost;
            return this;
        }

        public Builder hostInterval(Duration hostInterval) {
            this.hostInterval = hostInterval;
            return this;
        }

        public Builder retries(int retries) {
            this.retries = retries;
            return this;
        }

        public Builder backoff(Duration backoff) {
            this.backoff = backoff;
            return this;
        }

        public Builder maxAge(Duration maxAge) {
            this.maxAge = maxAge;
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /** Request loopback, link-local and private addresses too (tests, intranets). */
        public Builder allowPrivate(boolean allowPrivate) {
            this.allowPrivate = allowPrivate;
            return this;
        }

        public LinkCheckOptions build() {
            return new LinkCheckOptions(
                    timeout,
                    deadline,
                    concurrency,
                    perHost,
                    hostInterval,
                    retries,
                    backoff,
                    maxAge,
                    userAgent,
                    allowPrivate);
        }
    }
}
