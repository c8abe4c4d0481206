package org.sociallearning.guide.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "previous");
        OutputFolder output = new OutputFolder(site);
        Path staging = output.newStagingFolder();
        Files.writeString(staging.resolve("index.html"), "new");

        output.replaceWith(staging);

        assertThat(site.resolve("index.html")).hasContent("new");
        assertThat(output.leftovers())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.getFileName().toString()).startsWith(".site.previous-");
                            assertThat(p.resolve("index.html")).hasContent("previous");
                        });
    }
}
