package org.sociallearning.guide.check;

import java.util.Locale;
import java.util.Set;

/** The Open Graph properties whose content is a URL. */
final class OpenGraph {

    private static final Set<String> URL_PROPERTIES =
            Set.of(
                    "og:url",
                    "og:image",
                    "og:image:url",
                    "og:image:secure_url",
                    "og:video",
                    "og:audio");

    private OpenGraph() {}

    static boolean isUrlProperty(String property) {
        return URL_PROPERTIES.contains(property.toLowerCase(Locale.ROOT));
    }
}
