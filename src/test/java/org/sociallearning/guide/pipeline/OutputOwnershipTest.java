package org.sociallearning.guide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.output.OutputFolder;
import org.sociallearning.guide.source.SiteSource;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * A bake deletes only what it made, refuses folders it did not make, never leaves the output
 * missing after a crash at any point of the swap, and publishes files others can read.
 */
class OutputOwnershipTest {

    @TempDir Path temp;

    private final List<String> progress = new ArrayList<>();

    @Test
    void neverDeletesFoldersBesideTheOutputThatItDidNotMake() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Path out = Files.createDirectories(temp.resolve("out"));
        for (String name : List.of(".site.important", ".site.cache", ".site.x.staging-123")) {
            Files.createDirectories(out.resolve(name));
            Files.writeString(out.resolve(name).resolve("notes.txt"), "keep me");
        }
        // a bake of site.x that is still running has its staging folder beside ours
        Path running = new OutputFolder(out.resolve("site.x")).newStagingFolder();

        assertThat(bake(site, out.resolve("site")).written()).isTrue();
        assertThat(bake(site, out.resolve("site")).written()).isTrue();
        assertThat(bake(site, out.resolve("site")).written()).isTrue();

        for (String name : List.of(".site.important", ".site.cache", ".site.x.staging-123")) {
            assertThat(out.resolve(name).resolve("notes.txt")).hasContent("keep me");
        }
        assertThat(running).isDirectory();
    }

    @Test
    void refusesANonEmptyFolderThatLooksBakedButCarriesNoMarker() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Path output = Files.createDirectories(temp.resolve("site"));
        Files.writeString(output.resolve("index.html"), "<p>my own page");
        Files.writeString(output.resolve("entries.json"), "[]");
        Files.writeString(output.resolve("notes.txt"), "keep me");

        BakeResult result = bake(site, output);

        assertThat(result.written()).isFalse();
        assertThat(result.problems())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .contains("was not made by a bake");
        assertThat(output.resolve("notes.txt")).hasContent("keep me");
        assertThat(output.resolve("index.html")).hasContent("<p>my own page");
    }

    @Test
    void aCrashBetweenTheTwoRenamesIsRepairedByTheNextBakeEvenAFailingOne() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Path output = site.resolve("target/site");
        assertThat(bake(site, output).written()).isTrue();
        assertThat(bake(site, output).written()).isTrue();
        byte[] published = Files.readAllBytes(output.resolve("index.html"));
        // kill -9 between the renames: the output was renamed to a previous copy, the new site is
        // still in its staging folder
        Path staging = new OutputFolder(output).newStagingFolder();
        Files.writeString(staging.resolve("index.html"), "half a site");
        Files.move(
                output,
                output.resolveSibling(".site.guide-previous-9999999999999-00000000000000ff"));
        assertThat(output).doesNotExist();
        breakAnEntry(site);

        BakeResult failing = bake(site, output);

        assertThat(failing.written()).isFalse();
        assertThat(output.resolve("index.html")).hasBinaryContent(published);
        assertThat(progress).anyMatch(l -> l.startsWith("Restored the previous site from"));
        // Only the state folder (.site.guide-state) stays beside the output.
        assertThat(siblings(output))
                .noneMatch(n -> n.contains("guide-staging") || n.contains("guide-previous"));

        fixTheEntry(site);
        assertThat(bake(site, output).written()).isTrue();
        assertThat(output.resolve("index.html")).isRegularFile();
    }

    @Test
    void aCrashBeforeOrAfterTheRenamesLeavesASiteAndTheNextBakeSweepsOnlyItsOwnFolders()
            throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Path output = site.resolve("target/site");
        assertThat(bake(site, output).written()).isTrue();
        // kill -9 while baking: a staging folder is left, the output is whole
        Path staging = new OutputFolder(output).newStagingFolder();
        Files.writeString(staging.resolve("index.html"), "half a site");
        assertThat(output.resolve("index.html")).isRegularFile();
        breakAnEntry(site);

        assertThat(bake(site, output).written()).isFalse();

        assertThat(output.resolve("index.html")).isRegularFile();
        assertThat(staging).doesNotExist();
        assertThat(progress).noneMatch(l -> l.startsWith("Restored"));
    }

    @Test
    void publishesFoldersAs0755AndFilesAs0644() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Path output = site.resolve("target/site");
        assertThat(bake(site, output).written()).isTrue();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path p : walk.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertThat(mode)
                        .as(output.relativize(p).toString())
                        .isEqualTo(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--");
            }
        }
    }

    private BakeResult bake(Path site, Path output) {
        return new SiteBuilder(FixtureSites.CLOCK, progress::add)
                .build(new BakeRequest(new SiteSource(site), output, Optional.empty()));
    }

    private static void breakAnEntry(Path site) throws IOException {
        Path alpha = site.resolve("content/entries/alpha-course.md");
        Files.writeString(alpha, Files.readString(alpha).replace("kind=course", "kind=corse"));
    }

    private static void fixTheEntry(Path site) throws IOException {
        Path alpha = site.resolve("content/entries/alpha-course.md");
        Files.writeString(alpha, Files.readString(alpha).replace("kind=corse", "kind=course"));
    }

    private static List<String> siblings(Path output) throws IOException {
        try (Stream<Path> list = Files.list(output.getParent())) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("site"))
                    .toList();
        }
    }
}
