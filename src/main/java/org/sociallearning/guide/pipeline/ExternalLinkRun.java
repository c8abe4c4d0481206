package org.sociallearning.guide.pipeline;

import java.io.IOException;
import java.nio.file.Files;
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
import org.sociallearning.guide.check.LinkCheckOptions;
import org.sociallearning.guide.check.LinkRules;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.source.Inputs;
import org.sociallearning.guide.source.SiteSource;

/**
 * One external link check of a site: read and validate its entries, collect their URLs (only the
 * entries changed since a git revision, when asked), check them politely, and keep the cache, even
 * when the run fails, since its successes are worth keeping.
 */
public final class ExternalLinkRun {

    /** The curators' rules, read when the request names no other file. */
    public static final Path DEFAULT_RULES = Path.of("data/link-rules.yaml");

    /**
     * What to check and with what.
     *
     * @param rules a rules file asked for by name (it must exist), or empty for {@link
     *     #DEFAULT_RULES} when the site has it
     */
    public record Request(
            SiteSource site,
            LinkCheckOptions options,
            Optional<String> changedSince,
            Path cache,
            Optional<Path> rules) {
        public Request {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(changedSince, "changedSince");
            Objects.requireNonNull(cache, "cache");
            Objects.requireNonNull(rules, "rules");
        }
    }

    /** A request's part the caller got wrong: the rules file it named, or the git revision. */
    public enum Part {
        RULES,
        CHANGED_SINCE
    }

    /** How a run ended. */
    public sealed interface Outcome {
        /** The URLs were checked. */
        record Checked(ExternalReport report) implements Outcome {}

        /** The site's inputs have problems (entries, settings, rules, cache), at their lines. */
        record NotChecked(List<Problem> problems) implements Outcome {
            public NotChecked {
                problems = List.copyOf(problems);
            }
        }

        /** A part of the request itself is wrong: a usage mistake. */
        record BadRequest(Part part, String message) implements Outcome {}
    }

    private final Clock clock;

    public ExternalLinkRun(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Outcome run(Request request, Consumer<ExternalLinkChecker.Progress> progress)
            throws IOException, InterruptedException {
        SiteSource site = request.site();
        Path rulesFile = site.root().resolve(request.rules().orElse(DEFAULT_RULES));
        if (request.rules().isPresent() && !Files.isRegularFile(rulesFile)) {
            return new Outcome.BadRequest(Part.RULES, "no such file: " + rulesFile);
        }
        Optional<Set<Path>> changed = Optional.empty();
        if (request.changedSince().isPresent()) {
            StringBuilder why = new StringBuilder();
            changed = ChangedFiles.since(site.root(), request.changedSince().get(), why::append);
            if (changed.isEmpty()) {
                return new Outcome.BadRequest(Part.CHANGED_SINCE, why.toString());
            }
        }
        Inputs inputs = Inputs.read(site, List.of(), clock);
        if (inputs.hasErrors()) {
            return new Outcome.NotChecked(inputs.report().problems());
        }
        LinkRules.Result rules =
                Files.exists(rulesFile) || request.rules().isPresent()
                        ? LinkRules.read(rulesFile, Inputs.display(site, rulesFile))
                        : new LinkRules.Result(Optional.of(LinkRules.none()), List.of());
        if (rules.rules().isEmpty()) {
            return new Outcome.NotChecked(rules.problems());
        }
        Path cacheFile = site.root().resolve(request.cache());
        StringBuilder why = new StringBuilder();
        Optional<LinkCache> cache = LinkCache.read(cacheFile, why::append);
        if (cache.isEmpty()) {
            return new Outcome.NotChecked(
                    List.of(
                            Problem.error(
                                    SourceLocation.of(Inputs.display(site, cacheFile)),
                                    why.toString(),
                                    "delete it; this check writes a new one")));
        }
        Optional<Set<Path>> only = changed;
        Map<String, List<SourceLocation>> urls =
                ExternalLinks.of(
                        site.root(),
                        inputs.report().entries(),
                        e -> only.map(c -> c.contains(e.source())).orElse(true));
        try {
            return new Outcome.Checked(
                    new ExternalLinkChecker(request.options(), clock)
                            .check(urls, rules.rules().get(), cache.get(), progress));
        } finally {
            cache.get().write(cacheFile);
        }
    }
}
