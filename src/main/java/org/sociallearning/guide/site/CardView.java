package org.sociallearning.guide.site;

import java.net.URI;
import java.util.List;

/**
 * An entry as cards and its page show it.
 *
 * @param facts the facets of the facts table, each with the entry's values
 * @param pills the values shown as pills on a card
 * @param data the card's {@code data-<field>} attributes the directory filter reads
 * @param reviewed the day of the last review, empty when never reviewed
 * @param sources the public pages that confirm the facts, in the order the entry lists them
 */
public record CardView(
        String slug,
        String title,
        String path,
        String provider,
        String url,
        String summary,
        List<FacetView> facts,
        List<Pill> pills,
        List<Data> data,
        List<String> tags,
        String date,
        String reviewed,
        List<Source> sources,
        LinkView link) {

    public CardView {
        facts = List.copyOf(facts);
        pills = List.copyOf(pills);
        data = List.copyOf(data);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
    }

    /** A page that confirms an entry's facts, with its host name to show beside it. */
    public record Source(String url, String host) {
        static Source of(String url) {
            String host = URI.create(url).getHost();
            return new Source(url, host == null ? url : host);
        }
    }

    /** A value on a card, with the id of its facet for styling. */
    public record Pill(String facet, String label) {}

    /** A {@code data-<field>} attribute: the entry's value ids, space-separated. */
    public record Data(String field, String ids) {}
}
