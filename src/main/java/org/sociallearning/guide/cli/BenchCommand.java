package org.sociallearning.guide.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sociallearning.guide.bench.SyntheticSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code guide bench-site}: writes a synthetic site for benchmarks. {@code bench/bake.sh} times
 * {@code guide bake} on it in a fresh JVM each run.
 */
@Command(
        name = "bench-site",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic copy of the site with N generated entries, for benchmarks (see bench/bake.sh)."
        })
final class BenchCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin SourceOption source;

    @Option(
            names = {"-n", "--entries"},
            paramLabel = "N",
            defaultValue = "1000",
            description = "How many entries to generate (default: ${DEFAULT-VALUE}).")
    int entries;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            required = true,
            description = "Folder to write the synthetic site into.")
    Path output;

    @Option(
            names = "--stock",
            description =
                    "Take jbake.properties and templates from bench/stock/ (for guide bench-stock).")
    boolean stock;

    @Override
    public Integer call() {
        if (entries < 1) {
            spec.commandLine().getErr().println("guide bench-site: --entries must be at least 1");
            return ExitCodes.USAGE;
        }
        SyntheticSite.write(
                source.folder,
                stock ? source.folder.resolve("bench/stock") : source.folder,
                output,
                entries);
        spec.commandLine()
                .getOut()
                .println(
                        "Wrote a synthetic site with "
                                + entries
                                + " entries to "
                                + output.toAbsolutePath());
        return ExitCodes.OK;
    }
}
