package org.sociallearning.guide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.testing.BakedSite;
import org.sociallearning.guide.testing.FilterIndexFiles;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * The fixture site {@code sites/audience} adds one facet, {@code audience}, to the guide's taxonomy
 * in its own {@code data/taxonomy.yaml}; it uses the project's templates and code unchanged. The
 * new facet gets everything a built-in facet gets.
 */
class AddedFacetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path temp;
    static BakedSite site;

    @BeforeAll
    static void bake() {
        BakeResult result =
                FixtureSites.bake(FixtureSites.copy("audience", temp.resolve("audience")));
        assertThat(result.problems()).isEmpty();
        site = new BakedSite(result.output());
    }

    @Test
    void theNewFacetIsValidatedWithDidYouMeanRepeatsAndItsLimit() throws Exception {
        Path copy = FixtureSites.copy("audience", temp.resolve("bad"));
        Files.writeString(
                copy.resolve("content/entries/team-circles.md"),
                Files.readString(copy.resolve("content/entries/team-circles.md"))
                        .replace("audience=practitioners,managers", "audience=managrs"));
        Files.writeString(
                copy.resolve("content/entries/leading-learning.md"),
                Files.readString(copy.resolve("content/entries/leading-learning.md"))
                        .replace("audience=managers", "audience=managers,managers"));
        BakeResult result = FixtureSites.bake(copy);
        assertThat(result.problems())
                .map(Problem::toString)
                .containsExactly(
                        "content/entries/leading-learning.md:14:19: error: audience lists"
                                + " \"managers\" twice",
                        "content/entries/team-circles.md:13:10: error: unknown audience"
                                + " \"managrs\" (did you mean \"managers\"?)");
        assertThat(result.problems().get(1).hint()).isEqualTo("allowed: practitioners, managers");
    }

    @Test
    void everyValueOfTheNewFacetHasAPageListingItsEntries() {
        Document managers = site.page("audiences/managers/");
        assertThat(managers.selectFirst("h1").text()).isEqualTo("Audience: Managers");
        assertThat(managers.select(".card-title a").eachText())
                .containsExactly("Leading learning", "Team circles");
        assertThat(managers.select("a:contains(Combine with other filters)").attr("href"))
                .isEqualTo("../../directory/?audience=managers");
        assertThat(site.page("audiences/practitioners/").select(".card-title a").eachText())
                .containsExactly("Team circles");
    }

    @Test
    void theDirectoryFiltersByTheNewFacetAndCardsCarryItsValues() {
        Document directory = site.page("directory/");
        Element fieldset = directory.selectFirst("form#filter fieldset[data-field=audience]");
        assertThat(fieldset).isNotNull();
        assertThat(fieldset.selectFirst("legend").text()).isEqualTo("Audience");
        assertThat(fieldset.select("input[type=checkbox][name=audience]").eachAttr("value"))
                .containsExactly("practitioners", "managers");
        assertThat(directory.select("#facet-nav a[href=../audiences/managers/]")).hasSize(1);
        FilterIndexFiles index = new FilterIndexFiles(site.root());
        assertThat(index.filterFields()).contains("audience");
        assertThat(index.values("team-circles", "audience"))
                .containsExactly("practitioners", "managers");
        assertThat(index.values("leading-learning", "audience")).containsExactly("managers");
        assertThat(index.values("no-audience", "audience")).isEmpty();
        assertThat(directory.select("[data-slug=team-circles] .pill-audience").eachText())
                .containsExactly("Practitioners", "Managers");
    }

    @Test
    void entryPagesListTheNewFacetInTheirFacts() {
        Element row =
                site.page("entries/team-circles/")
                        .selectFirst("table.facts tr:has(th:containsOwn(Audiences))");
        assertThat(row).isNotNull();
        assertThat(row.select("td a").eachAttr("href"))
                .containsExactly("../../audiences/practitioners/", "../../audiences/managers/");
        assertThat(site.page("entries/no-audience/").select("th:containsOwn(Audience)")).isEmpty();
    }

    @Test
    void theSchemaEnumeratesTheNewFacetAndEntriesJsonCarriesIt() throws Exception {
        JsonNode schema = JSON.readTree(site.text("schema/entries.schema.json"));
        JsonNode audience = schema.at("/$defs/entry/properties/audience");
        assertThat(values(audience.at("/items/enum"))).containsExactly("practitioners", "managers");
        assertThat(audience.at("/maxItems").asInt()).isEqualTo(2);
        JsonNode entries = JSON.readTree(site.text("entries.json"));
        List<String> slugs = new ArrayList<>();
        for (JsonNode entry : entries.get("entries")) {
            slugs.add(entry.get("slug").asText());
            if (entry.get("slug").asText().equals("team-circles")) {
                assertThat(values(entry.get("audience")))
                        .containsExactly("practitioners", "managers");
            }
            if (entry.get("slug").asText().equals("no-audience")) {
                assertThat(entry.has("audience")).isFalse();
            }
        }
        assertThat(slugs).contains("team-circles", "no-audience");
        assertThat(
                        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                                .getSchema(schema)
                                .validate(entries))
                .isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) entries.get("entries").get(0))
                .putArray("audience")
                .add("pupils");
        assertThat(
                        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                                .getSchema(schema)
                                .validate(entries))
                .isNotEmpty();
    }

    private static List<String> values(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
