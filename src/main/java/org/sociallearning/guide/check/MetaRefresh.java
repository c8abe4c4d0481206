package org.sociallearning.guide.check;

import java.util.Locale;
import java.util.Optional;

/** The URL of a {@code <meta http-equiv="refresh" content="5; url=...">}. */
final class MetaRefresh {

    private MetaRefresh() {}

    static Optional<String> url(String content) {
        int semicolon = content.indexOf(';');
        int comma = content.indexOf(',');
        int cut = semicolon < 0 ? comma : comma < 0 ? semicolon : Math.min(semicolon, comma);
        if (cut < 0) {
            return Optional.empty();
        }
        String rest = content.substring(cut + 1).strip();
        if (rest.toLowerCase(Locale.ROOT).startsWith("url")) {
            String afterUrl = rest.substring(3).strip();
            if (afterUrl.startsWith("=")) {
                rest = afterUrl.substring(1).strip();
            }
        }
        if (!rest.isEmpty() && (rest.charAt(0) == '\'' || rest.charAt(0) == '"')) {
            char quote = rest.charAt(0);
            int close = rest.indexOf(quote, 1);
            rest = close < 0 ? rest.substring(1) : rest.substring(1, close);
        }
        rest = rest.strip();
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }
}
