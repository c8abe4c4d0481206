package org.sociallearning.guide.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.pipeline.BakeRequest;
import org.sociallearning.guide.pipeline.BakeResult;
import org.sociallearning.guide.pipeline.SiteBuilder;
import org.sociallearning.guide.source.SiteSource;

/**
 * {@code guide serve}: bakes the site, serves it on 127.0.0.1, rebakes when a source changes, and
 * reloads open pages. Rebakes are incremental and in-process: the pages whose inputs did not change
 * are carried over, and links are re-checked only on the pages written and the pages that link to a
 * file that is gone or was rewritten. A failed rebake keeps the previous site served and shows its
 * problems in the terminal and on the page.
 */
public final class PreviewServer implements AutoCloseable {

    /** What happened on a bake, for the terminal. */
    public record Event(BakeResult result, boolean first) {}

    private final SiteSource source;
    private final Path output;
    private final Clock clock;
    private final Consumer<Event> listener;
    private final LiveReload live;
    private final StaticSiteServer server;
    private final SiteBuilder builder;
    private SourceWatcher watcher;

    /**
     * How long a burst of file events must be quiet before a rebake: editors that save in several
     * steps (a temporary file, then a rename) finish within a few milliseconds.
     */
    static final Duration SETTLE = Duration.ofMillis(20);

    public PreviewServer(
            SiteSource source, Path output, int port, Clock clock, Consumer<Event> listener)
            throws IOException {
        this.source = Objects.requireNonNull(source, "source");
        this.output = Objects.requireNonNull(output, "output").toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.live = new LiveReload();
        // One builder for the whole session: it keeps the last bake's state (page hashes, Markdown
        // as HTML, the reverse link index) in memory, so a change re-renders only dirty pages.
        this.builder = SiteBuilder.longLived(clock, line -> {});
        this.server = new StaticSiteServer(port, () -> this.output, "/", live::inject);
        server.handle(LiveReload.SCRIPT_PATH, live.scriptHandler());
        server.handle(LiveReload.EVENTS_PATH, live.eventsHandler());
    }

    /**
     * Watches, bakes once, then serves. Returns the first bake's result. The watcher starts first,
     * so a file saved during the first bake, or the moment the server answers, is never missed: its
     * rebake waits for the first bake to finish.
     */
    public synchronized BakeResult start() throws IOException {
        watcher =
                new SourceWatcher(
                                List.of(
                                        source.content(),
                                        source.templates(),
                                        source.assets(),
                                        source.root().resolve("data"),
                                        source.properties()),
                                SETTLE,
                                this::rebake)
                        .start();
        BakeResult first = bake(Optional.empty());
        listener.accept(new Event(first, true));
        server.start();
        return first;
    }

    public URI url() {
        return server.url();
    }

    /** How many pages are listening for reloads. */
    public int listeners() {
        return live.clients();
    }

    synchronized void rebake(Optional<java.util.Set<Path>> changed) {
        BakeResult result = bake(changed);
        listener.accept(new Event(result, false));
        if (result.written()) {
            live.broadcast("reload", "{}");
        } else {
            live.broadcast("problems", json(result.problems()));
        }
    }

    /** Bakes once; a failure that is not the site's (a full disk, say) is reported, not thrown. */
    private BakeResult bake(Optional<java.util.Set<Path>> changed) {
        try {
            BakeRequest request =
                    new BakeRequest(source, output, Optional.of(server.url().toString()));
            return builder.build(changed.map(request::withChanged).orElse(request));
        } catch (RuntimeException e) {
            Problem problem =
                    Problem.error(SourceLocation.of(output), "cannot bake: " + e.getMessage());
            return new BakeResult(
                    List.of(problem), 0, 0, 0, output, false, java.time.Duration.ZERO);
        }
    }

    private static String json(List<Problem> problems) {
        List<String> lines =
                problems.stream()
                        .map(p -> p.hasHint() ? p + "\n    " + p.hint() : p.toString())
                        .toList();
        try {
            return new ObjectMapper().writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        synchronized (this) {
            builder.finishWriting(); // the state the next process starts from
        }
        live.close();
        server.close();
    }
}
