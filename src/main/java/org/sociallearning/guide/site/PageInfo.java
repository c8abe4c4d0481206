package org.sociallearning.guide.site;

import java.util.Objects;

/**
 * What the layout needs of one page.
 *
 * @param path the page's path from the site root, e.g. {@code entries/pkm/}
 * @param canonical its absolute URL
 * @param root the relative way back to the site root, e.g. {@code ../../}
 */
public record PageInfo(
        String title, String description, String path, String canonical, String root) {

    public PageInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(root, "root");
    }
}
