package org.sociallearning.guide.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;

/** Turns an entry into the card view that cards, entry pages and the feed show. */
final class Cards {

    private final Taxonomy taxonomy;
    private final FacetIndex index;
    private final Map<String, LinkHealth> links;

    Cards(Taxonomy taxonomy, FacetIndex index, Map<String, LinkHealth> links) {
        this.taxonomy = taxonomy;
        this.index = index;
        this.links = links;
    }

    /** A value of a facet, with how many published entries carry it. */
    static TermView term(Facet facet, String value, FacetIndex index) {
        return new TermView(
                value,
                facet.labelOf(value),
                facet.descriptionOf(value),
                SitePaths.facet(facet.path(), value),
                index.byTerm(facet.field(), value).size());
    }

    /**
     * Whether a card made earlier for this entry (under the same taxonomy) still shows what this
     * plan would: the same counts on its terms and the same link health.
     */
    boolean isCurrent(CardView card, Entry e) {
        for (FacetView fact : card.facts()) {
            for (TermView t : fact.terms()) {
                if (index.byTerm(fact.field(), t.id()).size() != t.count()) {
                    return false;
                }
            }
        }
        return card.link().equals(link(e));
    }

    private LinkView link(Entry e) {
        LinkHealth health = links.get(e.url());
        return health == null ? LinkView.unchecked() : LinkView.of(health);
    }

    CardView card(Entry e) {
        List<FacetView> facts = new ArrayList<>();
        List<CardView.Pill> pills = new ArrayList<>();
        List<CardView.Data> data = new ArrayList<>();
        for (Facet facet : taxonomy.facets()) {
            List<String> values = e.values(facet.field());
            if (facet.shows(Facet.Shown.FACTS) && !values.isEmpty()) {
                facts.add(
                        new FacetView(
                                facet.field(),
                                facet.id(),
                                facet.labelFor(values.size()),
                                values.stream().map(v -> term(facet, v, index)).toList()));
            }
            if (facet.shows(Facet.Shown.CARD)) {
                values.forEach(v -> pills.add(new CardView.Pill(facet.id(), facet.labelOf(v))));
            }
            if (facet.shows(Facet.Shown.FILTER)) {
                data.add(new CardView.Data(facet.field(), String.join(" ", values)));
            }
        }
        return new CardView(
                e.slug(),
                e.title(),
                SitePaths.entry(e.slug()),
                e.provider(),
                e.url(),
                e.summary(),
                facts,
                pills,
                data,
                e.tags(),
                e.date().toString(),
                e.reviewed().map(Object::toString).orElse(""),
                e.sources().stream().map(CardView.Source::of).toList(),
                link(e));
    }
}
