package org.sociallearning.guide.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.entry.Vocabulary;

/**
 * Turns entries and terms into the plain maps and lists templates read. Templates never see records
 * or the taxonomy's Java types, so any Freemarker object wrapper reads them the same way.
 */
final class EntryViews {

    private final Taxonomy taxonomy;

    EntryViews(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** What a card and an entry page show of an entry; the body is added by the planner. */
    Map<String, Object> entry(Entry e) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("slug", e.slug());
        view.put("title", e.title());
        view.put("path", SitePaths.entry(e.slug()));
        view.put("provider", e.provider());
        view.put("url", e.url());
        view.put("summary", e.summary());
        view.put("kind", term(taxonomy.kind(), e.kind()));
        view.put("areas", terms(taxonomy.areas(), e.areas()));
        view.put("modes", terms(taxonomy.modes(), e.modes()));
        view.put("cost", term(taxonomy.cost(), e.cost()));
        view.put("format", term(taxonomy.format(), e.format()));
        e.pace().ifPresent(p -> view.put("pace", term(taxonomy.pace(), p)));
        view.put("languages", e.languages().stream().map(this::language).toList());
        view.put("tags", e.tags());
        view.put("date", e.date().toString());
        e.reviewed().ifPresent(r -> view.put("reviewed", r.toString()));
        view.put("data", dataAttributes(e));
        return view;
    }

    /**
     * Link health as templates read it: {@code verified} (a date, when known), {@code broken} and
     * {@code detail}.
     */
    Map<String, Object> linkHealth(LinkHealth health) {
        Map<String, Object> view = new LinkedHashMap<>();
        health.lastVerified().ifPresent(d -> view.put("verified", d.toString()));
        view.put("broken", health.broken());
        view.put("detail", health.detail());
        return view;
    }

    /**
     * The {@code data-*} attributes of a card: space-separated ids, as the filter script reads
     * them.
     */
    Map<String, String> dataAttributes(Entry e) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("kind", e.kind());
        data.put("areas", String.join(" ", e.areas()));
        data.put("modes", String.join(" ", e.modes()));
        data.put("cost", e.cost());
        data.put("format", e.format());
        data.put("pace", e.pace().orElse(""));
        data.put("language", String.join(" ", e.languages()));
        return data;
    }

    Map<String, Object> term(Vocabulary vocabulary, String id) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("label", vocabulary.labelOf(id));
        view.put("description", vocabulary.term(id).map(t -> t.description()).orElse(""));
        view.put("path", SitePaths.facet(vocabulary.path(), id));
        return view;
    }

    List<Map<String, Object>> terms(Vocabulary vocabulary, List<String> ids) {
        return ids.stream().map(id -> term(vocabulary, id)).toList();
    }

    Map<String, Object> language(String code) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", code);
        view.put("label", taxonomy.languageName(code));
        view.put("description", "");
        view.put("path", SitePaths.facet(taxonomy.languagePath(), code));
        return view;
    }
}
