package org.sociallearning.guide.site;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Page;
import org.sociallearning.guide.entry.Taxonomy;

/**
 * Plans every page of the site from the validated content, one planner per kind of page around a
 * shared {@link PlanContext}. Every step is linear in the number of entries: entries are sorted
 * once, grouped once per facet, and no page looks at all entries unless it lists them all.
 */
public final class SitePlanner {

    private final SiteSettings settings;
    private final Taxonomy taxonomy;
    private final BuildContext build;
    private final Comparator<Entry> byTitle;
    private final Collator collator;
    private final RenderedBodies bodies;
    private final PlanMemo memo;

    public SitePlanner(SiteSettings settings, Taxonomy taxonomy) {
        this(settings, taxonomy, BuildContext.none());
    }

    public SitePlanner(SiteSettings settings, Taxonomy taxonomy, BuildContext build) {
        this(settings, taxonomy, build, new RenderedBodies());
    }

    /**
     * @param bodies Markdown already turned into HTML by an earlier plan, reused by content hash
     */
    public SitePlanner(
            SiteSettings settings, Taxonomy taxonomy, BuildContext build, RenderedBodies bodies) {
        this(settings, taxonomy, build, bodies, PlanMemo.none());
    }

    /**
     * @param memo what earlier plans of the same process worked out per entry, reused for entries
     *     that did not change
     */
    public SitePlanner(
            SiteSettings settings,
            Taxonomy taxonomy,
            BuildContext build,
            RenderedBodies bodies,
            PlanMemo memo) {
        this.memo = Objects.requireNonNull(memo, "memo");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.build = Objects.requireNonNull(build, "build");
        this.collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        this.byTitle = Comparator.comparing(Entry::title, collator).thenComparing(Entry::slug);
    }

    public SitePlan plan(List<Entry> allEntries, List<Page> allPages) {
        memo.startPlan(List.of(settings, taxonomy, build));
        Optional<SitePlan> quick =
                memo.last().flatMap(last -> bodiesOnly(last, allEntries, allPages));
        if (quick.isPresent()) {
            return quick.get();
        }
        return fullPlan(allEntries, allPages);
    }

    /**
     * The last plan again, with new pages for the entries whose bodies changed, when nothing but
     * entry bodies changed since: a body shows on its own entry page only (not on cards, in feeds,
     * indexes or listings), so no other page can differ.
     */
    private Optional<SitePlan> bodiesOnly(
            PlanMemo.LastPlan last, List<Entry> allEntries, List<Page> allPages) {
        if (!allPages.equals(last.pages()) || allEntries.size() != last.entries().size()) {
            return Optional.empty();
        }
        List<Entry> changed = new ArrayList<>();
        for (int i = 0; i < allEntries.size(); i++) {
            Entry now = allEntries.get(i);
            Entry before = last.entries().get(i);
            if (now != before) {
                if (!sameButBody(now, before)) {
                    return Optional.empty();
                }
                changed.add(now);
            }
        }
        PlanContext context = last.context();
        bodies.startPlan();
        allEntries.parallelStream()
                .filter(Entry::published)
                .forEach(e -> memo.body(e, bodies, context::html));
        List<PageSpec> specs = new ArrayList<>(last.plan().pages());
        long published = changed.stream().filter(Entry::published).count();
        memo.countReused(last.plan().entryCount() - (int) published);
        for (Entry e : changed) {
            if (e.published()) {
                int at = last.entryPage(SitePaths.file(SitePaths.entry(e.slug())));
                specs.set(at, last.entryPages().page(e, memo.body(e, bodies, context::html)));
            }
        }
        SitePlan plan = new SitePlan(specs, last.plan().files(), last.plan().entryCount());
        memo.remember(last.with(allEntries, plan));
        return Optional.of(plan);
    }

    /**
     * The pages of some of the entries, exactly as {@link #plan} would make them from {@code
     * allEntries}, planning nothing else: for a bake that knows that these entries' bodies are all
     * that changed since the last plan (a body shows on its own entry page only). Drafts have no
     * page.
     */
    public List<PageSpec> entryPages(List<Entry> allEntries, List<Entry> these) {
        memo.startPlan(List.of(settings, taxonomy, build));
        List<Entry> entries = byTitle(allEntries.stream().filter(Entry::published).toList());
        PlanContext context =
                new PlanContext(settings, taxonomy, build, entries, byTitle, memo, false);
        bodies.startPlan();
        EntryPages pages = new EntryPages(context, memo);
        return these.stream()
                .filter(Entry::published)
                .map(e -> pages.page(e, memo.body(e, bodies, context::html)))
                .toList();
    }

