package org.sociallearning.guide.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sociallearning.guide.bake.StockJBake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guide bench-stock}: bakes a site with stock JBake 2.7.0, the benchmark's baseline. */
@Command(
        name = "bench-stock",
        mixinStandardHelpOptions = true,
        description = {
            "Bakes a site with stock JBake 2.7.0 and its defaults (no validation, no guide pages), for comparison in benchmarks."
        })
final class BenchStockCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = {"-s", "--source"},
            paramLabel = "DIR",
            required = true,
            description = "A site written by 'guide bench-site --stock'.")
    Path source;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            description = "Output folder (default: SOURCE/target/stock).")
    Path output;

    @Override
    public Integer call() {
        Path target = output != null ? output : source.resolve("target/stock");
        long start = System.nanoTime();
        StockJBake.Result result = new StockJBake().bake(source, target);
        double seconds = (System.nanoTime() - start) / 1e9;
        result.messages().forEach(m -> spec.commandLine().getOut().println("JBake: " + m));
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "Stock JBake baked %s in %.1f s with %d errors%n",
                        target,
                        seconds,
                        result.errors());
        return result.errors() == 0 ? ExitCodes.OK : ExitCodes.SITE_PROBLEMS;
    }
}
