package org.sociallearning.guide.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.sociallearning.guide.bake.PageDigest;
import org.sociallearning.guide.bake.SiteBaker;
import org.sociallearning.guide.bake.TemplateDigests;
import org.sociallearning.guide.check.InternalLinkChecker;
import org.sociallearning.guide.entry.BaseUrl;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.output.OutputFolder;
import org.sociallearning.guide.site.BuildContext;
import org.sociallearning.guide.site.RenderedBodies;
import org.sociallearning.guide.site.SitePlan;
import org.sociallearning.guide.site.SitePlanner;
import org.sociallearning.guide.site.SiteSettings;
import org.sociallearning.guide.source.Inputs;

/**
 * Bakes a site from its sources: validate, plan, bake into a staging folder, and swap it into the
 * output only when nothing failed. Any error leaves the previous output untouched.
 */
public final class SiteBuilder {

    private final Clock clock;
    private final Consumer<String> progress;

    private final BakeMemory memory;
    private final StateWriter state;
    private int plannedLastTime;

    /**
     * @param progress receives a line for each stage, for a user waiting on a long bake
     */
    public SiteBuilder(Clock clock, Consumer<String> progress) {
        this(clock, progress, false);
    }

    private SiteBuilder(Clock clock, Consumer<String> progress, boolean longLived) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.memory = new BakeMemory(longLived);
        this.state = new StateWriter(longLived);
    }

    /**
     * A builder for a process that bakes again and again (the preview): it keeps each file's
     * validation and each entry's planning for its next bake, returns as soon as the output is in
     * place and writes the state for the next process on a thread of its own, still under the
     * output's lock; its next bake, and {@link #finishWriting()}, wait for that write.
     */
    public static SiteBuilder longLived(Clock clock, Consumer<String> progress) {
        return new SiteBuilder(clock, progress, true);
    }

    /** Waits until the last bake's state is written (a no-op for a builder that writes at once). */
    public void finishWriting() {
        state.await();
    }

    public BakeResult build(BakeRequest request) {
        state.start();
        plannedLastTime = 0;
        long start = System.nanoTime();
        OutputFolder output = new OutputFolder(request.output());
        List<Problem> problems = new ArrayList<>();
        Optional<String> refusal = output.refusal(request.source());
        if (refusal.isPresent()) {
            problems.add(Problem.error(SourceLocation.of(output.path()), refusal.get()));
            return BakeResult.notWritten(problems, List.of(), 0, output.path(), start);
        }
        Optional<OutputFolder.Lock> lock = output.lock();
        if (lock.isEmpty()) {
            problems.add(
                    Problem.error(
                            SourceLocation.of(output.path()),
                            "another bake is writing to this folder; wait for it to finish, or bake into another one with --output"));
            return BakeResult.notWritten(problems, List.of(), 0, output.path(), start);
        }
        // A bake killed between the two renames of its swap left no output but a previous copy:
        // put it back before anything is swept, so a crash never loses the site. One killed while
        // updating the output in place left a journal: finish what it began.
        try {
            if (output.finishPatch()) {
                progress.accept(
                        "Finished updating "
                                + output.path()
                                + " (an earlier bake stopped while updating it)");
            }
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
            return BakeResult.notWritten(problems, List.of(), 0, output.path(), start);
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
            joinQuietly(sweeper);
            state.finish(lock.get());
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
            BakeRequest request, OutputFolder output, List<Problem> problems, long start) {
        progress.accept("Validating " + request.source().content());
        Inputs inputs =
                request.changed()
                        .map(
                                c ->
                                        Inputs.readChanged(
                                                request.source(), clock, memory.validation(), c))
                        .orElseGet(
                                () ->
                                        Inputs.read(
                                                request.source(),
                                                List.of(),
                                                clock,
                                                memory.validation()));
        problems.addAll(inputs.report().problems());
        List<Entry> entries = inputs.report().entries();
        if (inputs.hasErrors()) {
            return BakeResult.notWritten(problems, entries, 0, output.path(), start);
        }
        SiteSettings settings = inputs.settings().orElseThrow();
        if (request.baseUrl().isPresent()) {
            settings = settings.withBaseUrl(BaseUrl.of(request.baseUrl().get()));
        }
        Optional<Path> stateFolder = output.stateFolder();
        BakeState previous =
                request.full() || stateFolder.isEmpty()
                        ? BakeState.none()
                        : memory.previous(output, stateFolder.get());
        return planAndBake(
                request, output, problems, start, inputs, settings, previous, stateFolder);
    }

    /**
     * How many entry pages the last bake took as an earlier bake of this builder planned them (its
     * entry, body, cards and cells unchanged), without building their views again.
     */
    public int entryPagesReusedLastTime() {
        return memory.plans().entryPagesReused();
    }

    /**
     * How many pages the last bake planned: all of them, unless it found that only some entries'
     * bodies had changed since the bake before (see {@link PlanSketch}).
     */
    public int pagesPlannedLastTime() {
        return plannedLastTime;
    }

    /** How many content files the last bake read and validated (the others were unchanged). */
    public int filesValidatedLastTime() {
        return memory.validation().validatedLastTime();
    }

    private BakeResult planAndBake(
            BakeRequest request,
            OutputFolder output,
            List<Problem> problems,
            long start,
            Inputs inputs,
            SiteSettings settings,
            BakeState previous,
            Optional<Path> stateFolder) {
        List<Entry> entries = inputs.report().entries();
        progress.accept(
                "Planning pages for "
                        + entries.stream().filter(Entry::published).count()
                        + " published entries");
        LinkHealthReader.Result health = new LinkHealthReader().read(request.source(), entries);
        health.problem().ifPresent(problems::add);
        PageDigest pageDigests = memory.digests(previous.key());
        RenderedBodies bodies = new RenderedBodies(previous.bodies(), pageDigests::text);
        BuildContext build =
                new BuildContext(
                        request.sourceDate(), health.links(), java.time.LocalDate.now(clock));
        SitePlanner planner =
                new SitePlanner(
                        settings, inputs.taxonomy().orElseThrow(), build, bodies, memory.plans());
        Planning.Planned planned =
                new Planning(
                                planner,
                                bodies,
                                pageDigests,
                                new TemplateDigests(request.source().root(), settings.baseUrl()),
                                previous,
                                request.source().assets(),
                                output.path())
                        .plan(
                                entries,
                                inputs.report().pages(),
                                List.of(settings, inputs.taxonomy().orElseThrow(), build),
                                memory);
        Carryover carry = planned.carry();
        plannedLastTime = planned.planned();
        int pages = planned.sketch().pages();
        if (planned.planned() < pages) {
            progress.accept(
                    "Only entry bodies changed: planned "
                            + planned.planned()
                            + " of "
                            + pages
                            + " pages again");
        } else if (!previous.isNone() && carry.carriedCount() < carry.rewrittenCount()) {
            // Most files change (a new base URL, a layout edit): a whole new folder swapped in
            // is faster than renaming thousands of files one by one.
            carry.carryNothing();
        }
        SitePlan dirty = carry.dirty();
        // With files to carry over, the staging folder holds only what changed and the output is
        // updated in place; without, it holds the whole site and replaces the output.
        boolean patch = !previous.isNone() && carry.carriedCount() > 0;
        Path staging = output.newStagingFolder();
        try {
            progress.accept(
                    "Baking "
                            + dirty.pages().size()
                            + " of "
                            + pages
                            + " pages with JBake, carrying over "
                            + carry.carriedCount()
                            + " unchanged files");
            int rendered = 0;
            if (!dirty.pages().isEmpty() || carry.hasDirtyAssets() || previous.isNone()) {
                SiteBaker.Result baked =
                        new SiteBaker()
                                .bake(
                                        request.source().root(),
                                        staging,
                                        settings,
                                        dirty,
                                        entries,
                                        carry::isAssetDirty);
                problems.addAll(baked.problems());
                rendered = baked.pages();
                if (baked.failed()) {
                    return BakeResult.notWritten(problems, entries, pages, output.path(), start);
                }
            } else {
                writeFiles(staging, dirty.files());
            }

            progress.accept("Checking internal links");
            InternalLinkChecker.Run links =
                    patch
                            ? new InternalLinkChecker()
                                    .check(
                                            staging,
                                            output.path(),
                                            carry.paths(),
                                            settings.base(),
                                            previous.links(),
                                            carry.rewritten())
                            : new InternalLinkChecker()
                                    .check(
                                            staging,
                                            settings.base(),
                                            previous.links(),
                                            carry.rewritten());

            Path shown = Inputs.display(request.source(), output.path());
            links.report().problems().stream().map(p -> at(shown, p)).forEach(problems::add);
            if (links.report().hasBrokenLinks()) {
                return BakeResult.notWritten(problems, entries, pages, output.path(), start);
            }
            progress.accept((patch ? "Updating " : "Replacing ") + output.path());
            stateFolder.ifPresent(BakeState::forget);
            memory.remember(BakeState.none());
            if (patch) {
                output.patchWith(staging, carry.removed());
            } else {
                output.replaceWith(staging);
            }
            Optional<String> identity = output.identity();
            if (stateFolder.isPresent() && identity.isPresent()) {
                BakeState next =
                        carry.state(
                                identity.get(),
                                output.path(),
                                planned.bodies(),
                                links.index(),
                                planned.sketch());
                // It describes the output now in place: this builder's next bake may use it at
                // once; the file is for the next process, written once the bake has returned.
                memory.remember(next);
                Path folder = stateFolder.get();
                state.write(
                        () -> {
                            try {
                                next.write(folder);
                            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                                BakeState.forget(folder); // the next process bakes in full
                            }
                        });
            }
            progress.accept(
                    "Rendered "
                            + rendered
                            + " pages, carried over "
                            + carry.carriedCount()
                            + " files");
            return BakeResult.written(
                    problems, entries, pages, output.path(), start, rendered, carry.carriedCount());
        } finally {
            output.sweep(staging);
        }
    }

    private static void writeFiles(Path folder, java.util.Map<String, String> files) {
        for (java.util.Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            try {
                java.nio.file.Files.createDirectories(target.getParent());
                java.nio.file.Files.writeString(
                        target, file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + target, e);
            }
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
}
