package org.sociallearning.guide.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.source.Inputs;
import org.sociallearning.guide.source.SiteSource;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * The corpus of bad entries in {@code src/test/resources/bad-entries/}, validated together as one
 * site's {@code content/entries/}: each file's problems are exactly those {@code expected.txt}
 * lists for it, at the right line and column, each with a hint.
 */
class BadEntriesCorpusTest {

    static final Path CORPUS = FixtureSites.projectDir().resolve("src/test/resources/bad-entries");

    @TempDir static Path site;
    static List<Problem> problems;
    static List<String> expected;

    @BeforeAll
    static void validateTheCorpus() throws IOException {
        for (String shared : List.of("data", "jbake.properties")) {
            FixtureSites.copyTree(FixtureSites.projectDir().resolve(shared), site.resolve(shared));
        }
        for (String name : caseFiles()) {
            FixtureSites.copyTree(CORPUS.resolve(name), site.resolve("content/entries/" + name));
        }
        problems =
                Inputs.read(new SiteSource(site), List.of(), FixtureSites.CLOCK)
                        .report()
                        .problems();
        expected =
                Files.readAllLines(CORPUS.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .toList();
    }

    static List<String> caseFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("expected.txt"))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseFiles")
    void reportsTheMistakeAtItsLineAndColumnWithAHint(String name) {
        String prefix = "content/entries/" + name + ":";
        List<Problem> found =
                problems.stream().filter(p -> p.toString().startsWith(prefix)).toList();
        assertThat(found)
                .extracting(Problem::toString)
                .containsExactlyElementsOf(
                        expected.stream().filter(l -> l.startsWith(prefix)).toList())
                .isNotEmpty();
        assertThat(found).allSatisfy(p -> assertThat(p.hint()).as(p.toString()).isNotBlank());
    }

    @Test
    void reportsEveryProblemOfEveryFileInOneSortedRun() throws IOException {
        assertThat(caseFiles()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(problems).extracting(Problem::toString).containsExactlyElementsOf(expected);
    }
}
