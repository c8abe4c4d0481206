package org.sociallearning.guide.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Checks external URLs politely: a bounded pool of workers (global concurrency), per-host limits
 * and pacing, retries with backoff, fresh cached successes reused and every new result remembered
 * in the cache. The caller writes the cache afterwards, whatever the outcome.
 *
 * <pre>{@code
 * ExternalReport report = new ExternalLinkChecker(Options.defaults(), clock)
 *         .check(ExternalLinks.of(entries, e -> true), rules, cache, progress -> {});
 * }</pre>
 */
public final class ExternalLinkChecker {

    /** How to check: timeouts, politeness, retries, cache age and the user agent. */
    public record Options(
            Duration timeout,
            Duration deadline,
            int concurrency,
            int perHost,
            Duration hostInterval,
            int retries,
            Duration backoff,
            Duration maxAge,
            String userAgent) {

        public static final String USER_AGENT =
                "SocialLearningGuide-LinkCheck/1.0 (+https://github.com/social-learning-guide; checks the guide's links weekly)";

        public Options {
            if (timeout.isNegative() || timeout.isZero() || deadline.compareTo(timeout) < 0) {
                throw new IllegalArgumentException(
                        "timeout must be > 0 and the deadline at least the timeout");
            }
            if (concurrency < 1 || perHost < 1 || retries < 0) {
                throw new IllegalArgumentException(
                        "concurrency and perHost must be >= 1, retries >= 0");
            }
            Objects.requireNonNull(hostInterval, "hostInterval");
            Objects.requireNonNull(backoff, "backoff");
            Objects.requireNonNull(maxAge, "maxAge");
            Objects.requireNonNull(userAgent, "userAgent");
        }

        /** 15 s timeout, 90 s per URL, 16 at a time, 2 per host 250 ms apart, 2 retries, 7 days. */
        public static Options defaults() {
            return new Options(
                    Duration.ofSeconds(15),
                    Duration.ofSeconds(90),
                    16,
                    2,
                    Duration.ofMillis(250),
                    2,
                    Duration.ofSeconds(1),
                    Duration.ofDays(7),
                    USER_AGENT);
        }

        public Options withTimeout(Duration t) {
            return new Options(
                    t,
                    deadline.compareTo(t) < 0 ? t.multipliedBy(4) : deadline,
                    concurrency,
                    perHost,
                    hostInterval,
                    retries,
                    backoff,
                    maxAge,
                    userAgent);
        }

        public Options withPoliteness(int concurrency, int perHost, Duration hostInterval) {
            return new Options(
                    timeout,
                    deadline,
                    concurrency,
                    perHost,
                    hostInterval,
                    retries,
                    backoff,
                    maxAge,
                    userAgent);
        }

        public Options withRetries(int retries, Duration backoff) {
            return new Options(
                    timeout,
                    deadline,
                    concurrency,
                    perHost,
                    hostInterval,
                    retries,
                    backoff,
                    maxAge,
                    userAgent);
        }

        public Options withMaxAge(Duration maxAge) {
            return new Options(
                    timeout,
                    deadline,
                    concurrency,
                    perHost,
                    hostInterval,
                    retries,
                    backoff,
                    maxAge,
                    userAgent);
        }

        public Options withDeadline(Duration deadline) {
            return new Options(
                    timeout,
                    deadline,
                    concurrency,
                    perHost,
                    hostInterval,
                    retries,
                    backoff,
                    maxAge,
                    userAgent);
        }
    }

    /** How far a run has got: for a live progress line. */
    public record Progress(int done, int total, Map<Verdict, Integer> counts) {
        public Progress {
            counts = Map.copyOf(counts);
        }
    }

    private final Options options;
    private final Clock clock;
    private final Sleeper sleeper;
    private final HttpProbe probe;

    public ExternalLinkChecker(Options options, Clock clock) {
        this(options, clock, Sleeper.real(), new JsoupProbe(options.userAgent()));
    }

