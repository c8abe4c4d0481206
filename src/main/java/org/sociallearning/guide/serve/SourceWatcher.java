package org.sociallearning.guide.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a site's source folders and files, recursively, and calls back once a burst of changes
 * has settled (editors often write a file in several steps), with the paths that changed, or with
 * nothing when it cannot know them all (the system dropped events).
 */
final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final List<Path> files;
    private final List<Path> trees;
    private final Duration quiet;
    private final Consumer<Optional<Set<Path>>> onChange;
    private final Thread thread;

    /**
     * @param roots folders watched with everything below them, or single files (their folder is
     *     watched)
     */
    SourceWatcher(List<Path> roots, Duration quiet, Consumer<Optional<Set<Path>>> onChange)
            throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.onChange = onChange;
        this.files =
                roots.stream()
                        .filter(Files::isRegularFile)
                        .map(p -> p.toAbsolutePath().normalize())
                        .toList();
        this.trees =
                roots.stream()
                        .filter(Files::isDirectory)
                        .map(p -> p.toAbsolutePath().normalize())
                        .toList();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            } else if (Files.isRegularFile(root)) {
                register(root.toAbsolutePath().normalize().getParent());
            }
        }
        this.thread = new Thread(this::run, "guide-watcher");
        thread.setDaemon(true);
    }

    SourceWatcher start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Burst burst = new Burst();
                drain(key, burst);
                // Let the burst settle: keep draining until nothing arrives for the quiet period.
                WatchKey next;
                while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(next, burst);
                }
                if (burst.relevant) {
                    try {
                        onChange.accept(
                                burst.everything ? Optional.empty() : Optional.of(burst.paths));
                    } catch (RuntimeException e) {
                        // the listener reports its own failures; never stop watching
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** What one burst of events changed. */
    private static final class Burst {
        boolean relevant;
        boolean everything;
        final Set<Path> paths = new HashSet<>();
    }

    private void drain(WatchKey key, Burst burst) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                burst.relevant = true;
                burst.everything = true; // events were lost: look at everything
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (isWatched(changed)) {
                burst.relevant = true;
                burst.paths.add(changed);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                        && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(changed);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private boolean isWatched(Path changed) {
        String name = changed.getFileName().toString();
        if (name.startsWith(".")
                || name.endsWith("~")
                || name.endsWith(".swp")
                || name.endsWith(".tmp")) {
            return false;
        }
        return files.contains(changed) || trees.stream().anyMatch(changed::startsWith);
    }

    private void registerTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            // Links are not followed: a linked folder is refused by the bake, not watched.
            for (Path dir :
                    walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                register(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
    }

    private void register(Path dir) {
        try {
            WatchKey key =
                    dir.register(
                            service,
                            StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
            folders.put(key, dir.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir, e);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing a watch service only fails if it is already broken: nothing to release
        }
        thread.interrupt();
    }
}
