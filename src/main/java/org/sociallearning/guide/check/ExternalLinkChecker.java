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
import org.sociallearning.guide.entry.SourceLocation;

/**
 * Checks external URLs politely: a bounded pool of workers (global concurrency), per-host limits
 * and pacing, retries with backoff, fresh cached successes reused and every new result remembered
 * in the cache. The caller writes the cache afterwards, whatever the outcome.
 *
 * <pre>{@code
 * ExternalReport report = new ExternalLinkChecker(LinkCheckOptions.defaults(), clock)
 *         .check(ExternalLinks.of(entries, e -> true), rules, cache, progress -> {});
 * }</pre>
 */
public final class ExternalLinkChecker {

    /** How far a run has got: for a live progress line. */
    public record Progress(int done, int total, Map<Verdict, Integer> counts) {
        public Progress {
            counts = Map.copyOf(counts);
        }
    }

    private final LinkCheckOptions options;
    private final Clock clock;
    private final Sleeper sleeper;
    private final HttpProbe probe;
    private final AddressGuard guard;

    public ExternalLinkChecker(LinkCheckOptions options, Clock clock) {
        this(options, clock, Sleeper.real(), HostResolver.system());
    }

    /**
     * With a sleeper and a resolver of one's own: tests record backoff instead of waiting for it,
     * and make a server on 127.0.0.1 pass for a public one.
     */
    public ExternalLinkChecker(
            LinkCheckOptions options, Clock clock, Sleeper sleeper, HostResolver resolver) {
        this(
                options,
                clock,
                sleeper,
                new JsoupProbe(options.userAgent()),
                new AddressGuard(resolver, options.allowPrivate()));
    }

    ExternalLinkChecker(
            LinkCheckOptions options,
            Clock clock,
            Sleeper sleeper,
            HttpProbe probe,
            AddressGuard guard) {
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    /**
     * Checks each URL once.
     *
     * @param urls URL to the entries using it
     * @param cache fresh successes are reused; every new result is remembered
     */
    public ExternalReport check(
            Map<String, List<SourceLocation>> urls,
            LinkRules rules,
            LinkCache cache,
            Consumer<Progress> progress)
            throws InterruptedException {
        long start = System.nanoTime();
        UrlChecker checker =
                new UrlChecker(
                        probe,
                        guard,
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
            for (Map.Entry<String, List<SourceLocation>> e : interleavedByHost(urls)) {
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
    static List<Map.Entry<String, List<SourceLocation>>> interleavedByHost(
            Map<String, List<SourceLocation>> urls) {
        Map<String, List<Map.Entry<String, List<SourceLocation>>>> byHost = new LinkedHashMap<>();
        for (Map.Entry<String, List<SourceLocation>> e : urls.entrySet()) {
            byHost.computeIfAbsent(HostPacer.key(e.getKey()), k -> new ArrayList<>()).add(e);
        }
        List<Map.Entry<String, List<SourceLocation>>> order = new ArrayList<>(urls.size());
        for (int round = 0; order.size() < urls.size(); round++) {
            for (List<Map.Entry<String, List<SourceLocation>>> host : byHost.values()) {
                if (round < host.size()) {
                    order.add(host.get(round));
                }
            }
        }
        return order;
    }

    private CheckedLink one(
            UrlChecker checker,
            String url,
            List<SourceLocation> entries,
            LinkRules rules,
            LinkCache cache)
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
        Optional<String> refusal = guard.refusal(url);
        if (refusal.isPresent()) {
            // never requested, and a success cached before the guard existed no longer counts
            LinkResult blocked = new LinkResult.Blocked(0, refusal.get());
            Instant at = clock.instant();
            cache.remember(url, blocked, at);
            return new CheckedLink(url, blocked, entries, at, false);
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
