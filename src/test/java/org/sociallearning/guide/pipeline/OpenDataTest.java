package org.sociallearning.guide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.entry.TaxonomyReader;
import org.sociallearning.guide.testing.BakedSite;
import org.sociallearning.guide.testing.FixtureSites;

/** entries.json, its published JSON Schema, and the schema.org JSON-LD of entry pages. */
class OpenDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path temp;
    static BakedSite fixture;
    static BakedSite starter;
    static JsonSchema schema;

    @BeforeAll
    static void bake() throws Exception {
        fixture =
                new BakedSite(
                        FixtureSites.bake(FixtureSites.copy("basic", temp.resolve("basic")))
                                .output());
        BakeResult real =
                FixtureSites.bake(
                        FixtureSites.projectDir(),
                        temp.resolve("starter"),
                        java.util.Optional.of("https://example.org/guide/"));
        assertThat(real.problems()).isEmpty();
        starter = new BakedSite(real.output());
        schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(Files.readString(starter.file("schema/entries.schema.json")));
    }

    @Test
    void publishesTheSchemaAndEntriesJsonPointsAtIt() throws Exception {
        assertThat(starter.file("schema/entries.schema.json")).isRegularFile();
        JsonNode json = JSON.readTree(starter.text("entries.json"));
        assertThat(json.get("$schema").asText())
                .isEqualTo("https://example.org/guide/schema/entries.schema.json");
    }

    @Test
    void entriesJsonOfTheFixtureAndOfTheStarterContentMatchesTheSchema() throws Exception {
        for (BakedSite site : List.of(fixture, starter)) {
            Set<ValidationMessage> errors =
                    schema.validate(JSON.readTree(site.text("entries.json")));
            assertThat(errors).as(site.root().toString()).isEmpty();
        }
    }

    @Test
    void schemaRejectsAnEntryThatBreaksTheContract() throws Exception {
        JsonNode json = JSON.readTree(fixture.text("entries.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("entries").get(0))
                .put("kind", "webinar");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("entries").get(1)).remove("url");
        assertThat(schema.validate(json)).hasSize(2);
    }

    @Test
    void schemaEnumerationsMatchTheTaxonomy() throws Exception {
        Taxonomy taxonomy =
                new TaxonomyReader()
                        .read(FixtureSites.projectDir().resolve("data/taxonomy.yaml"))
                        .taxonomy()
                        .orElseThrow();
        JsonNode props =
                JSON.readTree(starter.text("schema/entries.schema.json"))
                        .at("/$defs/entry/properties");
        for (Facet facet : taxonomy.facets()) {
            if (facet.isOpen()) {
                continue;
            }
            JsonNode values =
                    facet.multiple()
                            ? props.at("/" + facet.field() + "/items/enum")
                            : props.at("/" + facet.field() + "/enum");
            assertThat(values(values)).as(facet.field()).isEqualTo(facet.ids());
        }
    }

    @Test
    void entryPagesCarrySchemaOrgJsonLdByKind() throws Exception {
        assertThat(jsonLd(fixture, "alpha-course").get("@type").asText()).isEqualTo("Course");
        assertThat(jsonLd(fixture, "alpha-course").at("/provider/name").asText())
                .isEqualTo("Alpha Org");
        assertThat(jsonLd(fixture, "alpha-course").at("/hasCourseInstance/courseMode").asText())
                .isEqualTo("online");
        assertThat(jsonLd(fixture, "delta-accreditation").get("@type").asText())
                .isEqualTo("EducationalOccupationalCredential");
        assertThat(jsonLd(fixture, "delta-accreditation").at("/recognizedBy/name").asText())
                .isEqualTo("Delta Institute");
        assertThat(jsonLd(fixture, "beta-coach").get("@type").asText()).isEqualTo("Person");
        assertThat(jsonLd(fixture, "gamma-community").get("@type").asText())
                .isEqualTo("Organization");
        JsonNode alpha = jsonLd(fixture, "alpha-course");
        assertThat(alpha.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(alpha.get("url").asText()).isEqualTo("https://alpha.example.org/course/");
        assertThat(alpha.get("mainEntityOfPage").asText())
                .isEqualTo("https://example.org/guide/entries/alpha-course/");
    }

    @Test
    void jsonLdCannotBreakOutOfItsScriptElement() throws Exception {
        String raw = fixture.text("entries/escaping-check/");
        String script =
                raw.substring(
                        raw.indexOf("application/ld+json"),
                        raw.indexOf("</script>", raw.indexOf("application/ld+json")));
        assertThat(script).doesNotContain("<b>").contains("\\u003Cb\\u003E");
        assertThat(jsonLd(fixture, "escaping-check").get("name").asText())
                .isEqualTo("<b>& \"quotes\" course");
    }

    @Test
    void everyStarterEntryPageHasValidJsonLdAndOpenGraph() throws Exception {
        for (String path : starter.htmlPages()) {
            if (!path.startsWith("entries/")) {
                continue;
            }
            var page = starter.page(path);
            Element ld = page.selectFirst("script[type=application/ld+json]");
            assertThat(ld).as(path).isNotNull();
            assertThat(JSON.readTree(ld.data()).get("@type").asText())
                    .as(path)
                    .isIn("Course", "EducationalOccupationalCredential", "Person", "Organization");
            assertThat(page.selectFirst("meta[property=og:url]").attr("content"))
                    .isEqualTo("https://example.org/guide/" + path.replace("index.html", ""));
        }
    }

    private static JsonNode jsonLd(BakedSite site, String slug) throws Exception {
        return JSON.readTree(
                site.page("entries/" + slug + "/")
                        .selectFirst("script[type=application/ld+json]")
                        .data());
    }

    private static List<String> values(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
