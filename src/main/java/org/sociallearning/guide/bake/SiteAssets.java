package org.sociallearning.guide.bake;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's asset copying, limited to the site's {@code assets/} folder and to regular files in it.
 * Stock JBake also copies every file in {@code content/} that is not Markdown, after the pages are
 * rendered: a contributor's {@code .js} or {@code .svg} would then be served from the site's own
 * origin (which its Content-Security-Policy trusts), and a {@code content/feed.xml} would replace
 * the generated feed. Content holds entries and pages only; the validator warns about anything else
 * there. Stock JBake also follows links: {@code assets/passwd.txt -> /etc/passwd} would publish the
 * machine's file, and a linked folder is copied with everything in it. Here a link, a device or a
 * FIFO is never followed or copied, but reported (the source scan refuses them before a bake, so
 * this is the second line).
 */
final class SiteAssets extends Asset {

    private final JBakeConfiguration config;
    private final List<Throwable> refused = new ArrayList<>();
    private final java.util.function.Predicate<String> wanted;

    /**
     * @param wanted which files to copy, by path in the site: an incremental bake copies only the
     *     assets that changed (folders are always made, so empty ones are there as in a full bake)
     */
    SiteAssets(JBakeConfiguration config, java.util.function.Predicate<String> wanted) {
        super(config);
        this.config = config;
        this.wanted = wanted;
    }

    @Override
    public void copy() {
        copy(config.getAssetFolder());
    }

    @Override
    public void copy(File folder) {
        Path from = folder.toPath();
        Path to = config.getDestinationFolder().toPath();
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                refused.add(new IOException("not a plain folder, not copied: " + from));
            }
            return;
        }
        try {
            Files.walkFileTree(
                    from,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(
                                Path dir, BasicFileAttributes attributes) throws IOException {
                            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                                throws IOException {
                            if (!attributes.isRegularFile()) {
                                refused.add(
                                        new IOException(
                                                "not a regular file, not copied: "
                                                        + from.relativize(file)));
                                return FileVisitResult.CONTINUE;
                            }
                            String path = from.relativize(file).toString().replace('\\', '/');
                            if (!wanted.test(path)) {
                                return FileVisitResult.CONTINUE;
                            }
                            Files.copy(
                                    file,
                                    to.resolve(from.relativize(file).toString()),
                                    StandardCopyOption.REPLACE_EXISTING,
                                    LinkOption.NOFOLLOW_LINKS);
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            refused.add(e);
        }
    }

    @Override
    public void copySingleFile(File file) {
        // Only used by JBake's incremental mode, which the guide never runs.
        refused.add(new IOException("single-file asset copy is not supported: " + file));
    }

    @Override
    public void copyAssetsFromContent(File path) {
        // Deliberately nothing: see the class comment.
    }

    @Override
    public List<Throwable> getErrors() {
        List<Throwable> all = new ArrayList<>(super.getErrors());
        all.addAll(refused);
        return all;
    }
}
