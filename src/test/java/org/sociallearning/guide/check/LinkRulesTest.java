package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.testing.FixtureSites;

class LinkRulesTest {

    @TempDir Path temp;

    @Test
    void matchesUrlsBeforeHostsAndWildcardsCoverSubdomains() throws Exception {
        Path file =
                Files.writeString(
                        temp.resolve("rules.yaml"),
                        """
                hosts:
                  www.linkedin.com:
                    skip: answers 999 to robots
                  "*.example.org":
                    accept: [401, 403]
                urls:
                  "https://www.linkedin.com/company/x":
                    accept: 999
                """);
        LinkRules rules = LinkRules.read(file);
        assertThat(rules.ruleFor("https://www.linkedin.com/in/y").orElseThrow().skip())
                .contains("answers 999 to robots");
        assertThat(rules.ruleFor("https://www.linkedin.com/company/x").orElseThrow().accept())
                .isEqualTo(Set.of(999));
        assertThat(rules.ruleFor("https://a.b.example.org/p").orElseThrow().accept())
                .isEqualTo(Set.of(401, 403));
        assertThat(rules.ruleFor("https://example.com/")).isEqualTo(Optional.empty());
    }

    @Test
    void rejectsAnUnknownSection() throws Exception {
        Path file = Files.writeString(temp.resolve("rules.yaml"), "host:\n  a.org: {skip: true}\n");
        assertThatThrownBy(() -> LinkRules.read(file)).hasMessageContaining("unknown key 'host'");
    }

    @Test
    void theShippedRulesFileIsValid() throws Exception {
        assertThat(LinkRules.read(FixtureSites.projectDir().resolve("data/link-rules.yaml")))
                .isNotNull();
    }
}
