package org.sociallearning.guide.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sociallearning.guide.entry.BaseUrl;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;

/**
 * Checks every link of a baked site without the network: each HTML page is read once, in parallel;
 * every {@code a[href]}, {@code link[href]}, {@code img[src]}, {@code srcset}, {@code script[src]},
 * meta refresh and {@code og:url}/{@code og:image} is resolved against its page and the site's base
 * path; the target file must exist ({@code /x/} means {@code /x/index.html}) and a {@code
 * #fragment} must name an {@code id} or {@code a[name]} in the target page.
 *
 * <pre>{@code
 * InternalLinkReport report = new InternalLinkChecker().check(stagingFolder, BaseUrl.of("https://example.org/guide/"));
 * report.problems(); // entries/x/index.html:42: error: broken link "../y/" (no such page)
 * }</pre>
 */
public final class InternalLinkChecker {

    /** A link still to check once every page's anchors are known. */
    private record FragmentLink(String url, int line, String file, String fragment) {}

    /**
     * @param targets the files the page links to (itself left out), {@code true} for a link that
     *     names a fragment
     */
    private record PageResult(
            String page,
            Set<String> anchors,
            List<FragmentLink> fragments,
            List<Problem> problems,
            int links,
            Map<String, Boolean> targets) {}

    /** A check's report, and the index of who links to what for the next check. */
    public record Run(InternalLinkReport report, LinkIndex index) {}

    /**
     * Checks the site in {@code siteRoot}, served at {@code baseUrl} (such as {@code
     * https://example.org/guide/}, whose absolute self-links are checked too).
     */
    public InternalLinkReport check(Path siteRoot, BaseUrl baseUrl) {
        return check(siteRoot, baseUrl, LinkIndex.empty(), Set.of()).report();
    }

    /**
     * Checks a site of which only some files were rewritten since a check that found nothing broken
     * and left {@code previous}: reads the rewritten pages, and the other pages only when a file
     * they link to is gone or a page they link into with a fragment was rewritten (a reverse link
     * index). With an empty index every page is read, as {@link #check(Path, BaseUrl)} does.
     *
     * @param rewritten paths (relative to the site, with {@code /}) of the files written since
     */
    public Run check(Path siteRoot, BaseUrl baseUrl, LinkIndex previous, Set<String> rewritten) {
        Objects.requireNonNull(siteRoot, "siteRoot");
        Set<String> files = new HashSet<>();
        walk(siteRoot, files);
        return check(siteRoot, siteRoot, files, baseUrl, previous, rewritten);
    }

    /**
     * The same for a site that is not in one folder yet: the {@code rewritten} files are in {@code
     * changed} (a staging folder), every other file in {@code rest} (the output it will update).
     *
     * @param files every file of the site, by path relative to it with {@code /}
     */
    public Run check(
            Path changed,
            Path rest,
            Set<String> files,
            BaseUrl baseUrl,
            LinkIndex previous,
            Set<String> rewritten) {
        long start = System.nanoTime();
        SiteBase base = SiteBase.of(baseUrl);
        java.util.function.Function<String, Path> siteRoot =
                page -> (rewritten.contains(page) ? changed : rest).resolve(page);
        Set<String> pages = new HashSet<>();
        for (String f : files) {
            if (isHtml(f)) {
                pages.add(f);
            }
        }
        LinkIndex.Recheck recheck = previous.against(files, rewritten);
        List<String> read =
                pages.stream()
                        .filter(p -> rewritten.contains(p) || recheck.mustRecheck(p))
                        .sorted()
                        .toList();
        List<PageResult> results =
                read.parallelStream().map(page -> scan(siteRoot, page, base, files)).toList();
        Map<String, Set<String>> anchors = new java.util.concurrent.ConcurrentHashMap<>();
        for (PageResult r : results) {
            anchors.put(r.page(), r.anchors());
        }
        // Pages not read again keep their entries; those read again get new ones below.
        LinkIndex.Builder index = new LinkIndex.Builder(previous);
        index.retain(pages);
        List<Problem> problems = new ArrayList<>();
        int links = 0;
        for (PageResult r : results) {
            index.page(r.page(), r.targets());
            links += r.links();
            problems.addAll(r.problems());
            for (FragmentLink link : r.fragments()) {
                // A page not read this time is read for its ids only when a link needs them.
                Set<String> ids =
                        anchors.computeIfAbsent(
                                link.file(), f -> scan(siteRoot, f, base, files).anchors());
                if (!hasFragment(ids, link.fragment())) {
                    problems.add(
                            Problem.error(
                                    SourceLocation.of(Path.of(r.page()), link.line()),
                                    "broken link \"" + link.url() + "\" (no such fragment)",
                                    "no id=\"" + link.fragment() + "\" in " + link.file()));
                }
            }
        }
        return new Run(
                new InternalLinkReport(
                        read.size(), links, problems, Duration.ofNanos(System.nanoTime() - start)),
                index.build());
    }

