package org.sociallearning.guide.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.entry.FacetValues;
import org.sociallearning.guide.entry.Header;
import org.sociallearning.guide.entry.HeaderField;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.entry.TaxonomyReader;

/** Facet fields are checked from the taxonomy alone, whatever facets it has. */
class FacetCheckTest {

    private static final String TAXONOMY =
            """
            header: [title, topic, level, region]
            facets:
              - field: topic
                id: topic
                label: Topic
                path: topics
                multiple: true
                max: 2
                required: true
                show: [filter]
                terms:
                  - {id: only, label: The only topic}
              - field: level
                id: level
                label: Level
                path: levels
                multiple: false
                required: false
                terms:
                  - {id: beginner, label: Beginner}
                  - {id: expert, label: Expert}
              - field: region
                id: region
                label: Region
                path: regions
                multiple: true
                default: eu
                open:
                  pattern: "[a-z]{2}"
                  hint: two-letter region codes
            """;

    @TempDir Path temp;

    private Taxonomy taxonomy() throws Exception {
        Path file = temp.resolve("taxonomy.yaml");
        Files.writeString(file, TAXONOMY);
        TaxonomyReader.Result read = new TaxonomyReader().read(file);
        assertThat(read.problems()).isEmpty();
        return read.taxonomy().orElseThrow();
    }

    private List<String> check(Map<String, String> fields, List<Problem> problems)
            throws Exception {
        Map<String, HeaderField> header = new LinkedHashMap<>();
        int line = 1;
        for (Map.Entry<String, String> f : fields.entrySet()) {
            header.put(
                    f.getKey(),
                    new HeaderField(f.getKey(), f.getValue(), line++, 1, f.getKey().length() + 2));
        }
        FacetValues values =
                new FacetCheck(taxonomy())
                        .read(
                                new Header(Path.of("e.md"), header, line, "body", line + 1),
                                problems);
        return values.byField().entrySet().stream()
                .map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                .toList();
    }

    @Test
    void anEmptyValueOfAOneTermVocabularyGetsAHintWithThatTerm() throws Exception {
        List<Problem> problems = new ArrayList<>();
        check(Map.of("topic", "only,"), problems);
        assertThat(problems)
                .map(Problem::toString)
                .containsExactly("e.md:1:12: error: topic has an empty value");
        assertThat(problems.get(0).hint())
                .isEqualTo("separate values with single commas, e.g. only");
    }

    @Test
    void reportsUnknownValuesWithSuggestionRepeatsAndTooManyValues() throws Exception {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("topic", "only,only");
        fields.put("level", "expret");
        check(fields, problems);
        assertThat(problems)
                .map(Problem::toString)
                .containsExactly(
                        "e.md:1:12: error: topic lists \"only\" twice",
                        "e.md:2:7: error: unknown level \"expret\" (did you mean \"expert\"?)");
    }

    @Test
    void aSingleValuedFacetTakesOneValue() throws Exception {
        List<Problem> problems = new ArrayList<>();
        check(Map.of("level", "beginner,expert"), problems);
        assertThat(problems)
                .map(Problem::toString)
                .containsExactly("e.md:1:7: error: level takes one value, not 2");
    }

    @Test
    void anOpenFacetChecksItsPatternAndFallsBackToItsDefault() throws Exception {
        List<Problem> problems = new ArrayList<>();
        assertThat(check(Map.of("topic", "only"), problems))
                .containsExactly("topic=only", "region=eu");
        assertThat(problems).isEmpty();
        check(Map.of("region", "Europe"), problems);
        assertThat(problems)
                .map(Problem::toString)
                .containsExactly("e.md:1:8: error: invalid region \"Europe\"");
        assertThat(problems.get(0).hint()).isEqualTo("use two-letter region codes");
    }

    @Test
    void requiredAndOptionalFieldsComeFromTheTaxonomy() throws Exception {
        Taxonomy taxonomy = taxonomy();
        assertThat(FieldSpec.entryRequired(taxonomy)).contains("topic").doesNotContain("level");
        assertThat(FieldSpec.entryFields(taxonomy)).startsWith("title", "topic", "level", "region");
        assertThat(FieldSpec.entryDescriptions(taxonomy))
                .containsEntry("topic", "1 to 2 of only")
                .containsEntry("level", "one of beginner, expert (optional)")
                .containsEntry("region", "two-letter region codes (default eu)");
    }
}
