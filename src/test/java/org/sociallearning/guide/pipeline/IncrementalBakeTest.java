package org.sociallearning.guide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.source.SiteSource;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * The incremental bake's proof: random edit sequences on a small site, each followed by an
 * incremental bake compared file by file with a clean bake of the same sources. Nothing is excluded
 * from the comparison: the bake's state lives beside the output, never in it.
 */
class IncrementalBakeTest {

    /** Edit sequences per run; each is one to three edits, then the two bakes. */
    static final int SEQUENCES = 200;

    @TempDir Path temp;

    @Test
    void everyIncrementalBakeIsByteIdenticalToACleanBake() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        editAndCompare(site, SEQUENCES, 4, false);
    }

    /**
     * On a site of 120 entries most pages outlive an edit, so the preview's long-lived builder
     * takes most entry pages from its memo: the same proof, with the memo doing real work.
     */
    @Test
    void thePreviewsWarmBakesAreByteIdenticalToCleanBakesOnALargerSite() throws IOException {
        Path site = temp.resolve("synthetic");
        org.sociallearning.guide.bench.SyntheticSite.write(FixtureSites.projectDir(), site, 120);
        Proof proof = editAndCompare(site, 40, Integer.MAX_VALUE, false);
        assertThat(proof.reused()).as("entry pages taken from the memo").isPositive();
    }

    /**
     * A repeat {@code guide bake} (a new process: only the state on disk carries over) after edits
     * to bodies alone plans only those entries' pages: the same proof, every bake a new builder's,
     * most edits a body's.
     */
    @Test
    void repeatBakesAfterBodyEditsAreByteIdenticalToCleanBakes() throws IOException {
        Path site = temp.resolve("synthetic");
        org.sociallearning.guide.bench.SyntheticSite.write(FixtureSites.projectDir(), site, 120);
        Proof proof = editAndCompare(site, 40, 1, true);
        assertThat(proof.partial()).as("bakes that planned only some pages").isPositive();
    }

    @Test
    void aRepeatBakeAfterABodyEditPlansOnlyThatEntrysPage() throws IOException {
        Path site = temp.resolve("synthetic");
        org.sociallearning.guide.bench.SyntheticSite.write(FixtureSites.projectDir(), site, 120);
        Path output = site.resolve("target/site");
        BakeRequest request = new BakeRequest(new SiteSource(site), output, Optional.empty());
        BakeResult first = new SiteBuilder(FixtureSites.CLOCK, line -> {}).build(request);
        assertThat(first.written()).isTrue();
        Path entry;
        try (var entries = Files.list(site.resolve("content/entries"))) {
            entry = entries.sorted().skip(7).findFirst().orElseThrow();
        }

        Files.writeString(entry, Files.readString(entry) + "\nOne more paragraph.\n");
        SiteBuilder afterBody = new SiteBuilder(FixtureSites.CLOCK, line -> {});
        BakeResult body = afterBody.build(request);
        assertThat(body.written()).isTrue();
        assertThat(afterBody.pagesPlannedLastTime()).isEqualTo(1);
        assertThat(body.rendered()).isEqualTo(1);
        assertThat(body.pages()).isEqualTo(first.pages());

        SiteBuilder unchanged = new SiteBuilder(FixtureSites.CLOCK, line -> {});
        assertThat(unchanged.build(request).rendered()).isZero();
        assertThat(unchanged.pagesPlannedLastTime()).isZero();

        // A summary shows on cards: every page is planned again.
        Files.writeString(
                entry, Files.readString(entry).replaceFirst("(?m)^summary=", "summary=Changed: "));
        SiteBuilder afterSummary = new SiteBuilder(FixtureSites.CLOCK, line -> {});
        assertThat(afterSummary.build(request).written()).isTrue();
        assertThat(afterSummary.pagesPlannedLastTime()).isEqualTo(first.pages());
    }

    @Test
    void whenMostFilesChangeANewFolderIsSwappedInRatherThanEachFileRenamed() throws IOException {
        Path site = temp.resolve("synthetic");
        org.sociallearning.guide.bench.SyntheticSite.write(FixtureSites.projectDir(), site, 80);
        Path output = site.resolve("target/site");
        assertThat(bake(site, output, false).written()).isTrue();
        Object folder = Files.getAttribute(output, "fileKey");
        Path entry;
        try (var entries = Files.list(site.resolve("content/entries"))) {
            entry = entries.sorted().findFirst().orElseThrow();
        }
        Files.writeString(entry, Files.readString(entry) + "\nOne more paragraph.\n");
        assertThat(bake(site, output, false).carried()).isPositive();
        assertThat(Files.getAttribute(output, "fileKey")).as("updated in place").isEqualTo(folder);

        BakeResult moved =
                new SiteBuilder(FixtureSites.CLOCK, line -> {})
                        .build(
                                new BakeRequest(
                                        new SiteSource(site),
                                        output,
                                        Optional.of("https://elsewhere.example/guide/")));

        assertThat(moved.written()).isTrue();
        assertThat(moved.carried()).as("every page names the new base URL").isZero();
        assertThat(Files.getAttribute(output, "fileKey")).as("a new folder").isNotEqualTo(folder);
    }

    @Test
    void aBodyEditPlansOnlyItsOwnEntryPageAgainInALongLivedBuilder() throws IOException {
        Path site = temp.resolve("synthetic");
        org.sociallearning.guide.bench.SyntheticSite.write(FixtureSites.projectDir(), site, 120);
        Path output = site.resolve("target/site");
        SiteBuilder builder = SiteBuilder.longLived(FixtureSites.CLOCK, line -> {});
        BakeRequest request = new BakeRequest(new SiteSource(site), output, Optional.empty());
        BakeResult first = builder.build(request);
        assertThat(first.written()).isTrue();
        assertThat(builder.filesValidatedLastTime()).isGreaterThanOrEqualTo(120);
        Path entry;
        try (var entries = Files.list(site.resolve("content/entries"))) {
            entry = entries.sorted().skip(7).findFirst().orElseThrow();
        }
        Files.writeString(entry, Files.readString(entry) + "\nOne more paragraph.\n");

        BakeResult again = builder.build(request);

        assertThat(again.written()).isTrue();
        assertThat(builder.filesValidatedLastTime()).isEqualTo(1);
        assertThat(builder.entryPagesReusedLastTime()).isEqualTo(first.entries() - 1);
        assertThat(again.rendered()).isEqualTo(1);
        builder.finishWriting();
    }

    /**
     * Edits the site at random {@code sequences} times, each time baking incrementally and cleanly
     * and comparing; a new builder bakes every {@code freshEvery}-th sequence, the long-lived one
     * the others.
     *
     * @param mostlyBodies whether most edits are to an entry's body
     */
    private Proof editAndCompare(Path site, int sequences, int freshEvery, boolean mostlyBodies)
            throws IOException {
        String fixed = System.getenv("GUIDE_INCREMENTAL_SEED");
        long seed = fixed == null || fixed.isBlank() ? System.nanoTime() : Long.parseLong(fixed);
        Path output = site.resolve("target/site");
        int reused = 0;
        Path clean = temp.resolve("clean/site");
        SiteEditor editor =
                mostlyBodies
                        ? SiteEditor.mostlyBodies(site, new Random(seed))
                        : new SiteEditor(site, new Random(seed));
        int partial = 0;
        List<String> log = new ArrayList<>();
        int failures = 0;
        int failedInARow = 0;
        int carried = 0;
        SiteBuilder warm = SiteBuilder.longLived(FixtureSites.CLOCK, line -> {});
        boolean freshBefore = false;
        try {
            assertThat(bake(site, output, false).written()).isTrue();
            for (int sequence = 0; sequence < sequences; sequence++) {
                Map<String, byte[]> before = files(output);
                if (failedInARow >= 5) {
                    // Deleted entries leave links that break every bake: heal them now and then.
                    log.add(sequence + ": " + editor.healLinks());
                }
                int edits = 1 + editor.random.nextInt(3);
                for (int k = 0; k < edits; k++) {
                    log.add(sequence + ": " + editor.edit());
                }
                // Mostly one long-lived builder, as the preview bakes (its validation cache and
                // plan memo carry from bake to bake); now and then a new one, as a repeat
                // `guide bake` does (only the state on disk carries over).
                boolean fresh = sequence % freshEvery == freshEvery - 1;
                // The long-lived builder is told what changed, as the preview's watcher tells it
                // (after a failed bake too: it saw those files then).
                Set<Path> changed = editor.touched();
                BakeRequest request =
                        new BakeRequest(new SiteSource(site), output, Optional.empty());
                SiteBuilder builder =
                        fresh ? new SiteBuilder(FixtureSites.CLOCK, line -> {}) : warm;
                BakeResult incremental =
                        fresh
                                ? builder.build(request)
                                : warm.build(
                                        sequence == 0 || freshBefore
                                                ? request
                                                : request.withChanged(changed));
                freshBefore = fresh;
                if (!fresh) {
                    reused += warm.entryPagesReusedLastTime();
                } else if (incremental.written()
                        && builder.pagesPlannedLastTime() < incremental.pages()) {
                    partial++;
                }
                BakeResult full = bake(site, clean, true);
                assertThat(incremental.written())
                        .as("both bakes succeed or fail: %s", incremental.problems())
                        .isEqualTo(full.written());
                if (incremental.written()) {
                    assertSameTree(files(output), files(clean));
                    carried += incremental.carried();
                    failedInARow = 0;
                } else {
                    failures++;
                    failedInARow++;
                    assertSameTree(files(output), before); // a failed bake changed nothing
                    assertThat(messages(incremental, output)).isEqualTo(messages(full, clean));
                }
            }
        } catch (AssertionError | IOException | RuntimeException e) {
            fail(
                    "seed "
                            + seed
                            + " (run again with GUIDE_INCREMENTAL_SEED="
                            + seed
                            + " ./mvnw test -Dtest=IncrementalBakeTest), edits:\n"
                            + String.join("\n", log),
                    e);
        }
        warm.finishWriting();
        // The proof means something only if both kinds of outcome occurred, and pages were carried.
        assertThat(failures).as("failed bakes (seed %d)", seed).isPositive();
        assertThat(carried).as("files carried over (seed %d)", seed).isPositive();
        return new Proof(reused, partial);
    }

    /**
     * What the bakes of a proof did besides matching clean bakes.
     *
     * @param reused entry pages the long-lived builder took from its memo
     * @param partial new builders' bakes that planned only some pages
     */
    private record Proof(int reused, int partial) {}

    @Test
    void editingOneBodyRendersOnlyItsPage() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Path output = site.resolve("target/site");
        assertThat(bake(site, output, false).written()).isTrue();
        Map<String, Object> inodes = inodes(output);
        Path alpha = site.resolve("content/entries/alpha-course.md");
        Files.writeString(
                alpha, Files.readString(alpha) + "\nOne more paragraph.\n", StandardCharsets.UTF_8);

        BakeResult result = bake(site, output, false);

        assertThat(result.written()).isTrue();
        assertThat(result.rendered()).isEqualTo(1);
        assertThat(rewritten(inodes, inodes(output)))
                .containsExactly("entries/alpha-course/index.html");
        // Everything else but the marker, which every bake writes new.
        assertThat(result.carried()).isEqualTo(inodes.size() - 2);
    }

    @Test
    void editingOneSummaryRendersThePagesThatShowIt() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Path output = site.resolve("target/site");
        assertThat(bake(site, output, false).written()).isTrue();
        Map<String, byte[]> before = files(output);
        Map<String, Object> inodes = inodes(output);
        Path alpha = site.resolve("content/entries/alpha-course.md");
        Files.writeString(
                alpha,
                Files.readString(alpha)
                        .replace("summary=A course on", "summary=A changed course on"),
                StandardCharsets.UTF_8);

        BakeResult result = bake(site, output, false);

        assertThat(result.written()).isTrue();
        Map<String, byte[]> after = files(output);
        List<String> changed =
                after.keySet().stream()
                        .filter(p -> !Arrays.equals(after.get(p), before.get(p)))
                        .sorted()
                        .toList();
        // Exactly the files whose bytes changed were written: its page, the listings that show
        // its card, the feed and entries.json; nothing else.
        assertThat(rewritten(inodes, inodes(output))).containsExactlyElementsOf(changed);
        assertThat(changed)
                .contains(
                        "entries/alpha-course/index.html",
                        "directory/index.html",
                        "kinds/course/index.html",
                        "entries.json")
                .doesNotContain("about/index.html", "kinds/coach/index.html");
        // The JSON files (entries.json, the filter's index and card text) are written, not
        // rendered.
        assertThat(result.rendered())
                .isEqualTo(changed.stream().filter(p -> !p.endsWith(".json")).count());
    }

    @Test
    void aPageNotRenderedAgainIsStillCheckedWhenWhatItLinksToIsGone() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Path output = site.resolve("target/site");
        Path about = site.resolve("content/about.md");
        Files.writeString(
                about, Files.readString(about) + "\nSee [alpha](../entries/alpha-course/).\n");
        assertThat(bake(site, output, false).written()).isTrue();

        Files.delete(site.resolve("content/entries/alpha-course.md"));
        BakeResult result = bake(site, output, false);

        // About's view did not change, so its page is carried over, not rendered: only the
        // reverse link index sends the checker back to it.
        assertThat(result.written()).isFalse();
        assertThat(messages(result, output))
                .anySatisfy(
                        m ->
                                assertThat(m)
                                        .matches(
                                                "about/index.html:[0-9]+: broken link"
                                                        + " \"../entries/alpha-course/\".*"));
        assertThat(output.resolve("entries/alpha-course/index.html")).exists();
    }

    @Test
    void fullBakeRendersEverything() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Path output = site.resolve("target/site");
        BakeResult first = bake(site, output, false);
        BakeResult again = bake(site, output, true);
        assertThat(again.rendered()).isEqualTo(first.rendered()).isEqualTo(first.pages());
        assertThat(again.carried()).isZero();
        assertThat(bake(site, output, false).rendered()).isZero();
    }

    @Test
    void stateOfAnotherOutputIsNotTrusted() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Path output = site.resolve("target/site");
        assertThat(bake(site, output, false).written()).isTrue();
        // Someone edits a published file in place: it is made again, never carried over.
        Files.writeString(output.resolve("about/index.html"), "tampered");
        BakeResult result = bake(site, output, false);
        assertThat(result.rendered()).isEqualTo(1);
        assertThat(Files.readString(output.resolve("about/index.html"))).contains("About");
        // The output replaced by a copy (another marker): nothing is carried over.
        Path copy = temp.resolve("copy");
        org.sociallearning.guide.output.FileTrees.copy(output, copy);
        org.sociallearning.guide.output.FileTrees.delete(output);
        Files.move(copy, output);
        assertThat(bake(site, output, false).carried()).isZero();
    }

    private static BakeResult bake(Path site, Path output, boolean full) {
        BakeRequest request = new BakeRequest(new SiteSource(site), output, Optional.empty());
        return new SiteBuilder(FixtureSites.CLOCK, line -> {})
                .build(full ? request.fully() : request);
    }

    /**
     * A bake's problems, pages named relative to the output, sorted: the two bakes write to
     * different folders, so their problems' own order (by full path) may differ.
     */
    private static List<String> messages(BakeResult result, Path output) {
        return result.problems().stream()
                .map(
                        p -> {
                            Path file = p.location().file();
                            Path absolute =
                                    file.isAbsolute()
                                            ? file
                                            : output.getParent().getParent().resolve(file);
                            Path shown =
                                    absolute.startsWith(output)
                                            ? output.relativize(absolute)
                                            : file;
                            return shown + ":" + p.location().line() + ": " + p.message();
                        })
                .sorted()
                .toList();
    }

    private static List<String> rewritten(Map<String, Object> before, Map<String, Object> after) {
        return after.keySet().stream()
                .filter(p -> !p.equals(org.sociallearning.guide.output.OutputFolder.MARKER))
                .filter(p -> !after.get(p).equals(before.get(p)))
                .sorted()
                .toList();
    }

    private static Map<String, Object> inodes(Path root) throws IOException {
        Map<String, Object> inodes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                inodes.put(
                        root.relativize(p).toString(),
                        Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class)
                                .fileKey());
            }
        }
        return inodes;
    }

    /** Every file and folder of a tree, folders with {@code null}. */
    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String name = root.relativize(p).toString();
                files.put(name, Files.isDirectory(p) ? new byte[] {'/'} : Files.readAllBytes(p));
            }
        }
        return files;
    }

    static void assertSameTree(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String name : expected.keySet()) {
            if (!Arrays.equals(actual.get(name), expected.get(name))) {
                fail(
                        name
                                + " differs:\n--- incremental\n"
                                + new String(actual.get(name), StandardCharsets.UTF_8)
                                + "\n--- clean\n"
                                + new String(expected.get(name), StandardCharsets.UTF_8));
            }
        }
    }
}
