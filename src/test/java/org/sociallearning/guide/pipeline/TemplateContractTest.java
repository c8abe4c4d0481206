package org.sociallearning.guide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * Templates read typed views: a name a view does not have fails the bake at the template's line.
 */
class TemplateContractTest {

    @Test
    void aTemplateReadingANameItsViewLacksFailsTheBakeAtThatLine(@TempDir Path temp)
            throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("site"));
        Path template = site.resolve("templates/page.ftl");
        Files.writeString(
                template,
                Files.readString(template)
                        .replace("${content.body?no_esc}", "${content.bodyHtml?no_esc}"));
        BakeResult result = FixtureSites.bake(site);
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.problems())
                .map(Problem::toString)
                .anyMatch(p -> p.startsWith("templates/page.ftl:") && p.contains("bodyHtml"));
    }

    @Test
    void aCardMissingFromTheEntryViewIsNotSilentlyLeftOut(@TempDir Path temp) throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("site"));
        Path macros = site.resolve("templates/macros.ftl");
        Files.writeString(
                macros,
                Files.readString(macros).replace("entry.link.broken", "entry.links.broken"));
        BakeResult result = FixtureSites.bake(site);
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.problems()).map(Problem::toString).anyMatch(p -> p.contains("links"));
    }
}
