package org.sociallearning.guide.pipeline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sociallearning.guide.bake.PageDigest;
import org.sociallearning.guide.bake.TemplateDigests;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Page;
import org.sociallearning.guide.site.PageSpec;
import org.sociallearning.guide.site.RenderedBodies;
import org.sociallearning.guide.site.SitePlan;
import org.sociallearning.guide.site.SitePlanner;

/**
 * Plans a bake and works out what it carries over: in full, or, when the last bake's {@link
 * PlanSketch} shows that nothing but some entries' bodies changed since, only those entries' pages
 * (a repeat {@code guide bake} after a typo fixed reads every file, but plans and hashes one page,
 * not ten thousand).
 */
final class Planning {

    /**
     * What a bake renders and carries over, and what it leaves for the next one.
     *
     * @param planned how many pages were planned (all of them, unless only bodies changed)
     * @param bodies the Markdown bodies as HTML to keep for the next bake
     */
    record Planned(Carryover carry, PlanSketch sketch, Map<String, String> bodies, int planned) {}

    private final SitePlanner planner;
    private final RenderedBodies bodies;
    private final PageDigest digests;
    private final TemplateDigests templates;
    private final BakeState previous;
    private final Path assets;
    private final Path output;

    Planning(
            SitePlanner planner,
            RenderedBodies bodies,
            PageDigest digests,
            TemplateDigests templates,
            BakeState previous,
            Path assets,
            Path output) {
        this.planner = planner;
        this.bodies = bodies;
        this.digests = digests;
        this.templates = templates;
        this.previous = previous;
        this.assets = assets;
        this.output = output;
    }

    /**
     * @param globals everything the planner reads besides the entries and pages
     * @param memory what the builder keeps between bakes; only a one-off bake plans just the pages
     *     of changed bodies (the preview's planner keeps its own memo of the last plan)
     */
    Planned plan(List<Entry> entries, List<Page> pages, Object globals, BakeMemory memory) {
        boolean partly = !memory.isLongLived();
        PlanSketch sketch =
                PlanSketch.of(
                        digests, bodies, List.of(globals, pages), entries, memory.sketchItems());
        if (partly) {
            Optional<Planned> quick = bodiesOnly(entries, sketch);
            if (quick.isPresent()) {
                return quick.get();
            }
        }
        SitePlan plan = planner.plan(entries, pages);
        Carryover carry = carry(plan, memory.fileKeys());
        Set<String> kinds = new HashSet<>();
        plan.pages().forEach(p -> kinds.add(p.template()));
        return new Planned(
                carry,
                sketch.withPlan(templates, kinds, plan.pages().size()),
                bodies.used(),
                plan.pages().size());
    }

    private Optional<Planned> bodiesOnly(List<Entry> entries, PlanSketch sketch) {
        PlanSketch before = previous.sketch();
        Optional<List<Integer>> changed = sketch.bodiesChangedSince(before, templates);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        List<PageSpec> planned =
                planner.entryPages(entries, changed.get().stream().map(entries::get).toList());
        int published = (int) entries.stream().filter(Entry::published).count();
        Carryover carry = carry(new SitePlan(planned, Map.of(), published), new FileKeys());
        if (!carry.keepTheRest(output) || carry.pages() != before.pages()) {
            return Optional.empty();
        }
        PlanSketch next =
                new PlanSketch(sketch.globals(), before.salts(), before.pages(), sketch.entries());
        return Optional.of(new Planned(carry, next, keptBodies(before, next), planned.size()));
    }

    /** What a plan renders and carries over against the previous output. */
    private Carryover carry(SitePlan plan, FileKeys keys) {
        return new Carryover(plan, templates, assets, previous, output, digests, keys);
    }

    /**
     * The last bake's bodies with the new ones, less those no entry has any more (the prose pages'
     * are the same as last time).
     */
    private Map<String, String> keptBodies(PlanSketch before, PlanSketch next) {
        Map<String, String> kept = new HashMap<>(previous.bodies());
        Set<String> now = new HashSet<>();
        next.entries().forEach(item -> now.add(item.body()));
        for (PlanSketch.Item item : before.entries()) {
            if (!now.contains(item.body())) {
                kept.remove(item.body());
            }
        }
        kept.putAll(bodies.used());
        return kept;
    }
}
