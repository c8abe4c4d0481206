package org.sociallearning.guide.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Serves a baked site from a folder on 127.0.0.1, under a base path ({@code /} or a sub-path such
 * as {@code /guide/}) the way static hosts do: {@code /x/} serves {@code x/index.html}, {@code /x}
 * redirects to {@code /x/} when it is a folder, and a missing file gets {@code 404.html} with
 * status 404. Other handlers can be added under their own paths (live reload uses that).
 */
public final class StaticSiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES =
            Map.ofEntries(
                    Map.entry("html", "text/html; charset=utf-8"),
                    Map.entry("css", "text/css; charset=utf-8"),
                    Map.entry("js", "text/javascript; charset=utf-8"),
                    Map.entry("json", "application/json"),
                    Map.entry("xml", "application/xml"),
                    Map.entry("txt", "text/plain; charset=utf-8"),
                    Map.entry("svg", "image/svg+xml"),
                    Map.entry("png", "image/png"),
                    Map.entry("jpg", "image/jpeg"),
                    Map.entry("jpeg", "image/jpeg"),
                    Map.entry("webp", "image/webp"),
                    Map.entry("ico", "image/x-icon"),
                    Map.entry("woff2", "font/woff2"));

    /** The most requests handled at once; more wait in a queue. */
    static final int THREADS = 32;

    /** Seconds a client may take to send a request's line and headers before it is cut off. */
    static final String REQUEST_SECONDS = "10";

    /** Seconds a kept-alive connection may stay idle. */
    static final String IDLE_SECONDS = "30";

    static {
        // The JDK's server reads these once, when its first server starts: a client that sends
        // half a request and stops would otherwise hold a thread for ever. No response time limit:
        // the live-reload event streams are responses that stay open.
        setDefault("sun.net.httpserver.maxReqTime", REQUEST_SECONDS);
        setDefault("sun.net.httpserver.idleInterval", IDLE_SECONDS);
        setDefault("sun.net.httpserver.maxReqHeaders", "100");
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String basePath;

    /**
     * @param root supplies the folder to serve, read on every request so a rebake can swap it
     * @param basePath the path the site is served under, starting and ending with {@code /}
     * @param htmlFilter rewrites HTML before it is sent (the identity for a plain server)
     */
    public StaticSiteServer(
            int port,
            Supplier<Path> root,
            String basePath,
            java.util.function.UnaryOperator<String> htmlFilter)
            throws IOException {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(htmlFilter, "htmlFilter");
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("base path must start and end with /: " + basePath);
        }
        this.basePath = basePath;
        this.server =
                HttpServer.create(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        // A bounded pool: threads come and go up to THREADS, then requests queue. A request that
        // is still being sent holds a thread until the read time limit cuts it off; event streams
        // hold none once open, so the pool never starves them.
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(
                        THREADS,
                        THREADS,
                        30,
                        TimeUnit.SECONDS,
                        new LinkedBlockingQueue<>(1_000),
                        r -> {
                            Thread t = new Thread(r, "guide-http");
                            t.setDaemon(true);
                            return t;
                        },
                        // past a thousand waiting requests, one is dropped: its connection is
                        // closed by the read time limit
                        new ThreadPoolExecutor.DiscardPolicy());
        pool.allowCoreThreadTimeOut(true);
        this.executor = pool;
        server.setExecutor(executor);
        server.createContext("/", new FileHandler(root, basePath, htmlFilter));
    }

    /** Adds a handler for paths under {@code path}, ahead of the files. */
    public void handle(String path, HttpHandler handler) {
        server.createContext(path, handler);
    }

    public StaticSiteServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The site's root URL, e.g. {@code http://127.0.0.1:8820/guide/}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + basePath);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private record FileHandler(
            Supplier<Path> root,
            String basePath,
            java.util.function.UnaryOperator<String> htmlFilter)
            implements HttpHandler {

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                String method = exchange.getRequestMethod();
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    send(
                            exchange,
                            405,
                            "text/plain; charset=utf-8",
                            "method not allowed".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                String path = exchange.getRequestURI().getPath();
                if (!path.startsWith(basePath)) {
                    if ((path + "/").equals(basePath)) {
                        redirect(exchange, basePath);
                        return;
                    }
                    notFound(exchange);
                    return;
                }
                Path folder = root.get().toAbsolutePath().normalize();
                Path file = folder.resolve(path.substring(basePath.length())).normalize();
                if (!file.startsWith(folder)) {
                    notFound(exchange);
                    return;
                }
                if (Files.isDirectory(file)) {
                    if (!path.endsWith("/")) {
                        URI uri = exchange.getRequestURI();
                        redirect(
                                exchange,
                                uri.getRawPath()
                                        + "/"
                                        + (uri.getRawQuery() == null
                                                ? ""
                                                : "?" + uri.getRawQuery()));
                        return;
                    }
                    file = file.resolve("index.html");
                }
                if (!Files.isRegularFile(file)) {
                    notFound(exchange);
                    return;
                }
                sendFile(exchange, 200, file);
            }
        }

        private void notFound(HttpExchange exchange) throws IOException {
            Path page = root.get().resolve("404.html");
            if (Files.isRegularFile(page)) {
                sendFile(exchange, 404, page);
            } else {
                send(
                        exchange,
                        404,
                        "text/plain; charset=utf-8",
                        "not found".getBytes(StandardCharsets.UTF_8));
            }
        }

        private void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
            String type = type(file);
            byte[] body = Files.readAllBytes(file);
            if (type.startsWith("text/html")) {
                body =
                        htmlFilter
                                .apply(new String(body, StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            send(exchange, status, type, body);
        }

        private static void redirect(HttpExchange exchange, String location) throws IOException {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(301, -1);
        }

        private static void send(HttpExchange exchange, int status, String type, byte[] body)
                throws IOException {
            exchange.getResponseHeaders().set("Content-Type", type);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }

        private static String type(Path file) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            return Optional.ofNullable(TYPES.get(ext)).orElse("application/octet-stream");
        }
    }
}
