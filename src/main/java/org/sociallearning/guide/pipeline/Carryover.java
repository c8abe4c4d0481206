package org.sociallearning.guide.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.sociallearning.guide.bake.PageDigest;
import org.sociallearning.guide.bake.TemplateDigests;
import org.sociallearning.guide.site.PageSpec;
import org.sociallearning.guide.site.SitePlan;

/**
 * What an incremental bake renders and what it carries over. Every file of the site gets a key, the
 * hash of what it is made from: a page, of its view, template files and settings ({@link
 * PageDigest}); a file written as it is ({@code entries.json}), of its text; an asset, of its bytes
 * (read again only when its size or time changed). A file whose key is the one the previous bake
 * recorded, and whose output copy still has the size and time that bake wrote, is carried over:
 * left where it is in the output. Every other file is dirty: made again in a staging folder, as a
 * new file, and renamed into the output once the bake has passed its checks.
 */
final class Carryover {

    private final Map<String, String> keys = new LinkedHashMap<>();
    private final Map<String, BakeState.Stamp> assets = new TreeMap<>();
    private final List<PageSpec> dirtyPages = new ArrayList<>();
    private final Map<String, String> dirtyFiles = new LinkedHashMap<>();
    private final Set<String> dirtyAssets = new HashSet<>();
    private final Set<String> carried = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final SitePlan plan;
    private final BakeState previous;

    private static final long RACY_NANOS = 3_000_000_000L;
    private static final String PAGE = "p:";
    private static final String ASSET = "a:";
    private final String key;
    private boolean partial;

    /**
     * Works out every file's key and which are dirty against {@code previous} and the files in
     * {@code output} (none are carried from a state that is {@link BakeState#none()}).
     */
    Carryover(
            SitePlan plan,
            TemplateDigests templates,
            Path assetFolder,
            BakeState previous,
            Path output,
            PageDigest digests,
            FileKeys fileKeys) {
        this.plan = plan;
        this.previous = previous;
        this.key = previous.key();
        List<PageSpec> pages = plan.pages();
        List<String> pageKeys =
                pages.parallelStream().map(p -> key(p, digests, templates)).toList();
        for (int i = 0; i < pages.size(); i++) {
            keys.put(pages.get(i).path(), pageKeys.get(i));
        }
        for (Map.Entry<String, String> file : plan.files().entrySet()) {
            keys.put(file.getKey(), fileKeys.key(file.getKey(), file.getValue(), digests));
        }
        readAssets(assetFolder, previous.assets());
        boolean[] same = unchanged(pages.stream().map(PageSpec::path).toList(), output);
        for (int i = 0; i < pages.size(); i++) {
            if (!same[i]) {
                dirtyPages.add(pages.get(i));
            }
        }
        for (Map.Entry<String, String> file : plan.files().entrySet()) {
            if (!unchanged(file.getKey(), previous, output)) {
                dirtyFiles.put(file.getKey(), file.getValue());
            }
        }
        findDirtyAssets(output);
    }

