package org.sociallearning.guide.cli;

import java.time.Duration;
import org.sociallearning.guide.check.LinkCheckOptions;
import picocli.CommandLine.Option;

/** How politely and how safely {@code check-links external} asks (a picocli mixin). */
final class PolitenessOptions {

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "15",
            converter = OptionValues.AtLeastOne.class,
            description =
                    "Per request, at least 1 (default: ${DEFAULT-VALUE}); a URL gets at most 6 times that, retries included.")
    int timeout;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "16",
            converter = OptionValues.AtLeastOne.class,
            description = "Requests at a time (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--per-host",
            paramLabel = "N",
            defaultValue = "2",
            converter = OptionValues.AtLeastOne.class,
            description = "Requests at a time per host (default: ${DEFAULT-VALUE}).")
    int perHost;

    @Option(
            names = "--host-interval",
            paramLabel = "MS",
            defaultValue = "250",
            converter = OptionValues.NotNegative.class,
            description = "Least time between requests to a host (default: ${DEFAULT-VALUE} ms).")
    int hostInterval;

    @Option(
            names = "--max-age",
            paramLabel = "DAYS",
            defaultValue = "7",
            converter = OptionValues.NotNegative.class,
            description =
                    "Reuse cached successes younger than this; 0 checks every URL (default: ${DEFAULT-VALUE}).")
    int maxAge;

    @Option(
            names = "--allow-private",
            description =
                    "Also request hosts that resolve to loopback, link-local or private addresses (refused by default, so that a pull request cannot aim the checker at the runner's network).")
    boolean allowPrivate;

    LinkCheckOptions options() {
        return LinkCheckOptions.builder()
                .timeout(Duration.ofSeconds(timeout))
                .deadline(Duration.ofSeconds(6L * timeout))
                .concurrency(concurrency)
                .perHost(perHost)
                .hostInterval(Duration.ofMillis(hostInterval))
                .maxAge(Duration.ofDays(maxAge))
                .allowPrivate(allowPrivate)
                .build();
    }
}
