package org.sociallearning.guide.site;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Page;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.entry.Term;
import org.sociallearning.guide.entry.Vocabulary;
import org.sociallearning.guide.markup.HtmlSanitizer;
import org.sociallearning.guide.markup.MarkdownRenderer;

/**
 * Plans every page of the site from the validated content. Every step is linear in the number of
 * entries: entries are sorted once, grouped once per facet, and no page looks at all entries unless
 * it lists them all.
 */
public final class SitePlanner {

    /** How many related entries an entry page shows. */
    static final int RELATED = 6;

    private final SiteSettings settings;
    private final Taxonomy taxonomy;
    private final EntryViews views;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final Comparator<Entry> byTitle;

    private final JsonLd jsonLd = new JsonLd();
    private final BuildContext context;
    private final PageModels models;
    private final Syndication syndication;

    public SitePlanner(SiteSettings settings, Taxonomy taxonomy) {
        this(settings, taxonomy, BuildContext.none());
    }

    public SitePlanner(SiteSettings settings, Taxonomy taxonomy, BuildContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.models = new PageModels(settings, context.sourceDate());
        this.settings = Objects.requireNonNull(settings, "settings");
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.views = new EntryViews(taxonomy);
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        this.byTitle = Comparator.comparing(Entry::title, collator).thenComparing(Entry::slug);
        this.syndication = new Syndication(settings, models, byTitle);
    }

    public SitePlan plan(List<Entry> allEntries, List<Page> allPages) {
        List<Entry> entries = allEntries.stream().filter(Entry::published).sorted(byTitle).toList();
        List<Page> pages =
                allPages.stream()
                        .filter(Page::published)
                        .sorted(Comparator.comparing(Page::slug))
                        .toList();
        FacetIndex index = new FacetIndex(taxonomy, entries);
        Map<String, Map<String, Object>> cards = new HashMap<>();
        List<Map<String, Object>> cardList = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Map<String, Object> card = views.entry(e);
            LinkHealth health = context.links().get(e.url());
            if (health != null) {
                card.put("link", views.linkHealth(health));
            }
            cards.put(e.slug(), card);
            cardList.add(card);
        }
        // Markdown and cleaning are the costly part of planning, and independent per entry.
        List<String> bodies = entries.parallelStream().map(e -> html(e.body(), 3)).toList();
        LocalDate newest = newestOf(entries).orElse(LocalDate.EPOCH);

        List<PageSpec> specs = new ArrayList<>();
        specs.add(home(entries, index, cards, newest));
        specs.add(directory(cardList, index, newest));
        for (int i = 0; i < entries.size(); i++) {
            specs.add(entryPage(entries.get(i), bodies.get(i), cards, index));
        }
        for (Vocabulary vocabulary : taxonomy.vocabularies()) {
            for (Term term : vocabulary.terms()) {
                specs.add(
                        facetPage(
                                vocabulary.field(),
                                vocabulary.label(),
                                views.term(vocabulary, term.id()),
                                index.byTerm(vocabulary.field(), term.id()),
                                cards,
                                index));
            }
        }
        for (String code : index.languages()) {
            specs.add(
                    facetPage(
                            "language",
                            taxonomy.languageLabel(),
                            views.language(code),
                            index.byTerm("language", code),
                            cards,
                            index));
        }
        for (Term area : taxonomy.areas().terms()) {
            for (Term mode : taxonomy.modes().terms()) {
                specs.add(cellPage(area, mode, index.cell(area.id(), mode.id()), cards));
            }
        }
        for (Page page : pages) {
            specs.add(prosePage(page));
        }
        specs.add(
                new PageSpec(
                        "404.html",
                        "notfound",
                        common(
                                "Page not found",
                                settings.description(),
                                "404.html",
                                settings.basePath()),
                        Optional.empty()));
        specs.add(syndication.feed(entries, cards, newest));
        specs.add(syndication.sitemap(specs));
        specs.add(
                new PageSpec(
                        "robots.txt",
                        "robots",
                        common("robots.txt", "", "robots.txt", ""),
                        Optional.empty()));

