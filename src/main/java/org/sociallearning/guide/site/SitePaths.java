package org.sociallearning.guide.site;

/** The site's URL scheme, in one place: every page's path relative to the site root. */
final class SitePaths {

    private SitePaths() {}

    static final String DIRECTORY = "directory/";

    static String entry(String slug) {
        return "entries/" + slug + "/";
    }

    static String facet(String facetPath, String id) {
        return facetPath + "/" + id + "/";
    }

    static String cell(String areasPath, String area, String mode) {
        return areasPath + "/" + area + "/" + mode + "/";
    }

    /** The file a URL path is written to: {@code x/} becomes {@code x/index.html}. */
    static String file(String urlPath) {
        return urlPath.isEmpty() || urlPath.endsWith("/") ? urlPath + "index.html" : urlPath;
    }

    /**
     * The relative prefix from a page's folder back to the site root: {@code ../../} for {@code
     * a/b/}.
     */
    static String rootFrom(String filePath) {
        int depth = (int) filePath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
