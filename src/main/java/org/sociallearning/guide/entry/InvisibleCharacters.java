package org.sociallearning.guide.entry;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Characters that change how text looks without being seen: bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which can make a title read backwards ("Trojan Source"), and
 * zero-width characters (U+200B, U+200C, U+200D, U+2060–U+2064, U+FEFF, U+180E), which make two
 * titles look alike. Header values may hold none of them, except a zero-width joiner between two
 * emoji (as in 👩‍💻). Bodies may not hold bidi overrides or isolates; zero-width characters are
 * allowed there, since some scripts need U+200C and U+200D between letters.
 */
final class InvisibleCharacters {

    private InvisibleCharacters() {}

    /** The first control character, which editors hide and XML feeds reject. */
    static Optional<Problem> control(Path file, String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (Character.isISOControl(ch) && ch != '\t') {
                    return Optional.of(
                            Problem.error(
                                    new SourceLocation(file, i + 1, c + 1),
                                    String.format(
                                            "file contains the invisible control character U+%04X",
                                            (int) ch),
                                    "delete it (retype the text around it if your editor does not"
                                            + " show it)"));
                }
            }
        }
        return Optional.empty();
    }

    /** The first invisible character in a header line, if any. */
    static Optional<Problem> inHeader(Path file, int line, String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isBidiControl(cp) || (isZeroWidth(cp) && !joinsEmoji(text, i, cp, next))) {
                return Optional.of(problem(file, line, i, cp));
            }
            i = next;
        }
        return Optional.empty();
    }

    /** The first bidi override or isolate in a body, if any. */
    static Optional<Problem> inBody(Path file, String[] lines, int from) {
        for (int l = from; l < lines.length; l++) {
            String text = lines[l];
            for (int i = 0; i < text.length(); i++) {
                if (isBidiControl(text.charAt(i))) {
                    return Optional.of(problem(file, l + 1, i, text.charAt(i)));
                }
            }
        }
        return Optional.empty();
    }

    private static Problem problem(Path file, int line, int index, int cp) {
        String kind =
                isBidiControl(cp)
                        ? "a bidirectional override, which can make text read in another order"
                        : "a zero-width character, which makes text look like other text";
        return Problem.error(
                new SourceLocation(file, line, index + 1),
                String.format("invisible character U+%04X: %s", cp, kind),
                "delete it (retype the text around it if your editor does not show it)");
    }

    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    static boolean isZeroWidth(int cp) {
        return cp == 0x200B
                || cp == 0x200C
                || cp == 0x200D
                || (cp >= 0x2060 && cp <= 0x2064)
                || cp == 0xFEFF
                || cp == 0x180E;
    }

    /** A zero-width joiner with an emoji on each side (a variation selector counts as one). */
    private static boolean joinsEmoji(String text, int index, int cp, int next) {
        if (cp != 0x200D || index == 0 || next >= text.length()) {
            return false;
        }
        return isEmoji(text.codePointBefore(index)) && isEmoji(text.codePointAt(next));
    }

    private static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF)
                || (cp >= 0x2300 && cp <= 0x23FF)
                || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2B00 && cp <= 0x2BFF)
                || cp == 0xFE0F;
    }
}
