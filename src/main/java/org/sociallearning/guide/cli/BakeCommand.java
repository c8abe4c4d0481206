package org.sociallearning.guide.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sociallearning.guide.entry.BaseUrl;
import org.sociallearning.guide.pipeline.BakeRequest;
import org.sociallearning.guide.pipeline.BakeResult;
import org.sociallearning.guide.pipeline.SiteBuilder;
import org.sociallearning.guide.source.SiteSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guide bake}: validates the content and bakes the whole site. */
@Command(
        name = "bake",
        mixinStandardHelpOptions = true,
        description = {
            "Validates every entry, then bakes the site with JBake: only the pages whose inputs changed since the last bake are rendered again (--full bakes every page).",
            "The output folder is changed only when everything passed (the changed files renamed into it, or a whole new folder swapped in); a failed bake leaves it as it was, and one stopped half way is finished by the next bake."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The site was baked.",
            "1:The site has problems; nothing was written.",
            "2:Invalid command line.",
            "70:Internal error."
        })
final class BakeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin SourceOption source;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            defaultValue = "target/site",
            description =
                    "Where to write the site (default: ${DEFAULT-VALUE}, under the source folder when relative).")
    Path output;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            converter = OptionValues.BaseUrlValue.class,
            description =
                    "Absolute URL the site is published at, for canonical links, feed and sitemap (default: site.host in jbake.properties).")
    BaseUrl baseUrl;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print only problems and the summary line.")
    boolean quiet;

    @Option(
            names = "--full",
            description =
                    "Bake every page from scratch; by default only pages whose inputs changed since the last bake into the same output are rendered, the rest carried over.")
    boolean full;

    @Option(
            names = "--timings",
            description = "Print how long each stage took since the JVM started.")
    boolean timings;

    @Option(
            names = "--source-date-epoch",
            paramLabel = "SECONDS",
            defaultValue = "${env:SOURCE_DATE_EPOCH}",
            description =
                    "Build date for reproducible builds, in seconds since 1970 (default: the SOURCE_DATE_EPOCH environment variable; without it the output holds no build date).")
    Long sourceDateEpoch;

    @Mixin AnnotationsOption annotations;

    private final Clock clock;

    BakeCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SiteSource site = source.site();
        Path target = source.resolve(output);
        SiteBuilder builder =
                new SiteBuilder(
                        clock,
                        line -> {
                            if (timings) {
                                long ms =
                                        java.lang.management.ManagementFactory.getRuntimeMXBean()
                                                .getUptime();
                                out.printf(Locale.ROOT, "[%6.2f s] %s...%n", ms / 1000.0, line);
                            } else if (!quiet) {
                                out.println(line + "...");
                            }
                        });
        BakeResult result =
                builder.build(
                        new BakeRequest(
                                site,
                                target,
                                Optional.ofNullable(baseUrl).map(BaseUrl::toString),
                                Optional.ofNullable(sourceDateEpoch)
                                        .map(java.time.Instant::ofEpochSecond),
                                full,
                                Optional.empty()));
        if (timings) {
            out.printf(
                    Locale.ROOT,
                    "[%6.2f s] done%n",
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        }
        annotations.print(new ProblemPrinter(out), result.problems());
        String seconds = String.format(Locale.ROOT, "%.1f s", result.elapsed().toMillis() / 1000.0);
        if (!result.written()) {
            out.println(
                    "Bake failed ("
                            + ProblemPrinter.count(result.problems())
                            + "); "
                            + result.output()
                            + " was left as it was.");
            return ExitCodes.SITE_PROBLEMS;
        }
        out.println(
                "Baked "
                        + ProblemPrinter.plural(result.entries(), "entry", "entries")
                        + " ("
                        + result.drafts()
                        + " draft"
                        + (result.drafts() == 1 ? "" : "s")
                        + " left out) into "
                        + result.pages()
                        + " pages in "
                        + seconds
                        + ": "
                        + result.output());
        return ExitCodes.OK;
    }
}
