package org.sociallearning.guide.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.testing.FixtureSites;

/** The About page names the grid's skill areas and ways to learn by the taxonomy's labels. */
class AboutPageLabelsTest {

    @Test
    void aboutNamesEveryGridTermByItsTaxonomyLabel() throws Exception {
        Taxonomy taxonomy =
                new TaxonomyReader()
                        .read(FixtureSites.projectDir().resolve("data/taxonomy.yaml"))
                        .taxonomy()
                        .orElseThrow();
        String about = Files.readString(FixtureSites.projectDir().resolve("content/about.md"));
        Taxonomy.Grid grid = taxonomy.grid().orElseThrow();
        for (Facet facet : java.util.List.of(grid.rows(), grid.columns())) {
            for (String id : facet.ids()) {
                assertThat(about).as(id).contains("**" + facet.labelOf(id) + ".**");
            }
        }
    }
}
