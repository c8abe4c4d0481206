package org.sociallearning.guide.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.sociallearning.guide.serve.StaticSiteServer;

/**
 * A baked site served over HTTP on 127.0.0.1 under a sub-path, as GitHub Pages serves a project
 * site, by the guide's own {@link StaticSiteServer}: {@code x/} answers with {@code x/index.html},
 * a folder without its slash redirects, and anything missing gets the site's {@code 404.html}.
 */
final class StaticSite implements AutoCloseable {

    private final StaticSiteServer server;

    /** Serves {@code root} at {@code http://127.0.0.1:<port>/<basePath>}. */
    StaticSite(Path root, String basePath) {
        Path folder = root.toAbsolutePath().normalize();
        try {
            server =
                    new StaticSiteServer(0, () -> folder, basePath, UnaryOperator.identity())
                            .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute URL of a site path, e.g. {@code url("directory/?kind=course")}. */
    String url(String sitePath) {
        return server.url() + sitePath;
    }

    @Override
    public void close() {
        server.close();
    }
}
