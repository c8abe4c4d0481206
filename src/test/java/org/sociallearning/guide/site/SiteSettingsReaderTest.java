package org.sociallearning.guide.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.entry.BaseUrl;
import org.sociallearning.guide.entry.Problem;

/** No silent fallbacks: every setting comes from jbake.properties or is a problem at its line. */
class SiteSettingsReaderTest {

    static final String COMPLETE =
            """
            site.host=https://example.org/guide/
            site.title=A guide
            site.description=About it
            site.language=en
            guide.version=1.0
            header.separator=~~~~~~
            date.format=yyyy-MM-dd
            """;

    @TempDir Path temp;

    private SiteSettingsReader.Result read(String text, Properties built) throws Exception {
        Path file = Files.writeString(temp.resolve("jbake.properties"), text);
        return new SiteSettingsReader(built).read(file);
    }

    private List<String> problems(SiteSettingsReader.Result result) {
        return result.problems().stream()
                .map(Problem::toString)
                .map(p -> p.replace(temp.toString() + "/", ""))
                .toList();
    }

    @Test
    void readsEverySetting() throws Exception {
        SiteSettings settings = read(COMPLETE, new Properties()).settings().orElseThrow();
        assertThat(settings.title()).isEqualTo("A guide");
        assertThat(settings.base()).isEqualTo(new BaseUrl("https://example.org", "/guide/"));
        assertThat(settings.datePattern()).isEqualTo("yyyy-MM-dd");
    }

    @Test
    void reportsMissingEmptyAndInvalidSettingsAtTheirLinesInsteadOfFallingBack() throws Exception {
        String text =
                COMPLETE.replace("site.title=A guide\n", "")
                        .replace("site.language=en", "site.language=  ")
                        .replace("site.host=https://example.org/guide/", "site.host=/guide/")
                        .replace("date.format=yyyy-MM-dd", "date.format=yyyy-bb");
        SiteSettingsReader.Result result = read(text, new Properties());
        assertThat(result.settings()).isEmpty();
        assertThat(problems(result))
                .containsExactlyInAnyOrder(
                        "jbake.properties:1: error: site.host: a base URL must be absolute http(s), e.g. https://example.org/guide/: \"/guide/\"",
                        "jbake.properties: error: missing setting site.title",
                        "jbake.properties:3: error: site.language is empty",
                        "jbake.properties:6: error: date.format is not a date pattern: Unknown pattern letter: b");
    }

    @Test
    void takesAPlaceholdersValueFromTheFilteredCopyOrSaysItHasNone() throws Exception {
        String text = COMPLETE.replace("https://example.org/guide/", "${guide.baseUrl}");
        Properties built = new Properties();
        built.setProperty("site.host", "https://built.example.org/");
        assertThat(read(text, built).settings().orElseThrow().baseUrl())
                .isEqualTo("https://built.example.org/");
        assertThat(problems(read(text, new Properties())))
                .containsExactly(
                        "jbake.properties:1: error: site.host is the Maven placeholder ${guide.baseUrl}, and this build of the guide holds no value for it");
    }

    @Test
    void theShippedSettingsAreComplete() {
        SiteSettingsReader.Result result =
                new SiteSettingsReader()
                        .read(
                                org.sociallearning.guide.testing.FixtureSites.projectDir()
                                        .resolve("jbake.properties"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().orElseThrow().baseUrl()).isEqualTo("http://localhost:8820/");
    }

    @Test
    void aMissingFileIsAProblem() {
        assertThat(new SiteSettingsReader().read(temp.resolve("jbake.properties")).problems())
                .singleElement()
                .asString()
                .endsWith(
                        "jbake.properties: error: no jbake.properties: is this a guide's source folder?");
    }
}
