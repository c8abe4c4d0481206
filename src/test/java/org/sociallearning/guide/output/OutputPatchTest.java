package org.sociallearning.guide.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Updating an output in place: what moves, what goes, and a patch cut short by a crash. */
class OutputPatchTest {

    @TempDir Path temp;

    private OutputFolder output;
    private Path site;

    /** An output as a full bake leaves it, with a state folder. */
    @BeforeEach
    void bakedOnce() throws Exception {
        site = temp.resolve("site");
        output = new OutputFolder(site);
        Path first = output.newStagingFolder();
        write(first, "index.html", "home v1");
        write(first, "entries/a/index.html", "a v1");
        write(first, "entries/b/index.html", "b v1");
        write(first, "entries/c/index.html", "c v1");
        Files.createDirectories(first.resolve("img"));
        output.replaceWith(first);
        assertThat(output.stateFolder()).isPresent();
    }

    @Test
    void movesWhatChangedDeletesWhatIsGoneAndLeavesTheRestAsItWas() throws Exception {
        Object untouched = Files.getAttribute(site.resolve("entries/a/index.html"), "fileKey");
        String identity = output.identity().orElseThrow();
        Path staging = output.newStagingFolder();
        write(staging, "index.html", "home v2");
        write(staging, "entries/d/index.html", "d v1");
        Files.setPosixFilePermissions(
                staging.resolve("entries/d/index.html"),
                PosixFilePermissions.fromString("rw-------"));
        Files.createDirectories(staging.resolve("img"));

        output.patchWith(staging, Set.of("entries/b/index.html"));

        assertThat(site.resolve("index.html")).hasContent("home v2");
        assertThat(site.resolve("entries/d/index.html")).hasContent("d v1");
        assertThat(
                        PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(site.resolve("entries/d"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(
                        PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(
                                        site.resolve("entries/d/index.html"))))
                .isEqualTo("rw-r--r--");
        assertThat(site.resolve("entries/b")).as("the folder the deletion emptied").doesNotExist();
        assertThat(site.resolve("img")).as("an empty folder the new site has").isDirectory();
        assertThat(Files.getAttribute(site.resolve("entries/a/index.html"), "fileKey"))
                .isEqualTo(untouched);
        assertThat(output.identity()).isPresent().get().isNotEqualTo(identity);
        assertThat(OutputMarker.isOn(site)).isTrue();
        assertThat(output.stateFolder().orElseThrow().resolve(OutputPatch.JOURNAL)).doesNotExist();
        // what is left of the staging folder is the tool's, and swept like any leftover
        assertThat(output.leftovers()).contains(staging);
        output.sweep(staging);
        assertThat(staging).doesNotExist();
    }

    @Test
    void aPatchCutShortIsFinishedByTheNextBake() throws Exception {
        Path staging = output.newStagingFolder();
        write(staging, "index.html", "home v2");
        write(staging, "entries/a/index.html", "a v2");
        Path state = output.stateFolder().orElseThrow();
        // As a bake killed after its first rename leaves it: the journal, the next marker, one
        // file moved and one not, the deletion not done.
        OutputMarker.write(state, "next-marker");
        journal(
                state,
                staging.getFileName().toString(),
                "M entries/a/index.html",
                "M index.html",
                "D entries/c/index.html");
        Files.move(
                staging.resolve("entries/a/index.html"),
                site.resolve("entries/a/index.html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String identity = output.identity().orElseThrow();

        assertThat(output.finishPatch()).isTrue();

        assertThat(site.resolve("entries/a/index.html")).hasContent("a v2");
        assertThat(site.resolve("index.html")).hasContent("home v2");
        assertThat(site.resolve("entries/c")).doesNotExist();
        assertThat(site.resolve("entries/b/index.html")).hasContent("b v1");
        assertThat(output.identity()).isPresent().get().isNotEqualTo(identity);
        assertThat(state.resolve(OutputPatch.JOURNAL)).doesNotExist();
        assertThat(output.finishPatch()).as("nothing left to finish").isFalse();
    }

    @Test
    void aJournalNamingPlacesOutsideTheOutputTouchesNothingThere() throws Exception {
        Path outside = Files.writeString(temp.resolve("keep.txt"), "mine");
        Path staging = output.newStagingFolder();
        write(staging, "index.html", "home v2");
        Path state = output.stateFolder().orElseThrow();
        journal(
                state,
                staging.getFileName().toString(),
                "D ../keep.txt",
                "D /" + outside,
                "D entries/../../keep.txt",
                "M index.html");

        assertThat(output.finishPatch()).isTrue();

        assertThat(outside).hasContent("mine");
        assertThat(site.resolve("index.html")).hasContent("home v2");
    }

    @Test
    void aJournalWhoseStagingFolderIsNotThisOutputsIsDroppedUnread() throws Exception {
        Path foreign = Files.createDirectories(temp.resolve("elsewhere"));
        write(foreign, "index.html", "not ours");
        Path state = output.stateFolder().orElseThrow();
        journal(state, "elsewhere", "M index.html");

        assertThat(output.finishPatch()).isFalse();

        assertThat(site.resolve("index.html")).hasContent("home v1");
        assertThat(foreign.resolve("index.html")).hasContent("not ours");
        assertThat(state.resolve(OutputPatch.JOURNAL)).doesNotExist();
    }

    /** A journal as a bake writes it: the format, the staging folder's name, then the steps. */
    private static void journal(Path state, String staging, String... steps) throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of("guide-patch 1", staging));
        lines.addAll(List.of(steps));
        Files.write(state.resolve(OutputPatch.JOURNAL), lines, StandardCharsets.UTF_8);
    }

    private static void write(Path folder, String path, String text) throws Exception {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
