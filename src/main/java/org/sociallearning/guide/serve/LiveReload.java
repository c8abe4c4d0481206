package org.sociallearning.guide.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events that tell open preview pages to reload, or show a failed bake's problems, and
 * the small script that listens to them (served from the same origin, so the pages' CSP allows it).
 * An open stream holds no server thread: the handler returns at once, and a heartbeat finds clients
 * that went away.
 */
final class LiveReload {

    static final String SCRIPT_PATH = "/__guide/live.js";
    static final String EVENTS_PATH = "/__guide/events";
    private static final String TAG = "<script src=\"" + SCRIPT_PATH + "\" defer></script>";

    /** An open event stream. */
    private record Client(HttpExchange exchange, OutputStream out) {
        boolean send(String message) {
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

        void close() {
            exchange.close();
        }
    }

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat;
    private final byte[] script;

    LiveReload() throws IOException {
        try (InputStream in = LiveReload.class.getResourceAsStream("live.js")) {
            if (in == null) {
                throw new IOException("live.js is missing from the application jar");
            }
            this.script = in.readAllBytes();
        }
        this.heartbeat =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "guide-live-reload");
                            t.setDaemon(true);
                            return t;
                        });
        heartbeat.scheduleAtFixedRate(
                () -> broadcastRaw(": heartbeat\n\n"), 15, 15, TimeUnit.SECONDS);
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
        return this::open;
    }

    private void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange, exchange.getResponseBody());
        if (client.send(": connected\n\n")) {
            clients.add(client);
        } else {
            client.close();
        }
    }

    /** Sends an event to every open page. */
    void broadcast(String event, String data) {
        broadcastRaw("event: " + event + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n");
    }

    private void broadcastRaw(String message) {
        for (Client client : clients) {
            if (!client.send(message)) {
                clients.remove(client);
                client.close();
            }
        }
    }

    int clients() {
        return clients.size();
    }

    void close() {
        heartbeat.shutdownNow();
        for (Client client : clients) {
            client.close();
        }
        clients.clear();
    }
}
