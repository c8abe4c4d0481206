package org.sociallearning.guide.entry;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A content file's bytes as text: refused when larger than the limit, a byte order mark reported
 * (and skipped), and the first byte that is not UTF-8 reported at its line and column.
 */
final class EntryText {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EntryText() {}

    /** The file's text, or empty when it cannot be read as text; problems are added to the list. */
    static Optional<String> decode(Path file, byte[] bytes, int maxBytes, List<Problem> problems) {
        if (bytes.length > maxBytes) {
            problems.add(
                    Problem.error(
                            new SourceLocation(file, 1, 1),
                            "file is larger than " + maxBytes / 1024 + " KB; it is not read",
                            "shorten it: an entry describes a resource, it does not hold it"));
            return Optional.empty();
        }
        int offset = 0;
        if (startsWithBom(bytes)) {
            problems.add(
                    Problem.error(
                            new SourceLocation(file, 1, 1),
                            "file starts with a byte order mark (BOM)",
                            "save the file as UTF-8 without BOM"));
            offset = UTF8_BOM.length;
        }
        return utf8(file, bytes, offset, problems);
    }

    private static Optional<String> utf8(
            Path file, byte[] bytes, int offset, List<Problem> problems) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(
                    decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                            .toString());
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            problems.add(
                    Problem.error(
                            lineAndColumnOf(file, bytes, offset, bad),
                            "file is not valid UTF-8 (byte 0x"
                                    + String.format(
                                            "%02X", bytes[Math.min(bad, bytes.length - 1)] & 0xFF)
                                    + ")",
                            "save the file as UTF-8"));
            return Optional.empty();
        }
    }

    private static int firstInvalidUtf8(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static SourceLocation lineAndColumnOf(Path file, byte[] bytes, int from, int index) {
        int line = 1;
        int lineStart = from;
        for (int i = from; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column =
                new String(bytes, lineStart, Math.max(0, index - lineStart), StandardCharsets.UTF_8)
                                .length()
                        + 1;
        return new SourceLocation(file, line, column);
    }

    /**
     * A text's lines: CRLF (Windows), LF (Unix) and a lone CR (old Mac) all end one, and a text
     * ending with a line end has an empty last line, as {@code split("\r\n|\r|\n", -1)} gives them
     * without a regular expression per file (JFR: that split was a third of parsing a header).
     */
    static String[] lines(String text) {
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        if (text.indexOf('\r') < 0) {
            for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
                lines.add(text.substring(start, end));
                start = end + 1;
            }
        } else {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    lines.add(text.substring(start, i));
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(String[]::new);
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3
                && bytes[0] == UTF8_BOM[0]
                && bytes[1] == UTF8_BOM[1]
                && bytes[2] == UTF8_BOM[2];
    }
}
