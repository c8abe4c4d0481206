package org.sociallearning.guide.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.site.GuideState;

/**
 * The report as one JSON object for other tools; {@code version} changes only when a field changes
 * meaning. {@code state} is null when the site's settings or taxonomy could not be read.
 */
final class JsonReport {

    private final ObjectMapper mapper =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final EditorialReport report;

    JsonReport(EditorialReport report) {
        this.report = report;
    }

    String write() {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", EditorialReport.VERSION);
        if (report.state().isPresent()) {
            state(root.putObject("state"), report.state().get());
        } else {
            root.putNull("state");
        }
        ObjectNode problems = root.putObject("problems");
        problems.put("errors", report.errors());
        problems.put("warnings", report.warnings());
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report", e);
        }
    }

    private void state(ObjectNode json, GuideState s) {
        json.put("today", s.today().toString());
        ObjectNode entries = json.putObject("entries");
        entries.put("published", s.published());
        entries.put("drafts", s.drafts());
        if (s.grid().isPresent()) {
            GuideState.Grid g = s.grid().get();
            ObjectNode grid = json.putObject("grid");
            grid.put("rows", g.rowsLabel());
            grid.put("columns", g.columnsLabel());
            grid.put("thinBelow", GuideState.THIN_BELOW);
            ArrayNode cells = grid.putArray("cells");
            for (GuideState.Cell c : g.cells()) {
                ObjectNode cell = cells.addObject();
                cell.put("row", c.row().id());
                cell.put("rowLabel", c.row().label());
                cell.put("column", c.column().id());
                cell.put("columnLabel", c.column().label());
                cell.put("count", c.count());
                cell.put("thin", c.thin());
                cell.put("empty", c.empty());
                cell.put("page", c.path());
            }
        } else {
            json.putNull("grid");
        }
        ArrayNode facets = json.putArray("facets");
        for (GuideState.FacetCoverage f : s.facets()) {
            ObjectNode facet = facets.addObject();
            facet.put("field", f.field());
            facet.put("label", f.label());
            ArrayNode terms = facet.putArray("terms");
            for (GuideState.TermCount t : f.terms()) {
                terms.addObject()
                        .put("id", t.term().id())
                        .put("label", t.term().label())
                        .put("count", t.count());
            }
        }
        GuideState.Reviews r = s.reviews();
        ObjectNode reviews = json.putObject("reviews");
        reviews.put("recentMonths", GuideState.RECENT_MONTHS);
        reviews.put("dueAfterMonths", Entry.REVIEW_DUE_AFTER_MONTHS);
        reviews.put("recent", r.recent());
        reviews.put("older", r.older());
        reviews.put("due", r.due());
        reviews.put("never", r.never());
        ArrayNode due = reviews.putArray("dueEntries");
        r.dueEntries()
                .forEach(e -> entry(due, e).put("reviewed", e.reviewed().orElseThrow().toString()));
        ArrayNode never = reviews.putArray("neverReviewed");
        r.unreviewed().forEach(e -> entry(never, e));
        GuideState.Links l = s.links();
        ObjectNode links = json.putObject("links");
        links.put("cache", CachedLinkHealth.CACHE);
        if (report.linkCacheProblem().isPresent()) {
            links.put("cacheProblem", report.linkCacheProblem().get());
        } else {
            links.putNull("cacheProblem");
        }
        links.put("verified", l.verified());
        links.put("broken", l.broken());
        links.put("unchecked", l.unchecked());
        ArrayNode broken = links.putArray("brokenEntries");
        l.brokenEntries().forEach(e -> entry(broken, e).put("url", e.url()));
    }

    private static ObjectNode entry(ArrayNode array, Entry e) {
        return array.addObject().put("slug", e.slug()).put("file", Wording.file(e));
    }
}
