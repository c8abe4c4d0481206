package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sociallearning.guide.entry.SourceLocation;

/**
 * Issue #4's external speed figure: 500 distinct URLs, each answered in 50 ms by a local server
 * listening on 100 ports (100 hosts of 5 URLs, as a guide's entries are spread over many sites),
 * checked with the default politeness in at most 10 s.
 */
class ExternalSpeedTest {

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void checks500UrlsAnsweringIn50MsWithinTenSeconds() throws Exception {
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
                            PlantedServer.sleep(50);
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
            long start = System.nanoTime();
            ExternalReport report =
                    new ExternalLinkChecker(
                                    LinkCheckOptions.builder().allowPrivate(true).build(),
                                    Clock.systemUTC())
                            .check(urls, LinkRules.none(), LinkCache.empty(), p -> {});
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertThat(report.counts().get(Verdict.OK)).isEqualTo(500);
            assertThat(elapsed).isLessThan(Duration.ofSeconds(10));
            System.out.println("500 URLs at 50 ms checked in " + elapsed.toMillis() + " ms");
        } finally {
            servers.forEach(s -> s.stop(0));
            handlers.shutdownNow();
        }
    }
}
