package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sociallearning.guide.entry.SourceLocation;

/**
 * The shape behind issue #4's external speed figure (timed in {@code bench/links.sh}, not here):
 * 500 distinct URLs on 100 local hosts, each answering in 50 ms, are checked in parallel across
 * hosts while no host ever sees more requests at once than the politeness limit allows.
 */
class ExternalSpeedTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void checksHostsInParallelWithinThePerHostLimit() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        Map<Integer, AtomicInteger> perHost = new ConcurrentHashMap<>();
        AtomicInteger mostPerHost = new AtomicInteger();
        ExecutorService handlers = Executors.newFixedThreadPool(32);
        List<HttpServer> servers = new ArrayList<>();
        try {
            Map<String, List<SourceLocation>> urls = new LinkedHashMap<>();
            for (int host = 0; host < 100; host++) {
                HttpServer server =
                        HttpServer.create(
                                new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
                server.createContext(
                        "/",
                        x -> {
                            AtomicInteger here =
                                    perHost.computeIfAbsent(
                                            x.getLocalAddress().getPort(),
                                            p -> new AtomicInteger());
                            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                            mostPerHost.accumulateAndGet(here.incrementAndGet(), Math::max);
                            PlantedServer.sleep(50);
                            here.decrementAndGet();
                            inFlight.decrementAndGet();
                            PlantedServer.send(x, 200);
                        });
                server.setExecutor(handlers);
                server.start();
                servers.add(server);
                for (int page = 0; page < 5; page++) {
                    urls.put(
                            "http://127.0.0.1:" + server.getAddress().getPort() + "/page/" + page,
                            List.of(
                                    SourceLocation.of(
                                            Path.of(
                                                    "content/entries/e"
                                                            + host
                                                            + "-"
                                                            + page
                                                            + ".md"))));
                }
            }
            LinkCheckOptions options = LinkCheckOptions.builder().allowPrivate(true).build();
            ExternalReport report =
                    new ExternalLinkChecker(options, Clock.systemUTC())
                            .check(urls, LinkRules.none(), LinkCache.empty(), p -> {});
            assertThat(report.counts().get(Verdict.OK)).isEqualTo(500);
            assertThat(mostInFlight.get())
                    .as("requests to different hosts overlap")
                    .isGreaterThan(options.perHost());
            assertThat(mostPerHost.get())
                    .as("no host sees more requests at once than the limit")
                    .isLessThanOrEqualTo(options.perHost());
        } finally {
            servers.forEach(s -> s.stop(0));
            handlers.shutdownNow();
        }
    }
}
