package org.sociallearning.guide.browser;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filter's URL contract, read independently of the script: {@code ?areas=a,b&kind=course&q=x},
 * values comma-separated or repeated, fields named after the entry fields.
 */
record FilterQuery(Map<String, List<String>> selection, String text) {

    FilterQuery {
        selection = Map.copyOf(selection);
    }

    static FilterQuery parse(String query) {
        Map<String, List<String>> selection = new LinkedHashMap<>();
        List<String> text = new ArrayList<>();
        String q = query.startsWith("?") ? query.substring(1) : query;
        for (String pair : q.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name.equals("q")) {
                text.add(value);
            } else if (Entries.FIELDS.contains(name)) {
                for (String id : value.split(",")) {
                    if (!id.isBlank()) {
                        selection.computeIfAbsent(name, k -> new ArrayList<>()).add(id.trim());
                    }
                }
            }
        }
        return new FilterQuery(selection, String.join(" ", text));
    }

    /** The query string of a URL, or "" when it has none. */
    static FilterQuery ofUrl(String url) {
        int question = url.indexOf('?');
        int hash = url.indexOf('#');
        if (question < 0) {
            return parse("");
        }
        return parse(url.substring(question, hash < 0 ? url.length() : hash));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
