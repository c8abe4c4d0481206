package org.sociallearning.guide.check;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 with planted behaviours, a socket that accepts and never answers, and
 * a port nothing listens on.
 */
final class PlantedServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final ServerSocket silent;
    private final int refusedPort;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    PlantedServer() {
        try {
            InetAddress loopback = InetAddress.getByName("127.0.0.1");
            server = HttpServer.create(new InetSocketAddress(loopback, 0), 50);
            server.createContext("/", this::handle);
            server.setExecutor(handlers);
            server.start();
            silent = new ServerSocket(0, 50, loopback); // accepts (in the backlog), never answers
            try (ServerSocket closed = new ServerSocket(0, 1, loopback)) {
                refusedPort = closed.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    String silentUrl() {
        return "http://127.0.0.1:" + silent.getLocalPort() + "/never";
    }

    String refusedUrl() {
        return "http://127.0.0.1:" + refusedPort + "/refused";
    }

    int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        int n = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        boolean head = x.getRequestMethod().equals("HEAD");
        switch (path) {
            case "/ok" -> send(x, 200);
            case "/moved" -> redirect(x, 301, "/ok");
            case "/temporary" -> redirect(x, 302, "/ok");
            case "/moved-to-missing" -> redirect(x, 308, "/missing");
            case "/loop-a" -> redirect(x, 302, "/loop-b");
            case "/loop-b" -> redirect(x, 302, "/loop-a");
            case "/missing" -> send(x, 404);
            case "/gone" -> send(x, 410);
            case "/no-head" -> send(x, head ? 405 : 200);
            case "/busy" -> {
                if (n == 1) {
                    x.getResponseHeaders().add("Retry-After", "1");
                    send(x, 429);
                } else {
                    send(x, 200);
                }
            }
            case "/flaky" -> send(x, n == 1 ? 503 : 200);
            case "/down" -> send(x, 500);
            case "/slow" -> {
                sleep(3_000);
                send(x, 200);
            }
            case "/bot-wall" -> {
                x.getResponseHeaders().add("cf-mitigated", "challenge");
                send(x, 403);
            }
            case "/forbidden" -> send(x, 403);
            case "/linkedin" -> send(x, 999);
            case "/to-localhost" ->
                    redirect(
                            x,
                            302,
                            "http://localhost:" + server.getAddress().getPort() + "/secret");
            case "/secret" -> send(x, 200);
            default -> send(x, 404);
        }
    }

    private static void redirect(HttpExchange x, int status, String to) throws IOException {
        x.getResponseHeaders().add("Location", to);
        send(x, status);
    }

    static void send(HttpExchange x, int status) throws IOException {
        x.sendResponseHeaders(status, -1);
        x.close();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        handlers.shutdownNow();
        silent.close();
    }
}