        Map<String, String> files = new LinkedHashMap<>();
        files.put("entries.json", new EntriesJson(settings).write(entries, cards));
        return new SitePlan(specs, files, entries.size());
    }

    private PageSpec home(
            List<Entry> entries,
            FacetIndex index,
            Map<String, Map<String, Object>> cards,
            LocalDate newest) {
        Map<String, Object> model = common(settings.title(), settings.description(), "", "");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Term area : taxonomy.areas().terms()) {
            Map<String, Object> row = new LinkedHashMap<>(views.term(taxonomy.areas(), area.id()));
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Term mode : taxonomy.modes().terms()) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("mode", views.term(taxonomy.modes(), mode.id()));
                cell.put("count", index.cell(area.id(), mode.id()).size());
                cell.put("path", SitePaths.cell(taxonomy.areas().path(), area.id(), mode.id()));
                cells.add(cell);
            }
            row.put("count", index.byTerm("areas", area.id()).size());
            row.put("cells", cells);
            rows.add(row);
        }
        model.put("rows", rows);
        model.put("modes", counted(taxonomy.modes(), index));
        model.put("kinds", counted(taxonomy.kind(), index));
        model.put("total", entries.size());
        model.put(
                "recent",
                entries.stream()
                        .sorted(syndication.newestFirst())
                        .limit(6)
                        .map(e -> cards.get(e.slug()))
                        .toList());
        return new PageSpec("index.html", "home", model, Optional.of(newest));
    }

    private PageSpec directory(
            List<Map<String, Object>> cards, FacetIndex index, LocalDate newest) {
        Map<String, Object> model =
                common(
                        "Directory",
                        "Every entry in the guide, filterable by kind, skill area, learning mode and more.",
                        SitePaths.DIRECTORY,
                        SitePaths.rootFrom(SitePaths.file(SitePaths.DIRECTORY)));
        model.put("entries", cards);
        List<Map<String, Object>> facets = new ArrayList<>();
        for (Vocabulary vocabulary : taxonomy.vocabularies()) {
            facets.add(
                    facetGroup(vocabulary.field(), vocabulary.label(), counted(vocabulary, index)));
        }
        facets.add(
                facetGroup(
                        "language",
                        taxonomy.languageLabel(),
                        withCounts(
                                "language",
                                index.languages().stream().map(views::language).toList(),
                                index)));
        model.put("facets", facets);
        return new PageSpec(
                SitePaths.file(SitePaths.DIRECTORY), "directory", model, Optional.of(newest));
    }

    private static Map<String, Object> facetGroup(
            String field, String label, List<Map<String, Object>> terms) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("field", field);
        group.put("label", label);
        group.put("terms", terms);
        return group;
    }

    /** A vocabulary's term views, each with how many published entries carry it. */
    private List<Map<String, Object>> counted(Vocabulary vocabulary, FacetIndex index) {
        return withCounts(
                vocabulary.field(),
                vocabulary.terms().stream().map(t -> views.term(vocabulary, t.id())).toList(),
                index);
    }

    private static List<Map<String, Object>> withCounts(
            String field, List<Map<String, Object>> terms, FacetIndex index) {
        return terms.stream()
                .map(
                        term -> {
                            Map<String, Object> view = new LinkedHashMap<>(term);
                            view.put("count", index.byTerm(field, (String) term.get("id")).size());
                            return view;
                        })
                .toList();
    }

    private PageSpec entryPage(
            Entry e, String body, Map<String, Map<String, Object>> cards, FacetIndex index) {
        String urlPath = SitePaths.entry(e.slug());
        String file = SitePaths.file(urlPath);
        Map<String, Object> model =
                common(e.title(), e.summary(), urlPath, SitePaths.rootFrom(file));
        model.put("entry", cards.get(e.slug()));
        model.put("body", body);
        model.put("jsonld", jsonLd.forEntry(e, settings.absolute(urlPath)));
        List<Entry> related = new ArrayList<>();
        List<Map<String, Object>> cells = new ArrayList<>();
        for (List<String> cell : e.cells()) {
            String area = cell.get(0);
            String mode = cell.get(1);
            List<Entry> members = index.cell(area, mode);
            for (Entry n : neighbours(members, index.positionInCell(e, area, mode))) {
                if (related.size() < RELATED && !related.contains(n)) {
                    related.add(n);
                }
            }
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("area", views.term(taxonomy.areas(), area));
            view.put("mode", views.term(taxonomy.modes(), mode));
            view.put("path", SitePaths.cell(taxonomy.areas().path(), area, mode));
            view.put("count", members.size());
            cells.add(view);
        }
        model.put("related", related.stream().map(n -> cards.get(n.slug())).toList());
        model.put("cells", cells);
        return new PageSpec(file, "entry", model, Optional.of(e.lastModified()));
    }

    /** Up to {@link #RELATED} entries around a position in a sorted list, nearest first. */
    static List<Entry> neighbours(List<Entry> list, int position) {
        List<Entry> result = new ArrayList<>();
        int n = list.size();
        for (int step = 1; result.size() < RELATED && step < n; step++) {
            int after = (position + step) % n;
            int before = ((position - step) % n + n) % n;
            for (int i : new int[] {after, before}) {
                Entry candidate = list.get(i);
                if (i != position && !result.contains(candidate) && result.size() < RELATED) {
                    result.add(candidate);
                }
            }
        }
        return result;
    }

    private PageSpec facetPage(
            String field,
            String facetLabel,
            Map<String, Object> term,
            List<Entry> entries,
            Map<String, Map<String, Object>> cards,
            FacetIndex index) {
        String urlPath = (String) term.get("path");
        String file = SitePaths.file(urlPath);
        String description =
                term.get("description").toString().isEmpty()
                        ? facetLabel
                                + ": "
                                + term.get("label")
                                + ". Every entry of the guide with this value."
                        : term.get("description").toString();
        Map<String, Object> model =
                common(
                        facetLabel + ": " + term.get("label"),
                        description,
                        urlPath,
                        SitePaths.rootFrom(file));
        model.put("field", field);
        model.put("facetLabel", facetLabel);
        model.put("term", term);
        model.put("entries", entries.stream().map(e -> cards.get(e.slug())).toList());
        if (field.equals("areas") || field.equals("modes")) {
            List<Map<String, Object>> cells = new ArrayList<>();
            boolean isArea = field.equals("areas");
            Vocabulary other = isArea ? taxonomy.modes() : taxonomy.areas();
            for (Term t : other.terms()) {
                String area = isArea ? (String) term.get("id") : t.id();
                String mode = isArea ? t.id() : (String) term.get("id");
                Map<String, Object> cell = new LinkedHashMap<>(views.term(other, t.id()));
                cell.put("path", SitePaths.cell(taxonomy.areas().path(), area, mode));
                cell.put("count", index.cell(area, mode).size());
                cells.add(cell);
            }
            model.put("cells", cells);
        }
        return new PageSpec(file, "facet", model, newestOf(entries));
    }

    private PageSpec cellPage(
            Term area, Term mode, List<Entry> entries, Map<String, Map<String, Object>> cards) {
        String urlPath = SitePaths.cell(taxonomy.areas().path(), area.id(), mode.id());
        String file = SitePaths.file(urlPath);
        Map<String, Object> model =
                common(
                        area.label() + " — " + mode.label(),
                        "Entries of the guide for "
                                + area.label().toLowerCase(Locale.ENGLISH)
                                + ", "
                                + mode.label().toLowerCase(Locale.ENGLISH)
                                + ".",
                        urlPath,
                        SitePaths.rootFrom(file));
        model.put("field", "cell");
        model.put("area", views.term(taxonomy.areas(), area.id()));
        model.put("mode", views.term(taxonomy.modes(), mode.id()));
        model.put("entries", entries.stream().map(e -> cards.get(e.slug())).toList());
        return new PageSpec(file, "facet", model, newestOf(entries));
    }

    private PageSpec prosePage(Page page) {
        String urlPath = page.slug() + "/";
        String file = SitePaths.file(urlPath);
        Map<String, Object> model =
                common(
                        page.title(),
                        page.summary().isEmpty() ? settings.description() : page.summary(),
                        urlPath,
                        SitePaths.rootFrom(file));
        model.put("body", html(page.body(), 2));
        return new PageSpec(file, "page", model, Optional.of(page.date()));
    }

    /** A contributor's Markdown as clean HTML, its headings starting at the given level. */
    private String html(String markdownText, int topLevel) {
        return sanitizer.clean(markdown.render(markdownText), topLevel);
    }

    private static Optional<LocalDate> newestOf(List<Entry> entries) {
        return entries.stream().map(Entry::lastModified).max(Comparator.naturalOrder());
    }

    private Map<String, Object> common(
            String title, String description, String urlPath, String root) {
        return models.base(title, description, urlPath, root);
    }
}
