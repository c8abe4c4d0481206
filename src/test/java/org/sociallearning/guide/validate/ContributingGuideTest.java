package org.sociallearning.guide.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.entry.TaxonomyReader;
import org.sociallearning.guide.testing.FixtureSites;

/** CONTRIBUTING.md's field table never drifts from the taxonomy and the validator. */
class ContributingGuideTest {

    /** One row of the table: | `field` | yes/no | values |. */
    record Row(boolean required, String values) {
        List<String> codes() {
            Matcher m = Pattern.compile("`([^`]+)`").matcher(values);
            return m.results().map(r -> r.group(1)).toList();
        }
    }

    static Map<String, Row> table;
    static Taxonomy taxonomy;

    @BeforeAll
    static void read() throws IOException {
        List<String> lines =
                Files.readAllLines(
                        FixtureSites.projectDir().resolve("CONTRIBUTING.md"),
                        StandardCharsets.UTF_8);
        int header = lines.indexOf("| field | required | values |");
        assertThat(header).as("the field table's header row").isNotNegative();
        table = new LinkedHashMap<>();
        Pattern row = Pattern.compile("\\| `([a-z]+)` \\| (yes|no) \\| (.+) \\|");
        for (String line : lines.subList(header + 2, lines.size())) {
            Matcher m = row.matcher(line);
            if (!m.matches()) {
                break;
            }
            table.put(m.group(1), new Row(m.group(2).equals("yes"), m.group(3)));
        }
        taxonomy =
                new TaxonomyReader()
                        .read(FixtureSites.projectDir().resolve("data/taxonomy.yaml"))
                        .taxonomy()
                        .orElseThrow();
    }

    @Test
    void listsEveryFieldTheValidatorKnowsInHeaderOrder() {
        assertThat(table.keySet()).containsExactlyElementsOf(FieldSpec.entryFields(taxonomy));
    }

    @Test
    void marksExactlyTheRequiredFieldsAsRequired() {
        table.forEach(
                (field, row) ->
                        assertThat(row.required())
                                .as(field)
                                .isEqualTo(FieldSpec.entryRequired(taxonomy).contains(field)));
    }

    @Test
    void listsExactlyTheTaxonomysValuesForEachVocabulary() {
        for (Facet facet : taxonomy.facets()) {
            if (!facet.isOpen()) {
                assertThat(table.get(facet.field()).codes())
                        .as(facet.field())
                        .containsExactlyElementsOf(facet.ids());
            }
        }
        assertThat(table.get("type").codes()).containsExactly("entry");
        assertThat(table.get("status").codes()).containsExactly("published", "draft");
    }

    @Test
    void statesTheValidatorsLengthLimits() {
        assertThat(table.get("title").values()).contains("at most " + FieldSpec.MAX_TITLE);
        assertThat(table.get("summary").values()).contains("at most " + FieldSpec.MAX_SUMMARY);
        for (Facet facet : taxonomy.facets()) {
            if (facet.multiple() && facet.maxValues() != Integer.MAX_VALUE) {
                assertThat(table.get(facet.field()).values())
                        .as(facet.field())
                        .contains("1 to " + facet.maxValues());
            }
        }
    }
}
