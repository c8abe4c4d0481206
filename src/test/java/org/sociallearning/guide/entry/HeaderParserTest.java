package org.sociallearning.guide.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HeaderParserTest {

    private final HeaderParser parser = new HeaderParser("~~~~~~");
    private final Path file = Path.of("content/entries/x.md");

    @Test
    void splitsFieldsAndBodyWithPositions() {
        HeaderParser.Result result =
                parser.parse(
                        file,
                        """
                title=Hello = world
                  kind = course
                ~~~~~~
                Body line
                """);
        assertThat(result.problems()).isEmpty();
        Header header = result.header().orElseThrow();
        assertThat(header.value("title")).contains("Hello = world");
        assertThat(header.field("kind").orElseThrow())
                .isEqualTo(new HeaderField("kind", "course", 2, 3, 10));
        assertThat(header.separatorLine()).isEqualTo(3);
        assertThat(header.bodyLine()).isEqualTo(4);
        assertThat(header.body()).isEqualTo("Body line\n");
    }

    @Test
    void reportsMissingSeparator() {
        HeaderParser.Result result = parser.parse(file, "title=x\nkind=course\n");
        assertThat(result.header()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "content/entries/x.md:1:1: error: no header separator line \"~~~~~~\" found");
    }

    @Test
    void reportsLinesWithoutEqualsAndDuplicateFields() {
        HeaderParser.Result result = parser.parse(file, "title=x\nkind course\ntitle=y\n~~~~~~\n");
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "content/entries/x.md:2:1: error: header line has no \"=\": \"kind course\"",
                        "content/entries/x.md:3:1: error: field \"title\" is given twice (first on line 1)");
    }

    @Test
    void reportsBomAndInvalidUtf8WithPosition() {
        byte[] bom = "\uFEFFtitle=x\n~~~~~~\n".getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parse(file, bom).problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "content/entries/x.md:1:1: error: file starts with a byte order mark (BOM)");
        byte[] latin1 =
                "title=x\nprovider=Caf\u00e9\n~~~~~~\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(parser.parse(file, latin1).problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "content/entries/x.md:2:13: error: file is not valid UTF-8 (byte 0xE9)");
    }

    @Test
    void rejectsBlankSeparator() {
        assertThatThrownBy(() -> new HeaderParser(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pointsAtWhereTheBodyStartsWhenTheSeparatorIsMissing() {
        HeaderParser.Result result = parser.parse(file, "title=x\nkind=course\n\nA body.\n");
        assertThat(result.header()).isEmpty();
        assertThat(result.problems())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.toString())
                                    .isEqualTo(
                                            "content/entries/x.md:4:1: error: no header separator line \"~~~~~~\" before the body");
                            assertThat(p.hint()).contains("above line 4");
                        });
    }

    @Test
    void reportsAMistypedSeparatorAndStillReadsTheHeader() {
        HeaderParser.Result result = parser.parse(file, "title=x\nkind course\n~~~~~\nBody\n");
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "content/entries/x.md:3:1: error: \"~~~~~\" is not the header separator \"~~~~~~\"",
                        "content/entries/x.md:2:1: error: header line has no \"=\": \"kind course\"");
        assertThat(result.header().orElseThrow().body()).isEqualTo("Body\n");
        assertThat(result.problems().get(1).hint()).isEqualTo("write it as kind=course");
    }

    @Test
    void recognisesYamlFrontMatter() {
        HeaderParser.Result result = parser.parse(file, "---\ntitle: x\n---\nBody\n");
        assertThat(result.header()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "content/entries/x.md:1:1: error: the header starts with \"---\": this looks like YAML front matter, which the guide does not read");
    }

    @Test
    void reportsTheFirstInvisibleControlCharacter() {
        assertThat(parser.parse(file, "title=a\u0007b\n~~~~~~\nx\u0001\n").problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "content/entries/x.md:1:8: error: file contains the invisible control character U+0007");
    }
}
