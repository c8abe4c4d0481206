package org.sociallearning.guide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.output.OutputFolder;
import org.sociallearning.guide.testing.FixtureSites;

/** Where files may live in content/, and what a bake publishes of them. */
class ContentPlacementTest {

    @TempDir Path temp;

    @Test
    void neverPublishesFilesFromContentThatAreNotEntriesOrPages() throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Files.writeString(site.resolve("content/x.js"), "alert(1)");
        Files.writeString(
                site.resolve("content/entries/evil.svg"), "<svg><script>alert(1)</script></svg>");
        Files.writeString(site.resolve("content/feed.xml"), "<not-a-feed/>");
        BakeResult result = FixtureSites.bake(site);
        assertThat(result.written()).isTrue();
        assertThat(result.problems()).allMatch(p -> !p.isError()).hasSize(3);
        assertThat(result.output().resolve("x.js")).doesNotExist();
        assertThat(result.output().resolve("entries/evil.svg")).doesNotExist();
        assertThat(Files.readString(result.output().resolve("feed.xml")))
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    }

    @Test
    void refusesFilesThatWouldClaimAnotherPagesUrl() throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Files.copy(site.resolve("content/about.md"), site.resolve("content/directory.md"));
        Files.createDirectories(site.resolve("content/entries/more"));
        Files.copy(
                site.resolve("content/entries/beta-coach.md"),
                site.resolve("content/entries/more/alpha-course.md"));
        Files.createDirectories(site.resolve("content/guides"));
        Files.copy(site.resolve("content/about.md"), site.resolve("content/guides/about.md"));
        BakeResult result = FixtureSites.bake(site);
        assertThat(result.written()).isFalse();
        assertThat(result.problems())
                .filteredOn(Problem::isError)
                .extracting(Problem::toString)
                .containsExactly(
                        "content/directory.md:1:1: error: a page named \"directory\" would replace the site's own directory/ pages",
                        "content/entries/more/alpha-course.md:1:1: error: entries live directly in content/entries/, not in a subfolder",
                        "content/guides/about.md:1:1: error: pages live directly in content/, not in a subfolder");
    }

    @Test
    void aPageMayNotTakeAFacetsPathOrAnAssetsFolderWhateverTheTaxonomySays() throws Exception {
        Path site = FixtureSites.copy("audience", temp.resolve("src"));
        Files.copy(site.resolve("content/about.md"), site.resolve("content/audiences.md"));
        Files.copy(site.resolve("content/about.md"), site.resolve("content/css.md"));
        BakeResult result = FixtureSites.bake(site);
        assertThat(result.written()).isFalse();
        assertThat(result.problems())
                .filteredOn(Problem::isError)
                .extracting(Problem::toString)
                .containsExactly(
                        "content/audiences.md:1:1: error: a page named \"audiences\" would replace the site's own audiences/ pages",
                        "content/css.md:1:1: error: a page named \"css\" would replace the site's own css/ pages");
    }

    @Test
    void refusesToBakeWhileAnotherBakeHoldsTheOutput() {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        OutputFolder output = new OutputFolder(site.resolve("target/site"));
        Optional<OutputFolder.Lock> held = output.lock();
        assertThat(held).isPresent();
        try {
            BakeResult result = FixtureSites.bake(site);
            assertThat(result.written()).isFalse();
            assertThat(result.problems())
                    .singleElement()
                    .extracting(Problem::message)
                    .asString()
                    .startsWith("another bake is writing to this folder");
        } finally {
            held.get().close();
        }
        assertThat(FixtureSites.bake(site).written()).isTrue();
    }
}
