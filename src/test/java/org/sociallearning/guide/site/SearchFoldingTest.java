package org.sociallearning.guide.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * The bake folds and cuts text exactly as the filter script does: both read the same table of
 * tricky texts ({@code src/test/js/fixtures/folding.json}; search.test.mjs checks the script).
 */
class SearchFoldingTest {

    @Test
    void foldsAndCutsTheTrickyTextsAsTheScriptDoes() throws Exception {
        JsonNode cases =
                new ObjectMapper()
                        .readTree(
                                FixtureSites.projectDir()
                                        .resolve("src/test/js/fixtures/folding.json")
                                        .toFile())
                        .get("cases");
        assertThat(cases.size()).isGreaterThan(20);
        for (JsonNode c : cases) {
            String text = c.get("text").asText();
            assertThat(SearchFolding.fold(text)).as(text).isEqualTo(c.get("folded").asText());
            List<String> words = strings(c.get("words"));
            assertThat(SearchFolding.words(text)).as(text).isEqualTo(words);
            List<String> keys = new ArrayList<>();
            words.forEach(w -> keys.add(SearchFolding.fileSafe(SearchFolding.shardKey(w, 2))));
            assertThat(keys).as(text).isEqualTo(strings(c.get("keys")));
        }
    }

    @Test
    void foldsAccentsAndCaseAway() {
        assertThat(SearchFolding.words("Société (Éducative), e-Learning"))
                .containsExactly("societe", "educative", "e", "learning");
        assertThat(SearchFolding.fileSafe("pé")).isEqualTo("p_00e9");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
