package org.sociallearning.guide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sociallearning.guide.check.ExternalLinkChecker;
import org.sociallearning.guide.check.ExternalReport;
import org.sociallearning.guide.check.InternalLinkChecker;
import org.sociallearning.guide.check.InternalLinkReport;
import org.sociallearning.guide.check.ReportFormat;
import org.sociallearning.guide.pipeline.ExternalLinkRun;
import org.sociallearning.guide.site.SiteSettingsReader;
import org.sociallearning.guide.source.SiteSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code guide check-links}: the baked site's internal links, or with --external the entries' URLs.
 */
@Command(
        name = "check-links",
        mixinStandardHelpOptions = true,
        description = {
            "Checks every link of the baked site (offline): pages, files and #fragments.",
            "With --external, checks the entries' URLs and the links in their bodies over the network, politely, with a cache."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:No broken link.",
            "1:A link is broken.",
            "2:Invalid command line.",
            "70:Internal error."
        })
final class CheckLinksCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin SourceOption source;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            defaultValue = "target/site",
            description =
                    "The baked site to check (default: ${DEFAULT-VALUE}, under the source folder when relative).")
    Path output;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description =
                    "The URL the site was baked for (default: site.host in jbake.properties).")
    String baseUrl;

    @Option(names = "--external", description = "Check external URLs instead of the baked site.")
    boolean external;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description =
                    "External report: text, json, markdown or github (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "15",
            description =
                    "Per request (default: ${DEFAULT-VALUE}); a URL gets at most 6 times that, retries included.")
    int timeout;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "16",
            description = "Requests at a time (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--per-host",
            paramLabel = "N",
            defaultValue = "2",
            description = "Requests at a time per host (default: ${DEFAULT-VALUE}).")
    int perHost;

    @Option(
            names = "--host-interval",
            paramLabel = "MS",
            defaultValue = "250",
            description = "Least time between requests to a host (default: ${DEFAULT-VALUE} ms).")
    int hostInterval;

    @Option(
            names = "--max-age",
            paramLabel = "DAYS",
            defaultValue = "7",
            description = "Reuse cached successes younger than this (default: ${DEFAULT-VALUE}).")
    int maxAge;

    @Option(
            names = "--cache",
            paramLabel = "FILE",
            defaultValue = ".cache/links.json",
            description =
                    "The cache (default: ${DEFAULT-VALUE}, under the source folder when relative).")
    Path cache;

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            defaultValue = "data/link-rules.yaml",
            description =
                    "Curators' rules: hosts and URLs to skip or statuses to accept (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(
            names = "--changed-since",
            paramLabel = "GIT_REV",
            description = "Only the URLs of entries changed since this revision.")
    String changedSince;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress line.")
    boolean quiet;

    private final Clock clock;

    CheckLinksCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        SiteSource site = source.site();
        try {
            return external ? external(site) : internal(site);
        } catch (IllegalArgumentException e) {
            // a bad rules or cache file, an unknown git revision, a malformed base URL
            spec.commandLine().getErr().println("guide check-links: " + e.getMessage());
            return ExitCodes.SITE_PROBLEMS;
        }
    }

    private int internal(SiteSource site) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = site.root().resolve(output);
        if (!Files.isRegularFile(folder.resolve("index.html"))) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "guide check-links: no baked site in "
                                    + folder
                                    + "; run ./guide bake first");
            return ExitCodes.SITE_PROBLEMS;
        }
        String base =
                baseUrl != null
                        ? baseUrl
                        : new SiteSettingsReader().read(site.properties()).baseUrl();
        InternalLinkReport report = new InternalLinkChecker().check(folder, base);
        new ProblemPrinter(out).print(report.problems());
        out.println("Internal links: " + report.summary());
        return report.hasBrokenLinks() ? ExitCodes.SITE_PROBLEMS : ExitCodes.OK;
    }

    private int external(SiteSource site) throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat reportFormat;
        try {
            reportFormat = ReportFormat.ofName(format);
        } catch (IllegalArgumentException e) {
            err.println(
                    "guide check-links: unknown --format "
                            + format
                            + " (text, json, markdown, github)");
            return ExitCodes.USAGE;
        }
        ExternalLinkChecker.Options options =
                ExternalLinkChecker.Options.defaults()
                        .withTimeout(Duration.ofSeconds(timeout))
                        .withDeadline(Duration.ofSeconds(6L * timeout))
                        .withPoliteness(concurrency, perHost, Duration.ofMillis(hostInterval))
                        .withMaxAge(Duration.ofDays(maxAge));
        boolean live = !quiet && reportFormat == ReportFormat.TEXT && System.console() != null;
        ExternalLinkRun.Outcome outcome =
                new ExternalLinkRun(clock)
                        .run(
                                new ExternalLinkRun.Request(
                                        site,
                                        options,
                                        Optional.ofNullable(changedSince),
                                        cache,
                                        rules),
                                p -> {
                                    if (live) {
                                        err.print("\r" + progressLine(p) + "   ");
                                        err.flush();
                                    }
                                });
        if (live) {
            err.println();
        }
        if (outcome.report().isEmpty()) {
            new ProblemPrinter(out).print(outcome.problems());
            return ExitCodes.SITE_PROBLEMS;
        }
        ExternalReport report = outcome.report().get();
        out.print(reportFormat.render(report));
        out.flush();
        return report.hasBrokenLinks() ? ExitCodes.SITE_PROBLEMS : ExitCodes.OK;
    }

    /** {@code 120/500 ok 100 · broken 3 · timeout 1}: done of total, and counts per verdict. */
    private static String progressLine(ExternalLinkChecker.Progress p) {
        return p.done()
                + "/"
                + p.total()
                + "  "
                + p.counts().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey().label() + " " + e.getValue())
                        .collect(Collectors.joining(" · "));
    }
}
