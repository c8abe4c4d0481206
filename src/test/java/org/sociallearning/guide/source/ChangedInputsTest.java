package org.sociallearning.guide.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.testing.FixtureSites;
import org.sociallearning.guide.validate.ValidationCache;

/**
 * Reading only the files a watcher saw change gives what reading everything gives, and the same
 * refusals for what a pull request could plant.
 */
class ChangedInputsTest {

    @TempDir Path temp;

    private SiteSource source;
    private final ValidationCache cache = new ValidationCache();

    @BeforeEach
    void site() {
        source = new SiteSource(FixtureSites.copy("basic", temp.resolve("site")));
        Inputs.read(source, List.of(), FixtureSites.CLOCK, cache); // the full read to start from
    }

    @Test
    void anEditedAddedAndDeletedEntryGiveWhatAFullReadGives() throws Exception {
        Path edited = entry(0);
        Files.writeString(edited, Files.readString(edited).replace("title=", "title=Edited "));
        Path deleted = entry(1);
        Path added = source.entries().resolve("a-new-one.md");
        Files.writeString(
                added,
                Files.readString(deleted).replaceFirst("url=\\S+", "url=https://example.org/new"));
        Files.delete(deleted);

        Inputs changed =
                Inputs.readChanged(
                        source, FixtureSites.CLOCK, cache, Set.of(edited, deleted, added));

        Inputs full = Inputs.read(source, List.of(), FixtureSites.CLOCK, new ValidationCache());
        assertThat(changed.report().entries()).isEqualTo(full.report().entries());
        assertThat(changed.report().pages()).isEqualTo(full.report().pages());
        assertThat(changed.report().problems()).isEqualTo(full.report().problems());
        assertThat(changed.report().entries())
                .anySatisfy(e -> assertThat(e.title()).startsWith("Edited "));
    }

    @Test
    void filesTheWatcherDidNotNameAreNotLookedAt() throws Exception {
        Path named = entry(0);
        Path unnamed = entry(2);
        Files.writeString(named, Files.readString(named).replace("title=", "title=Named "));
        Files.writeString(unnamed, Files.readString(unnamed).replace("title=", "title=Unnamed "));

        Inputs changed = Inputs.readChanged(source, FixtureSites.CLOCK, cache, Set.of(named));

        assertThat(changed.report().entries())
                .anySatisfy(e -> assertThat(e.title()).startsWith("Named "))
                .noneSatisfy(e -> assertThat(e.title()).startsWith("Unnamed "));
        assertThat(cache.validatedLastTime()).isEqualTo(1);
    }

    @Test
    void aLinkSavedAsAnEntryIsRefusedUnread() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "title=do not print me\n");
        Path link = source.entries().resolve("planted.md");
        Files.createSymbolicLink(link, secret);

        Inputs changed = Inputs.readChanged(source, FixtureSites.CLOCK, cache, Set.of(link));

        assertThat(changed.hasErrors()).isTrue();
        assertThat(changed.report().problems())
                .anySatisfy(p -> assertThat(p.message()).contains("is a symbolic link"))
                .noneSatisfy(p -> assertThat(p.toString()).contains("do not print me"));
    }

    @Test
    void aChangeThatIsNotAnEntryMeansEverythingIsLookedAt() throws Exception {
        Path notes = Files.writeString(source.entries().resolve("notes.txt"), "scratch");
        Path edited = entry(0);
        Files.writeString(edited, Files.readString(edited).replace("title=", "title=Edited "));

        Inputs changed =
                Inputs.readChanged(source, FixtureSites.CLOCK, cache, Set.of(notes, edited));

        assertThat(changed.report().problems())
                .anySatisfy(p -> assertThat(p.message()).contains("is not a .md file"));
        assertThat(changed.report().entries())
                .anySatisfy(e -> assertThat(e.title()).startsWith("Edited "));
    }

    private Path entry(int n) throws Exception {
        try (Stream<Path> entries = Files.list(source.entries())) {
            return entries.filter(p -> p.toString().endsWith(".md"))
                    .sorted()
                    .skip(n)
                    .findFirst()
                    .get();
        }
    }
}
