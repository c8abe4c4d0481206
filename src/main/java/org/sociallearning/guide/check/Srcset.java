package org.sociallearning.guide.check;

import java.util.ArrayList;
import java.util.List;

/** The URLs of a {@code srcset} attribute, split as the HTML standard's algorithm does. */
final class Srcset {

    private Srcset() {}

    static List<String> urls(String srcset) {
        List<String> urls = new ArrayList<>();
        int n = srcset.length();
        int p = 0;
        while (p < n) {
            while (p < n && (Character.isWhitespace(srcset.charAt(p)) || srcset.charAt(p) == ',')) {
                p++;
            }
            if (p >= n) {
                break;
            }
            int start = p;
            while (p < n && !Character.isWhitespace(srcset.charAt(p))) {
                p++;
            }
            String url = srcset.substring(start, p);
            if (url.endsWith(",")) {
                urls.add(url.replaceAll(",+$", ""));
                continue;
            }
            urls.add(url);
            int depth = 0; // descriptors run to the next comma outside parentheses
            while (p < n && (srcset.charAt(p) != ',' || depth > 0)) {
                char c = srcset.charAt(p);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                p++;
            }
        }
        return urls;
    }
}
