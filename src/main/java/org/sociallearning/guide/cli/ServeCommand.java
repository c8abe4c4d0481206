package org.sociallearning.guide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sociallearning.guide.serve.PreviewServer;
import org.sociallearning.guide.source.SiteSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guide serve}: a live preview on 127.0.0.1 that rebakes on every change. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Bakes the site, serves it on 127.0.0.1 and rebakes when content/, templates/, assets/, data/ or jbake.properties change; open pages reload.",
            "A failed rebake keeps the previous site served and shows the problems here and on the page. Ctrl-C stops."
        })
final class ServeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = {"-p", "--port"},
            defaultValue = "8820",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Mixin SourceOption source;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            defaultValue = "target/preview",
            description =
                    "Where the preview is baked (default: ${DEFAULT-VALUE}, under the source folder when relative).")
    Path output;

    private final Clock clock;

    ServeCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        SiteSource site = source.site();
        Path target = source.resolve(output);
        CountDownLatch stopped = new CountDownLatch(1);
        PreviewServer preview;
        try {
            preview = new PreviewServer(site, target, port, clock, event -> report(out, event));
        } catch (java.net.BindException e) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "guide serve: port "
                                    + port
                                    + " is in use; choose another with --port (0 picks a free one)");
            return ExitCodes.SITE_PROBLEMS;
        }
        try {
            preview.start();
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        out.println("Serving " + preview.url() + " (Ctrl-C to stop)");
        // Ctrl-C (SIGINT) is a clean stop: it ends the wait below and the command exits 0. Where
        // the signal cannot be caught, and on SIGTERM, the shutdown hook still stops the server.
        Thread hook = new Thread(preview::close, "guide-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Interrupt.onCtrlC(stopped::countDown);
        stopped.await();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook closes the server
        }
        preview.close();
        out.println("Stopped.");
        return ExitCodes.OK;
    }

    /**
     * Catches SIGINT through {@code sun.misc.Signal}, reached by reflection (javac warns about the
     * class itself, and the build treats warnings as errors). Without it the JVM would run its
     * shutdown and exit with 130.
     */
    private static final class Interrupt {
        private Interrupt() {}

        static boolean onCtrlC(Runnable action) {
            try {
                Class<?> signal = Class.forName("sun.misc.Signal");
                Class<?> handler = Class.forName("sun.misc.SignalHandler");
                Object proxy =
                        Proxy.newProxyInstance(
                                handler.getClassLoader(),
                                new Class<?>[] {handler},
                                (self, method, args) -> {
                                    switch (method.getName()) {
                                        case "handle" -> action.run();
                                        case "hashCode" -> {
                                            return System.identityHashCode(self);
                                        }
                                        case "equals" -> {
                                            return self == args[0];
                                        }
                                        case "toString" -> {
                                            return "guide serve: Ctrl-C";
                                        }
                                        default -> {}
                                    }
                                    return null;
                                });
                Object interrupt = signal.getConstructor(String.class).newInstance("INT");
                signal.getMethod("handle", signal, handler).invoke(null, interrupt, proxy);
                return true;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return false;
            }
        }
    }

    private static void report(PrintWriter out, PreviewServer.Event event) {
        new ProblemPrinter(out).print(event.result().problems());
        long millis = event.result().elapsed().toMillis();
        String time =
                millis < 1000
                        ? millis + " ms"
                        : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        if (event.result().written()) {
            // What a change cost: the pages rendered again, the rest kept as they were.
            out.println(
                    (event.first() ? "Baked " : "Rebuilt ")
                            + event.result().pages()
                            + " pages in "
                            + time
                            + ": "
                            + event.result().rendered()
                            + " rendered, "
                            + event.result().carried()
                            + " files unchanged.");
        } else {
            out.println(
                    "Bake failed ("
                            + ProblemPrinter.count(event.result().problems())
                            + "); still serving the previous site.");
        }
    }
}
