package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.testing.FixtureSites;

class LinkRulesTest {

    @TempDir Path temp;

    private LinkRules.Result read(String yaml) throws Exception {
        Path file = Files.writeString(temp.resolve("rules.yaml"), yaml);
        return LinkRules.read(file, Path.of("data/link-rules.yaml"));
    }

    private static List<String> problems(LinkRules.Result result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void matchesUrlsBeforeHostsAndWildcardsCoverSubdomains() throws Exception {
        LinkRules rules =
                read("""
                hosts:
                  www.linkedin.com:
                    skip: answers 999 to robots
                  "*.example.org":
                    accept: [401, 403]
                urls:
                  "https://www.linkedin.com/company/x":
                    accept: 999
                """)
                        .rules()
                        .orElseThrow();
        assertThat(rules.ruleFor("https://www.linkedin.com/in/y").orElseThrow().skip())
                .contains("answers 999 to robots");
        assertThat(rules.ruleFor("https://www.linkedin.com/company/x").orElseThrow().accept())
                .isEqualTo(Set.of(999));
        assertThat(rules.ruleFor("https://a.b.example.org/p").orElseThrow().accept())
                .isEqualTo(Set.of(401, 403));
        assertThat(rules.ruleFor("https://example.com/")).isEqualTo(Optional.empty());
    }

    @Test
    void reportsAnUnknownSectionAtItsLine() throws Exception {
        LinkRules.Result result = read("# rules\nhost:\n  a.org: {skip: true}\n");
        assertThat(result.rules()).isEmpty();
        assertThat(problems(result))
                .containsExactly(
                        "data/link-rules.yaml:2: error: unknown key 'host' (expected hosts or urls)");
    }

    @Test
    void reportsABadAcceptAtItsFileAndLine() throws Exception {
        LinkRules.Result result =
                read(
                        "hosts:\n  a.org:\n    accept: [403,\n      forbidden]\n  b.org:\n    acept: 1\n");
        assertThat(result.rules()).isEmpty();
        assertThat(problems(result))
                .containsExactly(
                        "data/link-rules.yaml:4: error: accept: \"forbidden\" is not an HTTP status (100 to 999)",
                        "data/link-rules.yaml:6: error: unknown field 'acept' (expected skip or accept)");
    }

    @Test
    void reportsBrokenYamlAtItsLine() throws Exception {
        assertThat(problems(read("hosts:\n  a.org: [\n")))
                .singleElement()
                .asString()
                .startsWith("data/link-rules.yaml:3: error: not valid YAML");
    }

    @Test
    void aMissingFileIsAProblemNotNoRules() {
        LinkRules.Result result = LinkRules.read(temp.resolve("typo.yaml"), Path.of("typo.yaml"));
        assertThat(result.rules()).isEmpty();
        assertThat(problems(result)).containsExactly("typo.yaml: error: no such rules file");
    }

    @Test
    void theShippedRulesFileIsValid() {
        Path shipped = FixtureSites.projectDir().resolve("data/link-rules.yaml");
        LinkRules.Result result = LinkRules.read(shipped, Path.of("data/link-rules.yaml"));
        // fails when the file is missing ("no such rules file") or has a mistake
        assertThat(result.problems()).isEmpty();
        assertThat(result.rules()).isPresent();
    }
}
