package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.entry.SourceLocation;

class ReportFormatTest {

    static final Instant AT = Instant.parse("2026-11-29T12:00:00Z");
    static final ExternalReport REPORT =
            new ExternalReport(
                    List.of(
                            new CheckedLink(
                                    "https://ok.org/",
                                    new LinkResult.Ok(200, "https://ok.org/"),
                                    List.of(SourceLocation.of(Path.of("content/entries/ok.md"), 9)),
                                    AT,
                                    true),
                            new CheckedLink(
                                    "https://gone.org/",
                                    new LinkResult.Broken(410, "410 Gone"),
                                    List.of(
                                            SourceLocation.of(Path.of("content/entries/b.md"), 9),
                                            SourceLocation.of(Path.of("content/entries/a.md"), 12)),
                                    AT,
                                    false),
                            new CheckedLink(
                                    "https://old.org/",
                                    new LinkResult.Redirected(301, "https://new.org/"),
                                    List.of(SourceLocation.of(Path.of("content/entries/c.md"), 0)),
                                    AT,
                                    false)),
                    Duration.ofMillis(1500));

    @Test
    void writesJsonWithResultsAndSummary() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.render(REPORT));
        JsonNode first = json.get("results").get(0);
        assertThat(first.get("url").asText()).isEqualTo("https://gone.org/");
        assertThat(first.get("status").asText()).isEqualTo("broken");
        assertThat(first.get("code").asInt()).isEqualTo(410);
        assertThat(first.get("entries")).hasSize(2);
        assertThat(first.get("checkedAt").asText()).isEqualTo("2026-11-29T12:00:00Z");
        assertThat(json.get("results").get(1).get("finalUrl").asText())
                .isEqualTo("https://new.org/");
        assertThat(json.get("summary").get("broken").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("total").asInt()).isEqualTo(3);
    }

    @Test
    void writesTextGroupedByVerdict() {
        assertThat(ReportFormat.TEXT.render(REPORT))
                .contains(
                        "Broken: fix or remove (1):\n  https://gone.org/\n    410 Gone\n    used by content/entries/a.md, content/entries/b.md")
                .contains("Moved permanently: update the URL (1):")
                .endsWith("3 links in 1.5 s (1 from the cache): 1 broken, 1 redirected, 1 ok\n");
    }

    @Test
    void writesMarkdownTablesAndGithubAnnotations() {
        assertThat(ReportFormat.MARKDOWN.render(REPORT))
                .contains(
                        "## Link check",
                        "| broken | 1 |",
                        "| https://gone.org/ | 410 | 410 Gone | `content/entries/a.md`, `content/entries/b.md` |");
        assertThat(ReportFormat.GITHUB.render(REPORT))
                .contains(
                        "::error file=content/entries/a.md,line=12,title=broken link::https://gone.org/: broken (410 Gone)")
                .contains(
                        "::warning file=content/entries/c.md,title=redirected link::https://old.org/: redirected (moved permanently to https://new.org/)");
    }
}
