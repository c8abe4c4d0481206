package org.sociallearning.guide.check;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host (an origin: scheme, host and port): at most {@code perHost} requests at a
 * time, and request starts at least {@code interval} apart.
 */
final class HostPacer {

    private final class Host {
        final Semaphore permits = new Semaphore(perHost, true);
        long nextStart = Long.MIN_VALUE;
    }

    private final int perHost;
    private final long intervalNanos;
    private final Sleeper sleeper;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostPacer(int perHost, Duration interval, Sleeper sleeper) {
        if (perHost < 1) {
            throw new IllegalArgumentException("perHost must be >= 1");
        }
        this.perHost = perHost;
        this.intervalNanos = interval.toNanos();
        this.sleeper = sleeper;
    }

    /** A turn at a host, given back by closing it. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits for a turn at the URL's host; close it after the request. */
    Turn acquire(String url) throws InterruptedException {
        Host host = hosts.computeIfAbsent(key(url), k -> new Host());
        host.permits.acquire();
        try {
            long wait;
            synchronized (host) {
                long now = System.nanoTime();
                long start = host.nextStart == Long.MIN_VALUE ? now : Math.max(now, host.nextStart);
                host.nextStart = start + intervalNanos;
                wait = start - now;
            }
            if (wait > 0) {
                sleeper.sleep(Duration.ofNanos(wait));
            }
        } catch (InterruptedException | RuntimeException e) {
            host.permits.release();
            throw e;
        }
        return host.permits::release;
    }

    static String key(String url) {
        try {
            URI uri = URI.create(url);
            String host = uri.getHost() == null ? url : uri.getHost().toLowerCase(Locale.ROOT);
            return uri.getScheme() + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
