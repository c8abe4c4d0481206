package org.sociallearning.guide.markup;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans untrusted HTML: keeps text formatting, lists, tables, headings and links; drops script,
 * style, frames, forms, event handlers, inline styles and every URL that is not http(s), mailto or
 * relative. Outbound links get {@code rel="noopener noreferrer"} (not {@code nofollow}: a curator
 * vouches for every entry); headings move down so that a page keeps one {@code <h1>}.
 */
public final class HtmlSanitizer {

    private static final String RELATIVE_BASE = "https://relative.invalid/";

    /**
     * The relative links kept: to a sibling or parent path, or a fragment. Root-relative links
     * ({@code /x}) would break under a sub-path, and anything else (a bare {@code x:y}) is dropped.
     */
    private static final java.util.regex.Pattern RELATIVE =
            java.util.regex.Pattern.compile("(\\.\\.?/|#)[^:\\s]*");

    private final Cleaner cleaner;

    public HtmlSanitizer() {
        // Relaxed keeps text, lists, tables and links, and no attribute that runs script or
        // styles; images go (they would load third-party content), and so does ftp:. Every URL
        // attribute left must then start with one of the listed protocols once Jsoup has decoded
        // entities, so javascript:, vbscript: and data: fail in any case or encoding.
        Safelist safelist =
                Safelist.relaxed()
                        .removeTags("img")
                        .removeProtocols("a", "href", "ftp")
                        .addProtocols("a", "href", "http", "https", "mailto")
                        .preserveRelativeLinks(true);
        this.cleaner = new Cleaner(safelist);
    }

    /** Cleans HTML for a page whose own headings stop at h2: its highest heading becomes an h2. */
    public String clean(String html) {
        return clean(html, 2);
    }

    /**
     * Cleans HTML and shifts its headings down so the highest becomes {@code <h[topLevel]>}, below
     * the page's own headings.
     */
    public String clean(String html, int topLevel) {
        if (topLevel < 2 || topLevel > 6) {
            throw new IllegalArgumentException("topLevel must be 2 to 6: " + topLevel);
        }
        // Relative links (to the site's own pages, or #fragments) are kept as written: they resolve
        // against an https base here only so that the protocol check can pass them; the baked
        // site's internal link check then proves they lead somewhere.
        Document dirty = Jsoup.parseBodyFragment(html, RELATIVE_BASE);
        Document clean = cleaner.clean(dirty);
        for (Element link : clean.select("a[href]")) {
            String href = link.attr("href").toLowerCase(Locale.ROOT);
            if (href.startsWith("http://")
                    || href.startsWith("https://")
                    || href.startsWith("//")) {
                link.attr("rel", "noopener noreferrer");
            } else if (!href.startsWith("mailto:") && !RELATIVE.matcher(href).matches()) {
                link.removeAttr("href");
            }
        }
        demoteHeadings(clean, topLevel);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static void demoteHeadings(Document doc, int topLevel) {
        var headings = doc.select("h1, h2, h3, h4, h5, h6");
        int top = headings.stream().mapToInt(HtmlSanitizer::level).min().orElse(topLevel);
        int shift = Math.max(0, topLevel - top);
        if (shift > 0) {
            for (Element heading : headings) {
                heading.tagName("h" + Math.min(6, level(heading) + shift));
            }
        }
    }

    private static int level(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }
}
