package org.sociallearning.guide.check;

import java.nio.charset.StandardCharsets;
import org.jsoup.parser.Parser;

/**
 * Finds the references and anchors of an HTML page in one pass over its bytes, without building a
 * tree: start tags and their attributes, skipping comments and the raw text of {@code script},
 * {@code style}, {@code title} and the like as the HTML tokenizer does. Attribute values are
 * decoded as UTF-8, and character references with Jsoup's {@link Parser#unescapeEntities}. A full
 * Jsoup parse of a 10,000-page site takes 12 to 30 s here; this takes well under one
 * (docs/benchmarks.md).
 */
final class HtmlScanner {

    /** What the scanner finds, in document order. */
    interface Sink {
        /** A URL the page refers to, in the element starting on {@code line}. */
        void reference(String url, int line);

        /** A fragment target: an element's {@code id}, or an {@code a}'s {@code name}. */
        void anchor(String name);

        /** A {@code <base href>}. */
        void base(String href, int line);
    }

    private static final String[] RAW_TEXT = {
        "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "plaintext"
    };

    private final byte[] html;
    private final Sink sink;
    private int lineOffset;
    private int line = 1;
    // The current start tag's attributes: name and value ranges, reused from tag to tag.
    private int count;
    private int[] nameStart = new int[16];
    private int[] nameEnd = new int[16];
    private int[] valueStart = new int[16];
    private int[] valueEnd = new int[16];

    private HtmlScanner(byte[] html, Sink sink) {
        this.html = html;
        this.sink = sink;
    }

    static void scan(byte[] html, Sink sink) {
        new HtmlScanner(html, sink).run();
    }

    private void run() {
        int n = html.length;
        int i = 0;
        while (i < n) {
            int lt = indexOf((byte) '<', i);
            if (lt < 0 || lt + 1 >= n) {
                return;
            }
            byte c = html[lt + 1];
            if (c == '!') {
                i = startsWith(lt, "<!--") ? after(indexOf("-->", lt + 4), 3) : after(lt, '>');
            } else if (c == '/' || c == '?') {
                i = after(lt, '>');
            } else if (isLetter(c)) {
                i = startTag(lt);
            } else {
                i = lt + 1;
            }
        }
    }

    /** Reads a start tag at {@code lt}; returns where scanning goes on. */
    private int startTag(int lt) {
        int n = html.length;
        int p = lt + 1;
        while (p < n && !isSpace(html[p]) && html[p] != '/' && html[p] != '>') {
            p++;
        }
        int tagStart = lt + 1;
        int tagEnd = p;
        p = attributes(p);
        int tagLine = lineAt(lt);
        element(tagStart, tagEnd, tagLine);
        for (String raw : RAW_TEXT) {
            if (equalsIgnoreCase(tagStart, tagEnd, raw)) {
                return skipRawText(p, raw);
            }
        }
        return p;
    }

    private int attributes(int p) {
        int n = html.length;
        count = 0;
        while (p < n) {
            while (p < n && (isSpace(html[p]) || html[p] == '/')) {
                p++;
            }
            if (p >= n) {
                return n;
            }
            if (html[p] == '>') {
                return p + 1;
            }
            int ns = p;
            p++; // the first character belongs to the name even when it is '='
            while (p < n
                    && !isSpace(html[p])
                    && html[p] != '/'
                    && html[p] != '>'
                    && html[p] != '=') {
                p++;
            }
            int ne = p;
            while (p < n && isSpace(html[p])) {
                p++;
            }
            int vs = p;
            int ve = p;
            if (p < n && html[p] == '=') {
                p++;
                while (p < n && isSpace(html[p])) {
                    p++;
                }
                if (p < n && (html[p] == '"' || html[p] == '\'')) {
                    byte quote = html[p];
                    vs = p + 1;
                    int close = indexOf(quote, vs);
                    ve = close < 0 ? n : close;
                    p = close < 0 ? n : close + 1;
                } else {
                    vs = p;
                    while (p < n && !isSpace(html[p]) && html[p] != '>') {
                        p++;
                    }
                    ve = p;
                }
            }
            add(ns, ne, vs, ve);
        }
        return n;
    }

    private void add(int ns, int ne, int vs, int ve) {
        for (int k = 0; k < count; k++) {
            if (sameName(nameStart[k], nameEnd[k], ns, ne)) {
                return; // the first of duplicate attributes wins
            }
        }
        if (count == nameStart.length) {
            nameStart = java.util.Arrays.copyOf(nameStart, count * 2);
            nameEnd = java.util.Arrays.copyOf(nameEnd, count * 2);
            valueStart = java.util.Arrays.copyOf(valueStart, count * 2);
            valueEnd = java.util.Arrays.copyOf(valueEnd, count * 2);
        }
        nameStart[count] = ns;
        nameEnd[count] = ne;
        valueStart[count] = vs;
        valueEnd[count] = ve;
        count++;
    }

