package org.sociallearning.guide.site;

import java.util.List;
import java.util.Map;

/**
 * Everything a bake writes: the pages rendered by templates, and files written as they are (such as
 * {@code entries.json}), keyed by their path in the site.
 */
public record SitePlan(List<PageSpec> pages, Map<String, String> files, int entryCount) {

    public SitePlan {
        pages = List.copyOf(pages);
        files = Map.copyOf(files);
        java.util.Set<String> paths = new java.util.HashSet<>(files.keySet());
        for (PageSpec page : pages) {
            if (!paths.add(page.path())) {
                throw new IllegalStateException("two pages would be written to " + page.path());
            }
        }
    }
}
