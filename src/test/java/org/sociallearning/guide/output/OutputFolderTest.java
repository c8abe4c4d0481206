package org.sociallearning.guide.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.source.SiteSource;

class OutputFolderTest {

    @TempDir Path temp;

    @Test
    void putsThePreviousSiteBackWhenTheNewOneCannotBeMovedIntoPlace() throws Exception {
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "previous");
        OutputFolder output = new OutputFolder(site);

        assertThatThrownBy(() -> output.replaceWith(temp.resolve("no-such-staging-folder")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot move the new site into");

        assertThat(site.resolve("index.html")).hasContent("previous");
        assertThat(output.leftovers()).isEmpty();
    }

    @Test
    void keepsThePreviousSiteAsALeftoverForTheNextBakeToSweep() throws Exception {
        Path site = temp.resolve("site");
        OutputFolder output = new OutputFolder(site);
        Path first = output.newStagingFolder();
        Files.writeString(first.resolve("index.html"), "previous");
        output.replaceWith(first);
        Path staging = output.newStagingFolder();
        Files.writeString(staging.resolve("index.html"), "new");

        output.replaceWith(staging);

        assertThat(site.resolve("index.html")).hasContent("new");
        assertThat(output.leftovers())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.getFileName().toString())
                                    .startsWith(".site.guide-previous-");
                            assertThat(p.resolve("index.html")).hasContent("previous");
                        });
    }

    @Test
    void publishesFoldersAs0755AndFilesAs0644WhateverTheyWereCreatedWith() throws Exception {
        OutputFolder output = new OutputFolder(temp.resolve("site"));
        Path staging = output.newStagingFolder();
        Path sub = Files.createDirectories(staging.resolve("css"));
        Files.writeString(sub.resolve("site.css"), "body{}");
        Files.setPosixFilePermissions(sub.resolve("site.css"), perms("rw-------"));
        Files.setPosixFilePermissions(sub, perms("rwx------"));
        Files.setPosixFilePermissions(staging, perms("rwx------"));

        output.replaceWith(staging);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output.path())))
                .isEqualTo("rwxr-xr-x");
        assertThat(
                        PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(output.path().resolve("css"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(
                        PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(
                                        output.path().resolve("css/site.css"))))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void aNewStagingFolderIsReadableByOthersAndCarriesTheMarker() {
        OutputFolder output = new OutputFolder(temp.resolve("site"));
        Path staging = output.newStagingFolder();
        assertThat(staging.resolve(OutputFolder.MARKER)).isRegularFile();
        assertThat(staging.getFileName().toString()).startsWith(".site.guide-staging-");
    }

    @Test
    void leftoversAreOnlyThisOutputsMarkedFoldersNeverTheUsersOrAnotherOutputs() throws Exception {
        Path site = temp.resolve("site");
        OutputFolder output = new OutputFolder(site);
        Path mine = output.newStagingFolder();
        Path other = new OutputFolder(temp.resolve("site.x")).newStagingFolder();
        Files.createDirectories(temp.resolve(".site.important"));
        Files.createDirectories(temp.resolve(".site.cache"));
        Files.createDirectories(temp.resolve(".site.previous-123"));
        // the right name, but no marker: a user's folder that happens to look like ours
        Files.createDirectories(
                temp.resolve(".site.guide-previous-0000000000000-0123456789abcdef"));
        // the right name, a link to a marked folder elsewhere
        Files.createSymbolicLink(
                temp.resolve(".site.guide-staging-0000000000001-0123456789abcdef"), mine);

        assertThat(output.leftovers()).containsExactly(mine);
        assertThat(other.getFileName().toString()).startsWith(".site.x.guide-staging-");
    }

    @Test
    void refusesANonEmptyFolderWithoutTheMarkerEvenWhenItLooksBaked() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<p>mine");
        Files.writeString(site.resolve("entries.json"), "[]");
        Files.writeString(site.resolve("notes.txt"), "keep me");
        SiteSource source = new SiteSource(temp.resolve("src"));

        assertThat(new OutputFolder(site).refusal(source))
                .hasValueSatisfying(r -> assertThat(r).contains("was not made by a bake"));
        Files.writeString(site.resolve(OutputFolder.MARKER), "made by hand\n");
        assertThat(new OutputFolder(site).refusal(source)).isPresent();
        assertThat(new OutputFolder(temp.resolve("new")).refusal(source)).isEmpty();
    }

    @Test
    void putsTheNewestPreviousCopyBackAfterACrashBetweenTheTwoRenames() throws Exception {
        Path site = temp.resolve("site");
        OutputFolder output = new OutputFolder(site);
        for (String version : new String[] {"one", "two", "three"}) {
            Path staging = output.newStagingFolder();
            Files.writeString(staging.resolve("index.html"), version);
            output.replaceWith(staging);
            Thread.sleep(2);
        }
        // kill -9 between the renames: the output was renamed away, the new one not yet in place
        Path crashed = site.resolveSibling(".site.guide-previous-9999999999999-0123456789abcdef");
        Files.move(site, crashed);
        Path staging = output.newStagingFolder();
        Files.writeString(staging.resolve("index.html"), "four, never finished");

        assertThat(output.recover()).contains(crashed);

        assertThat(site.resolve("index.html")).hasContent("three");
        assertThat(output.leftovers()).hasSize(3).doesNotContain(crashed).contains(staging);
        assertThat(output.recover()).isEmpty();
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> perms(String s) {
        return PosixFilePermissions.fromString(s);
    }

    @Test
    void sweepsOnlyItsOwnMarkedSiblingsAndFinishesADeletionThatWasCutShort() throws Exception {
        Path site = temp.resolve("site");
        OutputFolder output = new OutputFolder(site);
        Path staging = output.newStagingFolder();
        Files.createDirectories(staging.resolve("entries/a"));
        Files.writeString(staging.resolve("entries/a/index.html"), "a");
        Path user = Files.createDirectories(temp.resolve(".site.important"));
        Files.writeString(user.resolve(OutputFolder.MARKER), "copied by hand");
        Path other = new OutputFolder(temp.resolve("site.x")).newStagingFolder();

        output.sweep(user);
        output.sweep(other);
        output.sweep(site.resolve("nothing"));
        assertThat(user.resolve(OutputFolder.MARKER)).exists();
        assertThat(other).isDirectory();

        // a sweep killed half-way: some files gone, the marker (deleted last) still there
        Files.delete(staging.resolve("entries/a/index.html"));
        assertThat(output.leftovers()).containsExactly(staging);
        output.sweep(staging);
        assertThat(staging).doesNotExist();
    }
}