    private static boolean hasFragment(Set<String> ids, String fragment) {
        return fragment.isEmpty()
                || ids.contains(fragment)
                || ids.contains(LinkTarget.decode(fragment))
                || fragment.equalsIgnoreCase("top");
    }

    private static PageResult scan(
            java.util.function.Function<String, Path> root,
            String page,
            SiteBase base,
            Set<String> files) {
        byte[] html;
        try {
            html = Files.readAllBytes(root.apply(page));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
        Set<String> anchors = new HashSet<>();
        List<FragmentLink> fragments = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Boolean> targets = new HashMap<>();
        int[] links = {0};
        String[] context = {page};
        HtmlScanner.scan(
                html,
                new HtmlScanner.Sink() {
                    @Override
                    public void reference(String url, int line) {
                        links[0]++;
                        if (context[0] == null && !url.startsWith("/") && !url.startsWith("#")) {
                            return; // relative to an external <base>
                        }
                        check(url, line, context[0] == null ? page : context[0]);
                    }

                    @Override
                    public void anchor(String name) {
                        anchors.add(name);
                    }

                    @Override
                    public void base(String href, int line) {
                        LinkTarget target = LinkTarget.resolve(href, page, base);
                        context[0] = target instanceof LinkTarget.InSite in ? in.file() : null;
                    }

                    private void check(String url, int line, String against) {
                        LinkTarget target = LinkTarget.resolve(url, against, base);
                        if (target instanceof LinkTarget.Unreachable u) {
                            problems.add(broken(page, line, url, "no such page", u.why()));
                        } else if (target instanceof LinkTarget.InSite in) {
                            Optional<String> file = existing(in.file(), files);
                            if (file.isEmpty()) {
                                problems.add(
                                        broken(
                                                page,
                                                line,
                                                url,
                                                "no such page",
                                                "resolves to "
                                                        + in.file()
                                                        + ", which does not exist"));
                            } else {
                                boolean fragment = in.fragment().isPresent() && isHtml(file.get());
                                if (fragment) {
                                    fragments.add(
                                            new FragmentLink(
                                                    url, line, file.get(), in.fragment().get()));
                                }
                                if (!file.get().equals(page)) {
                                    targets.merge(file.get(), fragment, Boolean::logicalOr);
                                }
                            }
                        }
                    }
                });
        return new PageResult(page, anchors, fragments, problems, links[0], targets);
    }

    /** The file a target names: itself, or the index of a folder named without its slash. */
    private static Optional<String> existing(String file, Set<String> files) {
        if (files.contains(file)) {
            return Optional.of(file);
        }
        String index = file.isEmpty() ? "index.html" : file + "/index.html";
        return files.contains(index) ? Optional.of(index) : Optional.empty();
    }

    /** Whether a file is a page, by its extension in any case (no lower-cased copy per file). */
    private static boolean isHtml(String file) {
        return endsWithIgnoringCase(file, ".html") || endsWithIgnoringCase(file, ".htm");
    }

    private static boolean endsWithIgnoringCase(String file, String suffix) {
        int from = file.length() - suffix.length();
        return from >= 0 && file.regionMatches(true, from, suffix, 0, suffix.length());
    }

    private static Problem broken(String page, int line, String url, String what, String hint) {
        return Problem.error(
                SourceLocation.of(Path.of(page), line),
                "broken link \"" + url + "\" (" + what + ")",
                hint);
    }

    private static void walk(Path root, Set<String> files) {
        try {
            Files.walkFileTree(
                    root,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            files.add(root.relativize(file).toString().replace('\\', '/'));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the site folder " + root, e);
        }
    }
}
