package org.sociallearning.guide.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.markup.MarkdownRenderer;

/**
 * The external URLs of a guide: every entry's {@code url} and every http(s) link in entry bodies,
 * each once (without its fragment), with the entries (source files) that use it.
 */
public final class ExternalLinks {

    private ExternalLinks() {}

    /** URL to the sorted source files of the entries using it, in first-seen order. */
    public static Map<String, List<String>> of(List<Entry> entries, Predicate<Entry> include) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        Map<String, TreeSet<String>> uses = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (!include.test(entry)) {
                continue;
            }
            String source = entry.source().toString().replace('\\', '/');
            add(uses, entry.url(), source);
            for (Element a :
                    Jsoup.parseBodyFragment(markdown.render(entry.body())).select("a[href]")) {
                add(uses, a.attr("href"), source);
            }
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        uses.forEach((url, sources) -> result.put(url, List.copyOf(sources)));
        return result;
    }

    private static void add(Map<String, TreeSet<String>> uses, String href, String source) {
        String url = href.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return;
        }
        int hash = url.indexOf('#');
        if (hash >= 0) {
            url = url.substring(0, hash);
        }
        uses.computeIfAbsent(url, u -> new TreeSet<>()).add(source);
    }
}
