package org.sociallearning.guide.validate;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;

/** A file's name is its page's URL: lowercase letters, digits and single hyphens, then ".md". */
final class FileNameRules {

    static final int MAX_SLUG = 60;

    private FileNameRules() {}

    static void check(Path file, List<Problem> problems) {
        String slug = slugOf(file);
        SourceLocation at = new SourceLocation(file, 1, 1);
        if (!slug.matches(FieldSpec.SLUG)) {
            problems.add(
                    Problem.error(
                            at,
                            "file name \""
                                    + file.getFileName()
                                    + "\" is not a valid slug (it becomes the page's URL)",
                            "use lowercase letters, digits and single hyphens: rename it to "
                                    + slugOf(slug, MAX_SLUG)
                                    + ".md"));
        } else if (slug.length() > MAX_SLUG) {
            problems.add(
                    Problem.error(
                            at,
                            "file name is "
                                    + slug.length()
                                    + " characters long; at most "
                                    + MAX_SLUG
                                    + " are allowed",
                            "shorten it, e.g. to " + slugOf(slug, MAX_SLUG) + ".md"));
        }
    }

    /** The slug of a file: its name without ".md". */
    static String slugOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /**
     * A valid slug made from any text, at most {@code max} characters, cut at a hyphen where
     * possible: {@code "Ünïcode & Co."} becomes {@code "unicode-co"}.
     */
    static String slugOf(String text, int max) {
        String s =
                Normalizer.normalize(text, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-+|-+$)", "");
        if (s.length() > max) {
            int cut = s.lastIndexOf('-', max);
            s = s.substring(0, cut > max / 2 ? cut : max).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "my-entry" : s;
    }
}
