package org.sociallearning.guide.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.check.LinkRules;
import org.yaml.snakeyaml.error.MarkedYAMLException;

class StrictYamlTest {

    @TempDir Path temp;

    private Path write(String text) throws IOException {
        return Files.writeString(temp.resolve("data.yaml"), text);
    }

    private void refuses(String text, String message) throws IOException {
        Path file = write(text);
        assertThatThrownBy(() -> StrictYaml.load(file))
                .isInstanceOf(MarkedYAMLException.class)
                .hasMessage(message);
    }

    @Test
    void loadsPlainMappingsSequencesAndQuotedKeys() throws IOException {
        Object root = StrictYaml.load(write("a:\n  - x\n  - y\n\"no\": Norsk\nb: {c: 1}\n"));
        assertThat(root)
                .isEqualTo(Map.of("a", List.of("x", "y"), "no", "Norsk", "b", Map.of("c", 1)));
    }

    @Test
    void refusesAnchorsAliasesAndMergeKeysAtTheirLine() throws IOException {
        refuses(
                "a: x\nb: &b [1, 2]\nc: *b\n",
                "line 2, column 4: anchors (&b) are not allowed; write values out");
        refuses(
                "a: x\nc: *b\n",
                "line 2, column 4: aliases (*name) are not allowed; write the value out");
        refuses(
                "a: x\nb:\n  <<: {c: 1}\n",
                "line 3, column 3: merge keys (<<) are not allowed; write the keys out");
    }

    @Test
    void refusesDeepNestingKeysThatAreNotStringsTagsAndMoreThanOneDocument() throws IOException {
        refuses(
                "a: " + "[".repeat(11) + "]".repeat(11) + "\n",
                "line 1, column 13: nested more than 10 levels deep");
        refuses(
                "a: 1\nno: Norsk\n",
                "line 2, column 1: \"no\" is not read as a string key; quote it (e.g. \"no\":)");
        refuses(
                "1: x\n",
                "line 1, column 1: \"1\" is not read as a string key; quote it (e.g. \"no\":)");
        refuses("a: !!binary aGVsbG8=\n", "line 1, column 4: tags (!!type) are not allowed");
        refuses("a: 1\n---\nb: 2\n", "line 2, column 1: only one document is allowed (no ---)");
        refuses("a: 1\na: 2\n", "line 2, column 1: found duplicate key a");
    }

    @Test
    void refusesHugeFilesControlCharactersAndLinks() throws IOException {
        refuses(
                "a: " + "x".repeat(StrictYaml.MAX_BYTES) + "\n",
                "line 1, column 1: the file is larger than 256 KB");
        refuses("a: x\nb: y\u0007\n", "line 2, column 5: the character U+0007 is not allowed");
        Path link = Files.createSymbolicLink(temp.resolve("link.yaml"), write("a: x\n"));
        assertThatThrownBy(() -> StrictYaml.load(link))
                .isInstanceOf(MarkedYAMLException.class)
                .hasMessageContaining("not a regular file; links are never followed");
    }

    @Test
    void linkRulesReportAnAliasWithItsLineInsteadOfLoadingIt() throws IOException {
        Path file = write("hosts:\n  a.org: &x {skip: true}\n  b.org: *x\n");
        LinkRules.Result result = LinkRules.read(file, Path.of("data/link-rules.yaml"));
        assertThat(result.rules()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "data/link-rules.yaml:2: error: not valid YAML: anchors (&x) are not"
                                + " allowed; write values out");
    }

    @Test
    void theTaxonomyReaderReportsAMergeKeyAsAProblemAtItsLine() throws IOException {
        Path file = write("kind:\n  <<: {label: Kind}\n");
        TaxonomyReader.Result result = new TaxonomyReader().read(file);
        assertThat(result.taxonomy()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        file
                                + ":2: error: taxonomy is not valid YAML: merge keys (<<) are not"
                                + " allowed; write the keys out");
    }
}
