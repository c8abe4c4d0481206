package org.sociallearning.guide.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Cuts a long list of cards into numbered pages of at most {@link #SIZE}: the first at the list's
 * own path, the others at {@code <path>page/N/}, so that without JavaScript every card is reachable
 * exactly once by following the page links.
 */
final class Pager {

    /** The most cards one page lists. */
    static final int SIZE = 60;

    private final int size;

    Pager() {
        this(SIZE);
    }

    Pager(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1: " + size);
        }
        this.size = size;
    }

    /** How many pages a list of this many cards takes: at least one, even when empty. */
    int pageCount(int cards) {
        return Math.max(1, (cards + size - 1) / size);
    }

    /**
     * One page spec per page of {@code items}, made by {@code page} from the page's items and its
     * place among the pages.
     */
    <T> List<PageSpec> pages(
            String firstPath, List<T> items, BiFunction<List<T>, Pagination, PageSpec> page) {
        int count = pageCount(items.size());
        List<PageSpec> specs = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            int from = (n - 1) * size;
            int to = Math.min(items.size(), from + size);
            Pagination pagination =
                    new Pagination(
                            n,
                            count,
                            items.isEmpty() ? 0 : from + 1,
                            to,
                            items.size(),
                            SitePaths.numbered(firstPath, 1),
                            n > 1 ? SitePaths.numbered(firstPath, n - 1) : "",
                            n < count ? SitePaths.numbered(firstPath, n + 1) : "",
                            SitePaths.numbered(firstPath, count));
            specs.add(page.apply(items.subList(from, to), pagination));
        }
        return specs;
    }
}
