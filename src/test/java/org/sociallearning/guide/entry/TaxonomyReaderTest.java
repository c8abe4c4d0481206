package org.sociallearning.guide.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyReaderTest {

    @TempDir Path temp;

    private TaxonomyReader.Result read(String yaml) throws Exception {
        Path file = temp.resolve("taxonomy.yaml");
        Files.writeString(file, yaml);
        return new TaxonomyReader().read(file);
    }

    @Test
    void readsTheProjectsTaxonomyWithAGridAndAnOpenFacet() {
        Taxonomy taxonomy =
                new TaxonomyReader()
                        .read(
                                Path.of(System.getProperty("guide.projectDir", "."))
                                        .resolve("data/taxonomy.yaml"))
                        .taxonomy()
                        .orElseThrow();
        assertThat(taxonomy.grid()).isPresent();
        assertThat(taxonomy.facets()).anyMatch(Facet::isOpen);
        assertThat(taxonomy.facets()).allMatch(f -> f.isOpen() || !f.terms().isEmpty());
    }

    @Test
    void reportsAMisspeltKeyInsteadOfIgnoringIt() throws Exception {
        TaxonomyReader.Result result =
                read(
                        """
                        header: [title]
                        facets:
                          - field: topic
                            mutliple: true
                            terms:
                              - {id: a, label: A, descripton: x}
                        """);
        assertThat(result.taxonomy()).isEmpty();
        assertThat(result.problems())
                .map(Problem::message)
                .containsExactly(
                        "facet \"topic\" has an unknown key \"mutliple\"",
                        "term \"a\" of \"topic\" has an unknown key \"descripton\"");
    }

    @Test
    void aFacetNeedsTermsOrAnOpenVocabularyAndSafeNames() throws Exception {
        assertThat(
                        read("""
                                        header: [title]
                                        facets:
                                          - field: topic
                                        """)
                                .problems())
                .map(Problem::message)
                .containsExactly(
                        "facet \"topic\": facet topic needs either terms or an open vocabulary");
        assertThat(
                        read("""
                                        header: [title]
                                        facets:
                                          - field: 'x" onclick="'
                                            terms: [{id: a, label: A}]
                                        """)
                                .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("lowercase-hyphenated"));
    }

    @Test
    void twoFacetsCannotShareAPath() throws Exception {
        assertThat(
                        read("""
                                        header: [title]
                                        facets:
                                          - {field: one, path: same, terms: [{id: a, label: A}]}
                                          - {field: two, path: same, terms: [{id: a, label: A}]}
                                        """)
                                .problems())
                .map(Problem::message)
                .containsExactly("taxonomy: two facets use path same");
    }
}
