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

    @Test
    void readsCrCrlfAndLfLineEndingsAlike() {
        String lf = "title=Hello\nkind=course\n~~~~~~\nBody one\nBody two\n";
        for (String text : new String[] {lf, lf.replace("\n", "\r\n"), lf.replace("\n", "\r")}) {
            HeaderParser.Result result = parser.parse(file, text.getBytes(StandardCharsets.UTF_8));
            assertThat(result.problems()).as(text).isEmpty();
            Header header = result.header().orElseThrow();
            assertThat(header.value("title")).contains("Hello");
            assertThat(header.value("kind")).contains("course");
            assertThat(header.bodyLine()).isEqualTo(4);
            assertThat(header.body()).isEqualTo("Body one\nBody two\n");
        }
    }

    @Test
    void aLoneCrInsideATitleEndsTheLineSoNoRawCrReachesTheValue() {
        HeaderParser.Result result = parser.parse(file, "title=Hel\rlo\nkind=course\n~~~~~~\n");
        assertThat(result.header().orElseThrow().value("title")).contains("Hel");
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "content/entries/x.md:2:1: error: header line has no \"=\": \"lo\"");
    }

    @Test
    void refusesBidiOverridesAndIsolatesInHeaderValuesAtTheirColumn() {
        for (char c :
                new char[] {
                    '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
                    '\u2069'
                }) {
            HeaderParser.Result result =
                    parser.parse(file, "kind=course\ntitle=ab" + c + "cd\n~~~~~~\n");
            assertThat(result.problems())
                    .extracting(Problem::toString)
                    .as("U+%04X", (int) c)
                    .containsExactly(
                            String.format(
                                    "content/entries/x.md:2:9: error: invisible character U+%04X:"
                                            + " a bidirectional override, which can make text read"
                                            + " in another order",
                                    (int) c));
        }
    }

    @Test
    void refusesZeroWidthCharactersInHeaderValuesButAllowsAJoinerInsideAnEmoji() {
        for (char c : new char[] {'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'}) {
            HeaderParser.Result result = parser.parse(file, "title=Pay" + c + "Pal\n~~~~~~\n");
            assertThat(result.problems())
                    .extracting(Problem::toString)
                    .as("U+%04X", (int) c)
                    .containsExactly(
                            String.format(
                                    "content/entries/x.md:1:10: error: invisible character U+%04X:"
                                            + " a zero-width character, which makes text look like"
                                            + " other text",
                                    (int) c));
        }
        HeaderParser.Result emoji =
                parser.parse(file, "title=Coders \uD83D\uDC69\u200D\uD83D\uDCBB\n~~~~~~\n");
        assertThat(emoji.problems()).isEmpty();
    }

    @Test
    void refusesC0AndC1ControlCharactersButNotTabs() {
        assertThat(parser.parse(file, "title=a\tb\n~~~~~~\n").problems()).isEmpty();
        assertThat(parser.parse(file, "title=a\u0085b\n~~~~~~\n").problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "content/entries/x.md:1:8: error: file contains the invisible control"
                                + " character U+0085");
        assertThat(parser.parse(file, "title=a\u001Bb\n~~~~~~\n").problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "content/entries/x.md:1:8: error: file contains the invisible control"
                                + " character U+001B");
    }

    @Test
    void refusesBidiOverridesInTheBodyButAllowsZeroWidthJoinersThere() {
        assertThat(parser.parse(file, "title=x\n~~~~~~\nok\nabc\u202Edef\n").problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "content/entries/x.md:4:4: error: invisible character U+202E: a"
                                + " bidirectional override, which can make text read in another"
                                + " order");
        assertThat(parser.parse(file, "title=x\n~~~~~~\n\u0645\u200C\u0645\n").problems())
                .isEmpty();
    }

    @Test
    void readsAtMostAHundredHeaderLinesAndRefusesHugeFilesAndLines() {
        StringBuilder flood = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            flood.append("a").append(i).append("=1\n");
        }
        flood.append("~~~~~~\nbody\n");
        HeaderParser.Result result =
                parser.parse(file, flood.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "content/entries/x.md:101:1: error: the header is longer than 100 lines;"
                                + " the rest of it is not read");
        assertThat(result.header().orElseThrow().fields()).hasSize(100);
        byte[] huge = new byte[256 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThat(parser.parse(file, huge).problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "content/entries/x.md:1:1: error: file is larger than 256 KB; it is not"
                                + " read");
        assertThat(parser.parse(file, "title=x\n~~~~~~\n" + "b".repeat(20_001)).problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "content/entries/x.md:3:20001: error: line is longer than 20000"
                                + " characters");
    }
}