    /** With a sleeper of one's own: tests record backoff instead of waiting for it. */
    public ExternalLinkChecker(Options options, Clock clock, Sleeper sleeper) {
        this(options, clock, sleeper, new JsoupProbe(options.userAgent()));
    }

    ExternalLinkChecker(Options options, Clock clock, Sleeper sleeper, HttpProbe probe) {
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.probe = Objects.requireNonNull(probe, "probe");
    }

    /**
     * Checks each URL once.
     *
     * @param urls URL to the entries using it
     * @param cache fresh successes are reused; every new result is remembered
     */
    public ExternalReport check(
            Map<String, List<String>> urls,
            LinkRules rules,
            LinkCache cache,
            Consumer<Progress> progress)
            throws InterruptedException {
        long start = System.nanoTime();
        UrlChecker checker =
                new UrlChecker(
                        probe,
                        new HostPacer(options.perHost(), options.hostInterval(), sleeper),
                        new RetryPolicy(options.retries(), options.backoff()),
                        options.timeout(),
                        options.deadline(),
                        clock,
                        sleeper);
        Tally tally = new Tally(urls.size(), progress);
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        options.concurrency(),
                        r -> {
                            Thread t = new Thread(r, "guide-link-check");
                            t.setDaemon(true);
                            return t;
                        });
        try {
            List<Future<CheckedLink>> futures = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : interleavedByHost(urls)) {
                futures.add(
                        pool.submit(
                                () ->
                                        tally.count(
                                                one(
                                                        checker,
                                                        e.getKey(),
                                                        e.getValue(),
                                                        rules,
                                                        cache))));
            }
            List<CheckedLink> results = new ArrayList<>();
            for (Future<CheckedLink> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(
                            "link check failed: " + e.getCause(), e.getCause());
                }
            }
            return new ExternalReport(results, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The URLs in an order that visits hosts in turn (a, b, c, a, b, c...), so that workers rarely
     * wait on one host's politeness while others have work.
     */
    static List<Map.Entry<String, List<String>>> interleavedByHost(Map<String, List<String>> urls) {
        Map<String, List<Map.Entry<String, List<String>>>> byHost = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : urls.entrySet()) {
            byHost.computeIfAbsent(HostPacer.key(e.getKey()), k -> new ArrayList<>()).add(e);
        }
        List<Map.Entry<String, List<String>>> order = new ArrayList<>(urls.size());
        for (int round = 0; order.size() < urls.size(); round++) {
            for (List<Map.Entry<String, List<String>>> host : byHost.values()) {
                if (round < host.size()) {
                    order.add(host.get(round));
                }
            }
        }
        return order;
    }

    private CheckedLink one(
            UrlChecker checker, String url, List<String> entries, LinkRules rules, LinkCache cache)
            throws InterruptedException {
        Optional<LinkRules.Rule> rule = rules.ruleFor(url);
        if (rule.isPresent() && rule.get().skip().isPresent()) {
            return new CheckedLink(
                    url,
                    new LinkResult.Skipped(rule.get().skip().get()),
                    entries,
                    clock.instant(),
                    false);
        }
        Optional<CheckedLink> fresh = cache.fresh(url, options.maxAge(), clock.instant());
        if (fresh.isPresent()) {
            CheckedLink c = fresh.get();
            return new CheckedLink(url, c.result(), entries, c.checkedAt(), true);
        }
        Set<Integer> accepted = rule.map(LinkRules.Rule::accept).orElse(Set.of());
        LinkResult result = checker.check(url, accepted);
        Instant at = clock.instant();
        cache.remember(url, result, at);
        return new CheckedLink(url, result, entries, at, false);
    }

    /** Counts finished URLs and reports progress, one at a time. */
    private static final class Tally {
        private final int total;
        private final Consumer<Progress> progress;
        private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        private int done;

        Tally(int total, Consumer<Progress> progress) {
            this.total = total;
            this.progress = progress;
        }

        synchronized CheckedLink count(CheckedLink link) {
            done++;
            counts.merge(link.verdict(), 1, Integer::sum);
            progress.accept(new Progress(done, total, counts));
            return link;
        }
    }
}
