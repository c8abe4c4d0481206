package org.sociallearning.guide.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.sociallearning.guide.bake.OrientWarmup;
import org.sociallearning.guide.bake.SiteBaker;
import org.sociallearning.guide.check.InternalLinkChecker;
import org.sociallearning.guide.check.InternalLinkReport;
import org.sociallearning.guide.entry.BaseUrl;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.output.OutputFolder;
import org.sociallearning.guide.site.BuildContext;
import org.sociallearning.guide.site.SitePlan;
import org.sociallearning.guide.site.SitePlanner;
import org.sociallearning.guide.site.SiteSettings;
import org.sociallearning.guide.source.Inputs;
import org.sociallearning.guide.source.SiteSource;

/**
 * Bakes a site from its sources: validate, plan, bake into a staging folder, and swap it into the
 * output only when nothing failed. Any error leaves the previous output untouched.
 */
public final class SiteBuilder {

    /**
     * What to bake, where to, and an optional base URL that overrides {@code site.host}: valid,
     * since the caller parsed it with {@link BaseUrl} and blamed a bad one on its own option.
     */
    public record Request(
            SiteSource source,
            Path output,
            Optional<String> baseUrl,
            Optional<java.time.Instant> sourceDate) {
        public Request {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(output, "output");
            baseUrl.ifPresent(BaseUrl::of); // throws for a base URL the caller did not check
            Objects.requireNonNull(sourceDate, "sourceDate");
        }

        public Request(SiteSource source, Path output, Optional<String> baseUrl) {
            this(source, output, baseUrl, Optional.empty());
        }
    }

    private final Clock clock;
    private final Consumer<String> progress;

    /**
     * @param progress receives a line for each stage, for a user waiting on a long bake
     */
    public SiteBuilder(Clock clock, Consumer<String> progress) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public BakeResult build(Request request) {
        long start = System.nanoTime();
        OutputFolder output = new OutputFolder(request.output());
        List<Problem> problems = new ArrayList<>();
        Optional<String> refusal = output.refusal(request.source());
        if (refusal.isPresent()) {
            problems.add(Problem.error(SourceLocation.of(output.path()), refusal.get()));
            return result(problems, List.of(), 0, output, false, start);
        }
        Optional<OutputFolder.Lock> lock = output.lock();
        if (lock.isEmpty()) {
            problems.add(
                    Problem.error(
                            SourceLocation.of(output.path()),
                            "another bake is writing to this folder; wait for it to finish, or bake into another one with --output"));
            return result(problems, List.of(), 0, output, false, start);
        }
        // A bake killed between the two renames of its swap left no output but a previous copy:
        // put it back before anything is swept, so a crash never loses the site.
        try {
            output.recover()
                    .ifPresent(
                            previous ->
                                    progress.accept(
                                            "Restored the previous site from "
                                                    + previous.getFileName()
                                                    + " (an earlier bake stopped while replacing"
                                                    + " it)"));
        } catch (java.io.UncheckedIOException e) {
            lock.get().close();
            problems.add(Problem.error(SourceLocation.of(output.path()), e.getMessage()));
            return result(problems, List.of(), 0, output, false, start);
        }
        // Earlier bakes' previous outputs (and staging folders of bakes that died) are deleted in
        // the background while this bake works. The lock guarantees none of them is in use, and
        // only folders that carry this output's marker are taken.
        List<Path> leftovers = output.leftovers();
        Thread sweeper =
                new Thread(() -> leftovers.forEach(p -> deleteQuietly(output, p)), "guide-sweeper");
        sweeper.start();
        try {
            return build(request, output, problems, start);
        } finally {
            lock.get().close();
            joinQuietly(sweeper);
        }
    }

    /** A leftover that cannot be deleted now is tried again by the next bake. */
    private static void deleteQuietly(OutputFolder output, Path leftover) {
        try {
            output.sweep(leftover);
        } catch (java.io.UncheckedIOException e) {
            // left for the next bake's sweep
        }
    }

    private BakeResult build(
            Request request, OutputFolder output, List<Problem> problems, long start) {
        progress.accept("Validating " + request.source().content());
        Inputs inputs = Inputs.read(request.source(), List.of(), clock);
        problems.addAll(inputs.report().problems());
        List<Entry> entries = inputs.report().entries();
        if (inputs.hasErrors()) {
            return result(problems, entries, 0, output, false, start);
        }
        SiteSettings settings = inputs.settings().orElseThrow();
        if (request.baseUrl().isPresent()) {
            settings = settings.withBaseUrl(BaseUrl.of(request.baseUrl().get()));
        }
        // OrientDB starts slowly in a cold JVM: warm it up while the pages are planned.
        OrientWarmup warmup = OrientWarmup.start();
        try {
            return planAndBake(request, output, problems, start, inputs, settings, warmup);
        } finally {
            warmup.await();
        }
    }

    private BakeResult planAndBake(
            Request request,
            OutputFolder output,
            List<Problem> problems,
            long start,
            Inputs inputs,
            SiteSettings settings,
            OrientWarmup warmup) {
        List<Entry> entries = inputs.report().entries();
        progress.accept(
                "Planning pages for "
                        + entries.stream().filter(Entry::published).count()
                        + " published entries");
        LinkHealthReader.Result health = new LinkHealthReader().read(request.source(), entries);
        health.problem().ifPresent(problems::add);
        SitePlan plan =
                new SitePlanner(
                                settings,
                                inputs.taxonomy().orElseThrow(),
                                new BuildContext(
                                        request.sourceDate(),
                                        health.links(),
                                        java.time.LocalDate.now(clock)))
                        .plan(entries, inputs.report().pages());
        Path staging = output.newStagingFolder();
        try {
            progress.accept("Baking " + plan.pages().size() + " pages with JBake");
            warmup.await();
            SiteBaker.Result baked =
                    new SiteBaker().bake(request.source().root(), staging, settings, plan, entries);
            problems.addAll(baked.problems());
            if (baked.failed()) {
                return result(problems, entries, baked.pages(), output, false, start);
            }
            progress.accept("Checking internal links");
            InternalLinkReport links = new InternalLinkChecker().check(staging, settings.base());
            Path shown = Inputs.display(request.source(), output.path());
            links.problems().stream().map(p -> at(shown, p)).forEach(problems::add);
            if (links.hasBrokenLinks()) {
                return result(problems, entries, baked.pages(), output, false, start);
            }
            output.replaceWith(staging);
            return result(problems, entries, baked.pages(), output, true, start);
        } finally {
            output.sweep(staging);
        }
    }

    /** A problem in a baked page, named as the page will be in the output folder. */
    private static Problem at(Path output, Problem p) {
        SourceLocation l = p.location();
        return new Problem(
                new SourceLocation(output.resolve(l.file()), l.line(), l.column()),
                p.severity(),
                p.message(),
                p.hint());
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static BakeResult result(
            List<Problem> problems,
            List<Entry> entries,
            int pages,
            OutputFolder output,
            boolean written,
            long start) {
        int published = (int) entries.stream().filter(Entry::published).count();
        return new BakeResult(
                problems,
                published,
                entries.size() - published,
                pages,
                output.path(),
                written,
                Duration.ofNanos(System.nanoTime() - start));
    }
}
