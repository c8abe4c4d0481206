package org.sociallearning.guide.site;

/**
 * Where one numbered page of a long list sits: its number, how many pages there are, and the paths
 * of the pages around it (empty where there is none). A list that fits on one page has one page.
 *
 * @param first the first card's position in the whole list, from 1 (0 for an empty list)
 * @param last the last card's position in the whole list
 * @param total how many cards the whole list has
 */
public record Pagination(
        int number,
        int count,
        int first,
        int last,
        int total,
        String firstPath,
        String previous,
        String next,
        String lastPath) {

    public Pagination {
        if (number < 1 || number > count) {
            throw new IllegalArgumentException("page " + number + " of " + count);
        }
    }

    /** Whether there is more than one page, so the page links are worth showing. */
    public boolean paged() {
        return count > 1;
    }
}
