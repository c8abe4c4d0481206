package org.sociallearning.guide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** Finds anything in HTML that could run script or pull in foreign code: the XSS oracle. */
public final class ActiveContent {

    private static final Set<String> ACTIVE_TAGS =
            Set.of(
                    "script",
                    "style",
                    "iframe",
                    "frame",
                    "frameset",
                    "object",
                    "embed",
                    "applet",
                    "form",
                    "input",
                    "button",
                    "textarea",
                    "select",
                    "svg",
                    "math",
                    "base",
                    "link",
                    "video",
                    "audio",
                    "source",
                    "details",
                    "marquee");
    private static final Set<String> URL_ATTRIBUTES =
            Set.of(
                    "href",
                    "src",
                    "action",
                    "formaction",
                    "xlink:href",
                    "data",
                    "cite",
                    "background",
                    "poster",
                    "srcset",
                    "content");

    private ActiveContent() {}

    /** The XSS payloads of {@code src/test/resources/xss/payloads.txt}, comments left out. */
    public static List<String> payloads() {
        try {
            return Files.readAllLines(
                            FixtureSites.projectDir()
                                    .resolve("src/test/resources/xss/payloads.txt"),
                            StandardCharsets.UTF_8)
                    .stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("# "))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Everything active under {@code root}, described; {@code allowed} accepts the site's own
     * elements (such as its script files and JSON-LD), which are checked by the caller.
     */
    public static List<String> in(Element root, java.util.function.Predicate<Element> allowed) {
        List<String> found = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (allowed.test(e)) {
                continue;
            }
            if (ACTIVE_TAGS.contains(e.normalName())) {
                found.add("<" + e.normalName() + ">: " + e.outerHtml());
            }
            if (e.normalName().equals("meta")
                    && e.hasAttr("http-equiv")
                    && !e.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
                found.add("meta http-equiv: " + e.outerHtml());
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")) {
                    found.add("attribute " + name + ": " + e.outerHtml());
                }
                if (URL_ATTRIBUTES.contains(name) && isScriptUrl(a.getValue())) {
                    found.add("script URL in " + name + ": " + e.outerHtml());
                }
            }
        }
        return found;
    }

    /** javascript:, vbscript: or data: after removing what browsers ignore in a URL. */
    public static boolean isScriptUrl(String url) {
        String s = url.replaceAll("[\\x00-\\x20\\x7F]+", "").toLowerCase(Locale.ROOT);
        s = s.replaceFirst("^\\d+;url=", "");
        return s.startsWith("javascript:") || s.startsWith("vbscript:") || s.startsWith("data:");
    }
}
