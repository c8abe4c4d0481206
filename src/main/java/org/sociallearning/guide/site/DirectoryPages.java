package org.sociallearning.guide.site;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sociallearning.guide.entry.Facet;

/** Plans the directory: every entry, with the filter's facets. */
final class DirectoryPages {

    private final PlanContext context;

    DirectoryPages(PlanContext context) {
        this.context = context;
    }

    PageSpec directory() {
        List<Facet> filters = context.taxonomy.shownIn(Facet.Shown.FILTER);
        String named =
                filters.stream()
                        .limit(3)
                        .map(Facet::label)
                        .collect(Collectors.joining(", "))
                        .toLowerCase(Locale.ENGLISH);
        String summary =
                named.isEmpty()
                        ? ""
                        : Character.toUpperCase(named.charAt(0))
                                + named.substring(1)
                                + (filters.size() > 3 ? " and more" : "");
        PageView view =
                new PageView.Directory(
                        context.site,
                        context.page(
                                "Directory",
                                "Every entry in the guide"
                                        + (named.isEmpty()
                                                ? ""
                                                : ", filterable by "
                                                        + named
                                                        + (filters.size() > 3 ? " and more" : ""))
                                        + ".",
                                SitePaths.DIRECTORY),
                        filters.stream().map(context::facet).toList(),
                        summary,
                        context.cards(context.entries));
        return new PageSpec(
                SitePaths.file(SitePaths.DIRECTORY),
                "directory",
                view,
                Optional.of(context.newest));
    }
}
