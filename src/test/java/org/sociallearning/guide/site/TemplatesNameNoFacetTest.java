package org.sociallearning.guide.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.entry.TaxonomyReader;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * The templates know no facet: no field, id, path or value of the taxonomy appears in them, so
 * facets are added, renamed and removed in {@code data/taxonomy.yaml} alone. A word read from a
 * view (after a dot, as in {@code site.language}) is the view's name, not a facet's.
 */
class TemplatesNameNoFacetTest {

    @Test
    void noTemplateNamesAFacetOrOneOfItsValues() throws IOException {
        Taxonomy taxonomy =
                new TaxonomyReader()
                        .read(FixtureSites.projectDir().resolve("data/taxonomy.yaml"))
                        .taxonomy()
                        .orElseThrow();
        Set<String> words = new LinkedHashSet<>();
        for (Facet facet : taxonomy.facets()) {
            words.addAll(List.of(facet.field(), facet.id(), facet.path()));
            words.addAll(facet.ids());
        }
        assertThat(words).contains("kind", "areas", "social-web", "guidance");
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.list(FixtureSites.projectDir().resolve("templates"))) {
            for (Path template : templates.sorted().toList()) {
                String text = Files.readString(template);
                for (String word : words) {
                    Matcher m =
                            Pattern.compile(
                                            "(?<![\\w.-])" + Pattern.quote(word) + "(?![\\w-])",
                                            Pattern.CASE_INSENSITIVE)
                                    .matcher(text);
                    while (m.find()) {
                        found.add(template.getFileName() + ": " + word + " at " + m.start());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
