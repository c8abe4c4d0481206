package org.sociallearning.guide.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events that tell open preview pages to reload, or show a failed bake's problems, and
 * the small script that listens to them (served from the same origin, so the pages' CSP allows it).
 */
final class LiveReload {

    static final String SCRIPT_PATH = "/__guide/live.js";
    static final String EVENTS_PATH = "/__guide/events";
    private static final String TAG = "<script src=\"" + SCRIPT_PATH + "\" defer></script>";

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final byte[] script;

    LiveReload() throws IOException {
        try (InputStream in = LiveReload.class.getResourceAsStream("live.js")) {
            if (in == null) {
                throw new IOException("live.js is missing from the application jar");
            }
            this.script = in.readAllBytes();
        }
    }

    /** Adds the live-reload script to an HTML page. */
    String inject(String html) {
        int head = html.indexOf("</head>");
        return head < 0 ? html + TAG : html.substring(0, head) + TAG + html.substring(head);
    }

    HttpHandler scriptHandler() {
        return exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
                exchange.sendResponseHeaders(200, script.length);
                exchange.getResponseBody().write(script);
            }
        };
    }

    HttpHandler eventsHandler() {
        return this::stream;
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        clients.add(out);
        try {
            // Hold the connection open; a heartbeat finds clients that went away.
            while (!closed.await(15, TimeUnit.SECONDS)) {
                if (!send(out, ": heartbeat\n\n")) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(out);
            exchange.close();
        }
    }

    /** Sends an event to every open page. */
    void broadcast(String event, String data) {
        String message = "event: " + event + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n";
        for (OutputStream client : clients) {
            if (!send(client, message)) {
                clients.remove(client);
            }
        }
    }

    int clients() {
        return clients.size();
    }

    void close() {
        closed.countDown();
    }

    private static boolean send(OutputStream out, String message) {
        try {
            synchronized (out) {
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
