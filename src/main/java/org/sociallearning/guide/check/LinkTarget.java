package org.sociallearning.guide.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where an internal link leads: a file path under the site root (decoded, {@code /} separated) and
 * an optional fragment; or why it cannot lead anywhere in the site.
 */
sealed interface LinkTarget {

    /** A file in the site, such as {@code entries/x/index.html}, and the fragment, if any. */
    record InSite(String file, Optional<String> fragment) implements LinkTarget {}

    /** A link out of the site, or one with no target to check ({@code mailto:}, {@code data:}). */
    record Outside() implements LinkTarget {}

    /** A link meant for this site that cannot resolve to a file in it. */
    record Unreachable(String why) implements LinkTarget {}

    /**
     * Resolves a link found on a page, such as {@code entries/x/index.html}: a folder means its
     * {@code index.html}.
     */
    static LinkTarget resolve(String url, String pageFile, SiteBase base) {
        if (url.isEmpty() || url.charAt(0) == '#' || url.charAt(0) == '?') {
            int hash = url.indexOf('#');
            return new InSite(
                    pageFile, hash < 0 ? Optional.empty() : Optional.of(url.substring(hash + 1)));
        }
        String pageDir = pageFile.substring(0, pageFile.lastIndexOf('/') + 1);
        if (hasScheme(url) || url.startsWith("//")) {
            Optional<String> inside = base.sitePathOf(url);
            return inside.isPresent() ? fromSitePath(inside.get(), "") : new Outside();
        }
        if (url.startsWith("/")) {
            Optional<String> inside = base.underPath(url);
            return inside.isPresent()
                    ? fromSitePath(inside.get(), "")
                    : new Unreachable("outside the base path " + base.path());
        }
        return fromSitePath(url, pageDir);
    }

    private static LinkTarget fromSitePath(String relative, String dir) {
        String rest = relative;
        Optional<String> fragment = Optional.empty();
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = Optional.of(rest.substring(hash + 1));
            rest = rest.substring(0, hash);
        }
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        // Folders are kept as a string ending in '/': ".." cuts the last one off.
        StringBuilder path = new StringBuilder(dir.length() + rest.length());
        path.append(dir);
        boolean folder = rest.isEmpty();
        int from = 0;
        while (from <= rest.length() && !rest.isEmpty()) {
            int slash = rest.indexOf('/', from);
            int to = slash < 0 ? rest.length() : slash;
            String part = rest.substring(from, to);
            boolean last = slash < 0;
            if (part.equals("..")) {
                if (path.length() == 0) {
                    return new Unreachable("above the site root");
                }
                path.setLength(path.lastIndexOf("/", path.length() - 2) + 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                path.append(decode(part));
                if (!last) {
                    path.append('/');
                }
            }
            if (last) {
                folder = part.isEmpty() || part.equals(".") || part.equals("..");
                break;
            }
            from = to + 1;
        }
        String file = folder ? path + "index.html" : path.toString();
        return new InSite(file, fragment);
    }

    private static boolean hasScheme(String url) {
        for (int k = 0; k < url.length(); k++) {
            char c = url.charAt(k);
            if (c == ':') {
                return k > 0;
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean ok =
                    letter
                            || (k > 0
                                    && ((c >= '0' && c <= '9')
                                            || c == '+'
                                            || c == '-'
                                            || c == '.'));
            if (!ok) {
                return false;
            }
        }
        return false;
    }

    /** Percent-decodes a URL path segment as UTF-8; malformed escapes stay as written. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k < raw.length; k++) {
            if (raw[k] == '%'
                    && k + 2 < raw.length
                    && hex(raw[k + 1]) >= 0
                    && hex(raw[k + 2]) >= 0) {
                bytes.write(hex(raw[k + 1]) * 16 + hex(raw[k + 2]));
                k += 2;
            } else {
                bytes.write(raw[k]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return b >= '0' && b <= '9'
                ? b - '0'
                : b >= 'a' && b <= 'f' ? b - 'a' + 10 : b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
    }
}
