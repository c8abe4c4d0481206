package org.sociallearning.guide.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.sociallearning.guide.check.LinkCheckOptions;
import org.sociallearning.guide.pipeline.ExternalLinkRun;
import org.sociallearning.guide.source.SiteSource;
import picocli.CommandLine.Option;

/** What {@code check-links external} reads besides the entries (a picocli mixin). */
final class LinkInputsOptions {

    @Option(
            names = "--cache",
            paramLabel = "FILE",
            defaultValue = ".cache/links.json",
            description = "The cache (default: ${DEFAULT-VALUE}, under the source folder).")
    Path cache;

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description =
                    "Curators' rules: hosts and URLs to skip or statuses to accept (default: data/link-rules.yaml when present).")
    Path rules;

    @Option(
            names = "--changed-since",
            paramLabel = "GIT_REV",
            description = "Only the entries changed since this git revision.")
    String changedSince;

    ExternalLinkRun.Request request(SiteSource site, LinkCheckOptions options) {
        return new ExternalLinkRun.Request(
                site,
                options,
                Optional.ofNullable(changedSince),
                cache,
                Optional.ofNullable(rules));
    }

    /** The option a bad part of the request came from. */
    static String option(ExternalLinkRun.Part part) {
        return switch (part) {
            case RULES -> "--rules";
            case CHANGED_SINCE -> "--changed-since";
        };
    }
}