    /**
     * Keeps every page and file of the previous output that this plan does not make, as it is: for
     * a bake that planned only some pages, knowing the rest are made from the same inputs as last
     * time. Each keeps the key {@code previous} gave it and must still be in the output as that
     * bake wrote it; false when one is not (only a full plan can make it again). A carryover that
     * keeps files cannot carry nothing.
     */
    boolean keepTheRest(Path output) {
        List<String> rest = new ArrayList<>();
        previous.files()
                .forEach(
                        (path, file) -> {
                            if (!file.key().startsWith(ASSET) && !keys.containsKey(path)) {
                                rest.add(path);
                                keys.put(path, file.key());
                            }
                        });
        partial |= !rest.isEmpty();
        for (boolean same : unchanged(rest, output)) {
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static String key(PageSpec page, PageDigest digests, TemplateDigests templates) {
        return PAGE + digests.of(page, templates.salt(page.template()));
    }

    /** One look at each output file's size and time, on every core. */
    private boolean[] unchanged(List<String> paths, Path output) {
        boolean[] same = new boolean[paths.size()];
        java.util.stream.IntStream.range(0, paths.size())
                .parallel()
                .forEach(i -> same[i] = unchanged(paths.get(i), previous, output));
        return same;
    }

    /** Keys the assets as read, and marks those not in the output as last written dirty. */
    private void findDirtyAssets(Path output) {
        for (Map.Entry<String, BakeState.Stamp> asset : assets.entrySet()) {
            keys.put(asset.getKey(), ASSET + asset.getValue().hash());
        }
        for (String asset : assets.keySet()) {
            if (!unchanged(asset, previous, output)) {
                dirtyAssets.add(asset);
            }
        }
    }

    /** How many pages the site has. */
    int pages() {
        return (int) keys.values().stream().filter(k -> k.startsWith(PAGE)).count();
    }

    /** Whether the previous output holds this file exactly as it would be made now. */
    private boolean unchanged(String path, BakeState previous, Path output) {
        BakeState.OutputFile was = previous.files().get(path);
        if (was == null || !was.key().equals(keys.get(path))) {
            return false;
        }
        try {
            BasicFileAttributes now =
                    Files.readAttributes(
                            output.resolve(path),
                            BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
            boolean same =
                    now.isRegularFile()
                            && now.size() == was.size()
                            && now.lastModifiedTime().to(TimeUnit.NANOSECONDS) == was.modified();
            if (same) {
                carried.add(path);
            }
            return same;
        } catch (IOException e) {
            return false;
        }
    }

    /** The assets as they are now, hashing only those whose size or time changed. */
    private void readAssets(Path folder, Map<String, BakeState.Stamp> before) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(
                    folder,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes a)
                                throws IOException {
                            if (!a.isRegularFile()) {
                                return FileVisitResult.CONTINUE; // JBake's copy reports it
                            }
                            String path = folder.relativize(file).toString().replace('\\', '/');
                            long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                            BakeState.Stamp was = before.get(path);
                            if (was != null
                                    && was.size() == a.size()
                                    && was.modified() == modified) {
                                assets.put(path, was);
                            } else {
                                // A file changed within the last seconds may change again within
                                // the same clock tick, same size: it is hashed again next time.
                                long now = System.currentTimeMillis() * 1_000_000L;
                                long stamp = now - modified < RACY_NANOS ? -1 : modified;
                                try (InputStream in =
                                        Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                                    assets.put(
                                            path,
                                            new BakeState.Stamp(
                                                    a.size(), stamp, sha256(in.readAllBytes())));
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the assets in " + folder, e);
        }
    }

    /** Every file of the new site, by path in the site. */
    Set<String> paths() {
        return java.util.Collections.unmodifiableSet(keys.keySet());
    }

    /** Files the previous output has and the new site does not. */
    Set<String> removed() {
        Set<String> removed = new HashSet<>(previous.files().keySet());
        removed.removeAll(keys.keySet());
        return removed;
    }

    /**
     * Carries nothing over after all: every page, file and asset is made again (for a bake that
     * swaps in a whole new folder because most files changed). The keys stay as worked out.
     */
    void carryNothing() {
        if (partial) {
            throw new IllegalStateException("a partial plan cannot make every file again");
        }
        dirtyPages.clear();
        dirtyPages.addAll(plan.pages());
        dirtyFiles.clear();
        dirtyFiles.putAll(plan.files());
        dirtyAssets.addAll(assets.keySet());
        carried.clear();
    }

    /** The part of the plan to render: dirty pages and dirty files. */
    SitePlan dirty() {
        return new SitePlan(dirtyPages, dirtyFiles, plan.entryCount());
    }

    boolean isAssetDirty(String path) {
        return dirtyAssets.contains(path);
    }

    boolean hasDirtyAssets() {
        return !dirtyAssets.isEmpty();
    }

    int carriedCount() {
        return carried.size();
    }

    /** Every file written this time, by path in the site. */
    Set<String> rewritten() {
        Set<String> written = new HashSet<>();
        for (String path : keys.keySet()) {
            if (!carried.contains(path)) {
                written.add(path);
            }
        }
        return written;
    }

    /** How many files are written this time: {@code rewritten().size()}, without making the set. */
    int rewrittenCount() {
        return keys.size() - carried.size();
    }

    /**
     * The state to leave: every file's key with its size and time as now in {@code folder} (a file
     * carried over is as the previous state recorded it).
     */
    BakeState state(
            String identity,
            Path folder,
            Map<String, String> bodies,
            org.sociallearning.guide.check.LinkIndex links,
            PlanSketch sketch) {
        Map<String, BakeState.OutputFile> files = new HashMap<>(keys.size() * 2);
        for (Map.Entry<String, String> e : keys.entrySet()) {
            if (carried.contains(e.getKey())) {
                files.put(e.getKey(), previous.files().get(e.getKey()));
                continue;
            }
            try {
                BasicFileAttributes a =
                        Files.readAttributes(
                                folder.resolve(e.getKey()),
                                BasicFileAttributes.class,
                                LinkOption.NOFOLLOW_LINKS);
                files.put(
                        e.getKey(),
                        new BakeState.OutputFile(
                                e.getValue(),
                                a.size(),
                                a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
            } catch (IOException ex) {
                // not recorded: made again next time
            }
        }
        return new BakeState(identity, key, files, assets, bodies, links, sketch);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
