package org.sociallearning.guide.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.markup.MarkdownRenderer;

/**
 * The external URLs of a guide: every entry's {@code url} and every http(s) link in entry bodies,
 * each once (without its fragment), with where entries use it: the {@code url=} line, or the first
 * line of the file that holds the link, so that annotations land on it.
 */
public final class ExternalLinks {

    private ExternalLinks() {}

    /**
     * URL to the places using it, sorted, URLs in first-seen order.
     *
     * @param root the folder entry sources are relative to, to find the lines
     */
    public static Map<String, List<SourceLocation>> of(
            Path root, List<Entry> entries, Predicate<Entry> include) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        Map<String, TreeSet<SourceLocation>> uses = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (!include.test(entry)) {
                continue;
            }
            List<String> lines = lines(root.resolve(entry.source()));
            add(uses, entry.url(), entry.source(), lines, true);
            for (Element a :
                    Jsoup.parseBodyFragment(markdown.render(entry.body())).select("a[href]")) {
                add(uses, a.attr("href"), entry.source(), lines, false);
            }
        }
        Map<String, List<SourceLocation>> result = new LinkedHashMap<>();
        uses.forEach((url, at) -> result.put(url, List.copyOf(at)));
        return result;
    }

    private static void add(
            Map<String, TreeSet<SourceLocation>> uses,
            String href,
            Path source,
            List<String> lines,
            boolean header) {
        String url = href.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return;
        }
        int hash = url.indexOf('#');
        if (hash >= 0) {
            url = url.substring(0, hash);
        }
        uses.computeIfAbsent(url, u -> new TreeSet<>())
                .add(SourceLocation.of(source, line(lines, url, header)));
    }

    /** The first line naming the URL: the {@code url=} header line for the entry's own URL. */
    private static int line(List<String> lines, String url, boolean header) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.contains(url)) {
                if (!header || l.stripLeading().toLowerCase(Locale.ROOT).startsWith("url")) {
                    return i + 1;
                }
                candidates.add(i + 1);
            }
        }
        return candidates.isEmpty() ? 0 : candidates.get(0);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // read and validated moments ago; without lines, the file is named
        }
    }
}