    private void element(int ts, int te, int tagLine) {
        String id = value("id");
        if (id != null && !id.isEmpty()) {
            sink.anchor(id);
        }
        if (equalsIgnoreCase(ts, te, "a")) {
            reference(value("href"), tagLine);
            String name = value("name");
            if (name != null && !name.isEmpty()) {
                sink.anchor(name);
            }
        } else if (equalsIgnoreCase(ts, te, "link") || equalsIgnoreCase(ts, te, "area")) {
            reference(value("href"), tagLine);
        } else if (equalsIgnoreCase(ts, te, "img") || equalsIgnoreCase(ts, te, "source")) {
            reference(value("src"), tagLine);
            String srcset = value("srcset");
            if (srcset != null) {
                Srcset.urls(srcset).forEach(url -> sink.reference(url, tagLine));
            }
        } else if (equalsIgnoreCase(ts, te, "script") || equalsIgnoreCase(ts, te, "iframe")) {
            reference(value("src"), tagLine);
        } else if (equalsIgnoreCase(ts, te, "meta")) {
            meta(tagLine);
        } else if (equalsIgnoreCase(ts, te, "base")) {
            String href = value("href");
            if (href != null) {
                sink.base(href.strip(), tagLine);
            }
        }
    }

    private void meta(int tagLine) {
        String content = value("content");
        if (content == null) {
            return;
        }
        String equiv = value("http-equiv");
        if (equiv != null && equiv.strip().equalsIgnoreCase("refresh")) {
            MetaRefresh.url(content).ifPresent(url -> sink.reference(url, tagLine));
            return;
        }
        String property = value("property");
        if (property == null) {
            property = value("name");
        }
        if (property != null && OpenGraph.isUrlProperty(property.strip())) {
            reference(content, tagLine);
        }
    }

    private void reference(String url, int tagLine) {
        if (url != null) {
            sink.reference(url.strip(), tagLine);
        }
    }

    /** The decoded value of the current tag's attribute, or null when it has none. */
    private String value(String name) {
        for (int k = 0; k < count; k++) {
            if (equalsIgnoreCase(nameStart[k], nameEnd[k], name)) {
                String raw =
                        new String(
                                html,
                                valueStart[k],
                                valueEnd[k] - valueStart[k],
                                StandardCharsets.UTF_8);
                return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
            }
        }
        return null;
    }

    private int skipRawText(int p, String tag) {
        int n = html.length;
        while (p < n) {
            int lt = indexOf((byte) '<', p);
            if (lt < 0 || lt + 2 + tag.length() > n) {
                return n;
            }
            int end = lt + 2 + tag.length();
            if (html[lt + 1] == '/' && equalsIgnoreCase(lt + 2, end, tag)) {
                byte next = end < n ? html[end] : (byte) '>';
                if (isSpace(next) || next == '>' || next == '/') {
                    return lt;
                }
            }
            p = lt + 1;
        }
        return n;
    }

    /** The 1-based line of an offset; offsets must come in increasing order. */
    private int lineAt(int offset) {
        for (int k = lineOffset; k < offset; k++) {
            if (html[k] == '\n') {
                line++;
            }
        }
        lineOffset = Math.max(lineOffset, offset);
        return line;
    }

    private int indexOf(byte b, int from) {
        for (int k = from; k < html.length; k++) {
            if (html[k] == b) {
                return k;
            }
        }
        return -1;
    }

    private int indexOf(String s, int from) {
        byte first = (byte) s.charAt(0);
        for (int k = indexOf(first, from); k >= 0; k = indexOf(first, k + 1)) {
            if (startsWith(k, s)) {
                return k;
            }
        }
        return -1;
    }

    private int after(int from, char c) {
        int k = indexOf((byte) c, from);
        return k < 0 ? html.length : k + 1;
    }

    private int after(int found, int length) {
        return found < 0 ? html.length : found + length;
    }

    private boolean startsWith(int at, String s) {
        if (at + s.length() > html.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (html[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean equalsIgnoreCase(int start, int end, String lower) {
        if (end - start != lower.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (lowerCase(html[start + k]) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameName(int s1, int e1, int s2, int e2) {
        if (e1 - s1 != e2 - s2) {
            return false;
        }
        for (int k = 0; k < e1 - s1; k++) {
            if (lowerCase(html[s1 + k]) != lowerCase(html[s2 + k])) {
                return false;
            }
        }
        return true;
    }

    private static int lowerCase(byte b) {
        return b >= 'A' && b <= 'Z' ? b + 32 : b;
    }

    private static boolean isLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f';
    }
}