    /** Whether two entries differ in nothing but their Markdown body. */
    private static boolean sameButBody(Entry a, Entry b) {
        return a.withBody("").equals(b.withBody(""));
    }

    private SitePlan fullPlan(List<Entry> allEntries, List<Page> allPages) {
        List<Entry> entries = byTitle(allEntries.stream().filter(Entry::published).toList());
        List<Page> pages =
                allPages.stream()
                        .filter(Page::published)
                        .sorted(Comparator.comparing(Page::slug))
                        .toList();
        PlanContext context =
                new PlanContext(settings, taxonomy, build, entries, byTitle, memo, true);
        // Markdown and cleaning are the costly part of planning, and independent per entry.
        bodies.startPlan();
        List<String> html =
                entries.parallelStream().map(e -> memo.body(e, bodies, context::html)).toList();
        HomePages home = new HomePages(context);
        EntryPages entryPages = new EntryPages(context, memo);
        List<PageSpec> specs = new ArrayList<>();
        specs.add(home.home());
        Pager pager = new Pager();
        specs.addAll(new DirectoryPages(context, pager).directory());
        // Entry pages are independent of each other: planned on every core, kept in order.
        specs.addAll(
                java.util.stream.IntStream.range(0, entries.size())
                        .parallel()
                        .mapToObj(i -> entryPages.page(entries.get(i), html.get(i)))
                        .toList());
        specs.addAll(new ListingPages(context, pager).all());
        for (Page page : pages) {
            specs.add(prosePage(context, page, bodies));
        }
        specs.add(
                new PageSpec(
                        SitePaths.NOT_FOUND,
                        "notfound",
                        new PageView.Plain(
                                context.site,
                                // Served at any missing path: its links start from the site's root
                                // path.
                                new PageInfo(
                                        "Page not found",
                                        settings.description(),
                                        SitePaths.NOT_FOUND,
                                        settings.absolute(SitePaths.NOT_FOUND),
                                        settings.basePath())),
                        Optional.empty()));
        Syndication syndication = new Syndication(context);
        specs.add(syndication.feed());
        specs.add(syndication.sitemap(specs));
        specs.add(
                new PageSpec(
                        SitePaths.ROBOTS,
                        "robots",
                        new PageView.Plain(
                                context.site, context.page("robots.txt", "", SitePaths.ROBOTS)),
                        Optional.empty()));

        Map<String, String> files = new LinkedHashMap<>();
        files.put(SitePaths.ENTRIES_JSON, new EntriesJson(settings, taxonomy).write(entries, memo));
        files.put(SitePaths.SCHEMA, new EntriesSchema(settings, taxonomy).write());
        files.putAll(new FilterIndex(context, Pager.SIZE, memo).files());
        SitePlan plan = new SitePlan(specs, files, entries.size());
        memo.remember(new PlanMemo.LastPlan(allEntries, allPages, context, entryPages, plan));
        return plan;
    }

    /**
     * Entries in {@link #byTitle} order, each title's collation key made once: comparing keys gives
     * the collator's order, at a fraction of the cost of comparing titles through it.
     */
    private List<Entry> byTitle(List<Entry> entries) {
        record Keyed(java.text.CollationKey key, Entry entry) {}
        return entries.stream()
                .map(e -> new Keyed(memo.title(e, collator::getCollationKey), e))
                .sorted(Comparator.comparing(Keyed::key).thenComparing(k -> k.entry().slug()))
                .map(Keyed::entry)
                .toList();
    }

    private static PageSpec prosePage(PlanContext context, Page page, RenderedBodies bodies) {
        String urlPath = SitePaths.page(page.slug());
        PageView view =
                new PageView.Prose(
                        context.site,
                        context.page(
                                page.title(),
                                page.summary().isEmpty()
                                        ? context.settings.description()
                                        : page.summary(),
                                urlPath),
                        bodies.html(page.body(), 2, context::html),
                        page.includes(Page.STATE_OF_THE_GUIDE)
                                ? List.of(
                                        StateView.of(
                                                GuideState.of(
                                                        context.taxonomy,
                                                        context.entries,
                                                        context.links,
                                                        context.today)))
                                : List.of());
        return new PageSpec(SitePaths.file(urlPath), "page", view, Optional.of(page.date()));
    }
}
