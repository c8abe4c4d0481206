package org.sociallearning.guide.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.testing.FixtureSites;
import org.sociallearning.guide.validate.ValidationCache;

/** A long-running process validates only the content files that changed since it last looked. */
class ValidationCacheTest {

    @TempDir Path temp;

    private Path site;
    private SiteSource source;
    private final ValidationCache cache = new ValidationCache();
    private int files;

    @BeforeEach
    void site() throws Exception {
        site = FixtureSites.copy("basic", temp.resolve("site"));
        source = new SiteSource(site);
        // Files written seconds ago may change again within a clock tick: set them in the past.
        try (Stream<Path> all = Files.walk(source.content())) {
            List<Path> md = all.filter(p -> p.toString().endsWith(".md")).toList();
            files = md.size();
            for (Path p : md) {
                age(p);
            }
        }
    }

    @Test
    void aSecondReadValidatesNothingAndAnEditValidatesOnlyThatFile() throws Exception {
        Inputs first = read();
        assertThat(cache.validatedLastTime()).isEqualTo(files);

        Inputs again = read();
        assertThat(cache.validatedLastTime()).isZero();
        assertThat(again.report().entries()).isEqualTo(first.report().entries());
        assertThat(again.report().problems()).isEqualTo(first.report().problems());

        Path entry = anEntry();
        Files.writeString(entry, Files.readString(entry).replace("title=", "title=Renamed "));
        age(entry);
        Inputs edited = read();
        assertThat(cache.validatedLastTime()).isEqualTo(1);
        assertThat(edited.report().entries())
                .anySatisfy(e -> assertThat(e.title()).startsWith("Renamed "));
    }

    @Test
    void aFileChangedWithinTheSameSecondsIsReadAgainAndComparedNotTrustedByItsTime()
            throws Exception {
        Path entry = anEntry();
        FileTime time = Files.getLastModifiedTime(entry);
        FileTime recent = FileTime.from(Instant.now());
        Files.setLastModifiedTime(entry, recent);
        read(); // the entry is racy now: written within the last seconds
        String text = Files.readString(entry);
        // Same size, same time, different bytes: only reading tells.
        Files.writeString(entry, text.replaceFirst("title=(.)", "title=X"));
        Files.setLastModifiedTime(entry, recent);
        Inputs after = read();
        assertThat(after.report().entries()).anySatisfy(e -> assertThat(e.title()).startsWith("X"));
        Files.setLastModifiedTime(entry, time);
    }

    @Test
    void aNewTaxonomyForgetsEveryResult() throws Exception {
        read();
        Path taxonomy = source.taxonomy();
        Files.writeString(taxonomy, Files.readString(taxonomy).replace("label: ", "label: New "));
        read();
        assertThat(cache.validatedLastTime()).isEqualTo(files);
    }

    @Test
    void aDeletedEntryIsGoneAndADuplicateTitleIsStillFound() throws Exception {
        int before = read().report().entries().size();
        Path entry = anEntry();
        String text = Files.readString(entry);
        Files.delete(entry);
        assertThat(read().report().entries()).hasSize(before - 1);

        Files.writeString(entry, text);
        age(entry);
        Path copy = entry.resolveSibling("zz-copy.md");
        Files.writeString(copy, text.replaceFirst("url=\\S+", "url=https://example.org/other"));
        age(copy);
        Inputs twice = read();
        assertThat(cache.validatedLastTime()).isEqualTo(2);
        assertThat(twice.report().problems())
                .anySatisfy(p -> assertThat(p.message()).contains("is also used by"));
    }

    private Inputs read() {
        return Inputs.read(source, List.of(), FixtureSites.CLOCK, cache);
    }

    private Path anEntry() throws Exception {
        try (Stream<Path> entries = Files.list(source.entries())) {
            return entries.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().get();
        }
    }

    private static void age(Path p) throws Exception {
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(60)));
    }
}
