package org.sociallearning.guide.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sociallearning.guide.check.ChangedFiles;
import org.sociallearning.guide.check.ExternalLinkChecker;
import org.sociallearning.guide.check.ExternalLinks;
import org.sociallearning.guide.check.ExternalReport;
import org.sociallearning.guide.check.LinkCache;
import org.sociallearning.guide.check.LinkRules;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.source.Inputs;
import org.sociallearning.guide.source.SiteSource;

/**
 * One external link check of a site: read and validate its entries, collect their URLs (only the
 * entries changed since a git revision, when asked), check them politely, and keep the cache, even
 * when the run fails, since its successes are worth keeping.
 */
public final class ExternalLinkRun {

    /** What to check and with what. */
    public record Request(
            SiteSource site,
            ExternalLinkChecker.Options options,
            Optional<String> changedSince,
            Path cache,
            Path rules) {
        public Request {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(changedSince, "changedSince");
            Objects.requireNonNull(cache, "cache");
            Objects.requireNonNull(rules, "rules");
        }
    }

    /** The report, or the problems that kept the entries from being read. */
    public record Outcome(Optional<ExternalReport> report, List<Problem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    private final Clock clock;

    public ExternalLinkRun(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @throws IllegalArgumentException for a bad rules or cache file, or an unknown revision
     */
    public Outcome run(Request request, Consumer<ExternalLinkChecker.Progress> progress)
            throws IOException, InterruptedException {
        Inputs inputs = Inputs.read(request.site(), List.of(), clock);
        if (inputs.hasErrors()) {
            return new Outcome(Optional.empty(), inputs.report().problems());
        }
        Optional<Set<Path>> changed =
                request.changedSince().isPresent()
                        ? Optional.of(
                                ChangedFiles.since(
                                        request.site().root(), request.changedSince().get()))
                        : Optional.empty();
        Map<String, List<String>> urls =
                ExternalLinks.of(
                        inputs.report().entries(),
                        e -> changed.map(c -> c.contains(e.source())).orElse(true));
        Path cacheFile = request.site().root().resolve(request.cache());
        LinkCache cache = LinkCache.read(cacheFile);
        try {
            ExternalReport report =
                    new ExternalLinkChecker(request.options(), clock)
                            .check(
                                    urls,
                                    LinkRules.read(request.site().root().resolve(request.rules())),
                                    cache,
                                    progress);
            return new Outcome(Optional.of(report), List.of());
        } finally {
            cache.write(cacheFile);
        }
    }
}
