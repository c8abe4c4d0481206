package org.sociallearning.guide.check;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one URL: HEAD first, GET when HEAD fails; redirects followed by hand (up to 10, loops
 * detected, cookies kept); retries with backoff for 408, 429, 5xx, timeouts and resets; the whole
 * within a hard deadline.
 */
final class UrlChecker {

    static final int MAX_REDIRECTS = 10;

    /** One attempt's end: a final response, or an exception, and the redirects on the way. */
    private record Attempt(
            Optional<HttpProbe.Response> response,
            Optional<IOException> failure,
            String finalUrl,
            boolean permanent,
            int firstRedirect,
            Optional<String> loop) {}

    private final HttpProbe probe;
    private final HostPacer pacer;
    private final RetryPolicy retry;
    private final Duration timeout;
    private final Duration deadline;
    private final Clock clock;
    private final Sleeper sleeper;
    private final AddressGuard guard;

    /** A request the guard refused: never sent, never retried. */
    static final class RefusedAddress extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedAddress(String reason) {
            super(reason);
        }
    }

    UrlChecker(
            HttpProbe probe,
            AddressGuard guard,
            HostPacer pacer,
            RetryPolicy retry,
            Duration timeout,
            Duration deadline,
            Clock clock,
            Sleeper sleeper) {
        this.probe = probe;
        this.guard = guard;
        this.pacer = pacer;
        this.retry = retry;
        this.timeout = timeout;
        this.deadline = deadline;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    LinkResult check(String url, Set<Integer> accepted) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        Attempt attempt = attempt(url, end);
        for (int n = 1; n <= retry.retries() && shouldRetry(attempt); n++) {
            Duration wait =
                    retry.backoff(
                            n, attempt.response().flatMap(r -> r.header("retry-after")), clock);
            if (System.nanoTime() + wait.toNanos() + Duration.ofMillis(100).toNanos() > end) {
                break; // no time left for another try
            }
            sleeper.sleep(wait);
            attempt = attempt(url, end);
        }
        if (attempt.failure().orElse(null) instanceof RefusedAddress refused) {
            return new LinkResult.Blocked(0, refused.getMessage());
        }
        return ResponseClassifier.classify(
                url,
                attempt.response(),
                attempt.failure(),
                attempt.finalUrl(),
                attempt.permanent(),
                attempt.firstRedirect(),
                attempt.loop(),
                accepted);
    }

    private static boolean shouldRetry(Attempt a) {
        if (a.response().isPresent()) {
            return RetryPolicy.retryable(a.response().get().status());
        }
        return a.failure().map(UrlChecker::transientFailure).orElse(false);
    }

    static boolean transientFailure(IOException e) {
        return e instanceof SocketTimeoutException
                || e instanceof HttpTimeoutException
                || e instanceof EOFException
                || (e instanceof SocketException
                        && !(e instanceof ConnectException)
                        && !(e instanceof NoRouteToHostException));
    }

    private Attempt attempt(String url, long end) throws InterruptedException {
        String current = url;
        Set<String> seen = new LinkedHashSet<>(List.of(url));
        Map<String, String> cookies = new HashMap<>();
        boolean permanent = true;
        int firstRedirect = 0;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpProbe.Response response;
            try {
                response = request(current, cookies, end);
            } catch (IOException e) {
                return new Attempt(
                        Optional.empty(),
                        Optional.of(e),
                        current,
                        false,
                        firstRedirect,
                        Optional.empty());
            }
            cookies.putAll(response.cookies());
            int status = response.status();
            Optional<String> location = response.header("location");
            if (status < 300 || status > 399 || status == 304 || location.isEmpty()) {
                return new Attempt(
                        Optional.of(response),
                        Optional.empty(),
                        current,
                        permanent && hop > 0,
                        firstRedirect,
                        Optional.empty());
            }
            if (firstRedirect == 0) {
                firstRedirect = status;
            }
            permanent &= status == 301 || status == 308;
            String next;
            try {
                next =
                        URI.create(current)
                                .resolve(location.get().strip().replace(" ", "%20"))
                                .toString();
            } catch (IllegalArgumentException e) {
                return new Attempt(
                        Optional.empty(),
                        Optional.of(
                                new MalformedURLException(
                                        "bad redirect Location: " + location.get())),
                        current,
                        false,
                        firstRedirect,
                        Optional.empty());
            }
            if (!seen.add(next)) {
                List<String> chain = new ArrayList<>(seen);
                chain.add(next);
                return new Attempt(
                        Optional.of(response),
                        Optional.empty(),
                        current,
                        false,
                        firstRedirect,
                        Optional.of("redirect loop: " + String.join(" → ", chain)));
            }
            current = next;
        }
        return new Attempt(
                Optional.empty(),
                Optional.empty(),
                current,
                false,
                firstRedirect,
                Optional.of("more than " + MAX_REDIRECTS + " redirects"));
    }

    /** HEAD, then GET when HEAD is refused (4xx but 429, 5xx) or the connection drops. */
    private HttpProbe.Response request(String url, Map<String, String> cookies, long end)
            throws IOException, InterruptedException {
        try {
            HttpProbe.Response head = send(url, HttpProbe.Method.HEAD, cookies, end);
            if (head.status() < 400 || head.status() == 429) {
                // 429 is an answer to honour (Retry-After), not a refusal of HEAD
                return head;
            }
        } catch (IOException e) {
            if (!(e instanceof EOFException
                    || (e instanceof SocketException && !(e instanceof ConnectException)))) {
                throw e;
            }
        }
        return send(url, HttpProbe.Method.GET, cookies, end);
    }

    private HttpProbe.Response send(
            String url, HttpProbe.Method method, Map<String, String> cookies, long end)
            throws IOException, InterruptedException {
        long left = end - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("deadline of " + deadline.toSeconds() + " s passed");
        }
        Duration t = Duration.ofNanos(Math.min(left, timeout.toNanos()));
        HostPacer.Turn turn = pacer.acquire(url);
        try {
            // checked last, right before the request, to leave DNS rebinding the least time
            Optional<String> refusal = guard.refusal(url);
            if (refusal.isPresent()) {
                throw new RefusedAddress(refusal.get());
            }
            return probe.request(url, method, t, cookies);
        } finally {
            turn.close();
        }
    }
}
