package org.sociallearning.guide.bake;

import freemarker.template.TemplateException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;

/**
 * The pages a bake could not render, reported as problems at the template line that failed. One
 * broken line in the entry template fails every entry page; it is reported once, with a count.
 */
final class RenderFailures {

    private record Key(SourceLocation location, String detail) {}

    private final Path templateFolder;
    private final Map<Key, List<String>> pagesByFailure = new LinkedHashMap<>();

    RenderFailures(Path templateFolder) {
        this.templateFolder = templateFolder;
    }

    /** Records that a page failed; safe to call from several rendering threads. */
    synchronized void add(String page, String templateName, Exception e) {
        Key key = key(templateName, e);
        pagesByFailure.computeIfAbsent(key, k -> new ArrayList<>()).add(page);
    }

    synchronized int count() {
        return pagesByFailure.values().stream().mapToInt(List::size).sum();
    }

    synchronized List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        pagesByFailure.forEach(
                (key, pages) -> {
                    List<String> sorted = pages.stream().sorted().toList();
                    String which =
                            sorted.size() == 1
                                    ? sorted.get(0)
                                    : sorted.get(0) + " and " + (sorted.size() - 1) + " more pages";
                    problems.add(
                            Problem.error(
                                    key.location(),
                                    "cannot render " + which + ": " + key.detail()));
                });
        return problems;
    }

    private Key key(String templateName, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TemplateException te) {
                String name =
                        te.getTemplateSourceName() == null
                                ? templateName
                                : te.getTemplateSourceName();
                int line = te.getLineNumber() == null ? 0 : te.getLineNumber();
                int column = te.getColumnNumber() == null ? 0 : te.getColumnNumber();
                return new Key(
                        new SourceLocation(templateFolder.resolve(name), line, column),
                        summary(te.getMessageWithoutStackTop()));
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new Key(
                SourceLocation.of(templateFolder.resolve(templateName)),
                summary(String.valueOf(root.getMessage())));
    }

    /** The first two meaningful lines of a Freemarker message, without its tips and stack. */
    private static String summary(String message) {
        String text =
                message.strip()
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("----") && !l.startsWith("Tip:"))
                        .limit(2)
                        .reduce((a, b) -> a + " " + b)
                        .orElse("unknown error");
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }
}
