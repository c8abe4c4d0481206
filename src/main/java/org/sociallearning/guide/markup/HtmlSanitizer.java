package org.sociallearning.guide.markup;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans untrusted HTML: keeps text formatting, lists, tables, headings and links; drops script,
 * style, frames, forms, event handlers, inline styles and every URL that is not http(s) or mailto.
 * Outbound links get {@code rel="noopener noreferrer"}; headings move down so that a page keeps one
 * {@code <h1>}.
 */
public final class HtmlSanitizer {

    private final Cleaner cleaner;

    public HtmlSanitizer() {
        Safelist safelist =
                Safelist.relaxed()
                        .removeTags("img")
                        .addProtocols("a", "href", "http", "https", "mailto")
                        .preserveRelativeLinks(false);
        this.cleaner = new Cleaner(safelist);
    }

    public String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, "");
        Document clean = cleaner.clean(dirty);
        for (Element link : clean.select("a[href]")) {
            String href = link.attr("href").toLowerCase(Locale.ROOT);
            if (href.startsWith("http://") || href.startsWith("https://")) {
                link.attr("rel", "noopener noreferrer");
            }
        }
        demoteHeadings(clean);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Shifts headings down so the highest one is an {@code <h2>}, below the page's own h1. */
    private static void demoteHeadings(Document doc) {
        var headings = doc.select("h1, h2, h3, h4, h5, h6");
        int top = headings.stream().mapToInt(HtmlSanitizer::level).min().orElse(2);
        int shift = Math.max(0, 2 - top);
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
