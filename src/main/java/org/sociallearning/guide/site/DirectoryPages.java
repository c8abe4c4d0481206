package org.sociallearning.guide.site;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sociallearning.guide.entry.Facet;

/**
 * Plans the directory: every entry in numbered pages of {@link Pager#SIZE} cards, the first with
 * the filter's facets.
 */
final class DirectoryPages {

    private final PlanContext context;
    private final Pager pager;

    DirectoryPages(PlanContext context, Pager pager) {
        this.context = context;
        this.pager = pager;
    }

    List<PageSpec> directory() {
        List<Facet> filters = context.taxonomy.shownIn(Facet.Shown.FILTER);
        String named =
                filters.stream()
                        .limit(3)
                        .map(Facet::label)
                        .collect(Collectors.joining(", "))
                        .toLowerCase(Locale.ENGLISH);
        String more = filters.size() > 3 ? " and more" : "";
        String summary =
                named.isEmpty()
                        ? ""
                        : Character.toUpperCase(named.charAt(0)) + named.substring(1) + more;
        String description =
                "Every entry in the guide"
                        + (named.isEmpty() ? "" : ", filterable by " + named + more)
                        + ".";
        List<FacetView> facets = filters.stream().map(context::facet).toList();
        return pager.pages(
                SitePaths.DIRECTORY,
                context.entries,
                (entries, pagination) -> {
                    boolean first = pagination.number() == 1;
                    String path = SitePaths.numbered(SitePaths.DIRECTORY, pagination.number());
                    String title =
                            first
                                    ? "Directory"
                                    : "Directory, page "
                                            + pagination.number()
                                            + " of "
                                            + pagination.count();
                    PageView view =
                            new PageView.Directory(
                                    context.site,
                                    context.page(title, description, path),
                                    first
                                            ? List.of()
                                            : List.of(
                                                    new Crumb("Directory", SitePaths.DIRECTORY),
                                                    new Crumb("Page " + pagination.number(), "")),
                                    first,
                                    facets,
                                    summary,
                                    pagination,
                                    context.cards(entries));
                    return new PageSpec(
                            SitePaths.file(path),
                            "directory",
                            view,
                            first ? Optional.of(context.newest) : PlanContext.newestOf(entries));
                });
    }
}
