package org.sociallearning.guide.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A baked site served over HTTP on 127.0.0.1 under a sub-path, as GitHub Pages serves a project
 * site: {@code x/} answers with {@code x/index.html}, a folder without its slash redirects, and
 * anything missing gets the site's {@code 404.html} with status 404.
 */
final class StaticSite implements AutoCloseable {

    private static final Map<String, String> TYPES =
            Map.of(
                    "html", "text/html; charset=utf-8",
                    "css", "text/css; charset=utf-8",
                    "js", "text/javascript; charset=utf-8",
                    "json", "application/json",
                    "xml", "application/xml",
                    "svg", "image/svg+xml",
                    "png", "image/png",
                    "txt", "text/plain; charset=utf-8");

    private final Path root;
    private final String basePath;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    /** Serves {@code root} at {@code http://127.0.0.1:<port>/<basePath>}. */
    StaticSite(Path root, String basePath) {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("base path must start and end with /: " + basePath);
        }
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The absolute URL of a site path, e.g. {@code url("directory/?kind=course")}. */
    String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath + sitePath;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain", new byte[0]);
                return;
            }
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (!path.startsWith(basePath)) {
                notFound(exchange);
                return;
            }
            Path file = root.resolve(path.substring(basePath.length())).normalize();
            if (!file.startsWith(root)) {
                notFound(exchange);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, "text/plain", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                notFound(exchange);
                return;
            }
            send(exchange, 200, type(file), Files.readAllBytes(file));
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = root.resolve("404.html");
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page) : new byte[0];
        send(exchange, 404, TYPES.get("html"), body);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
