package org.sociallearning.guide.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the directory's search reads text, exactly as {@code assets/js/filter/match.js} does: folded
 * to lower case without accents or compatibility forms ("Société" is "societe"), and cut into
 * words, a word being a run of letters and digits (judged one UTF-16 unit at a time, as the script
 * does). A search word that is itself one such run begins a word of a text exactly when some word
 * of the text starts with it, which is what lets the search index keep words, not texts.
 */
final class SearchFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchFolding() {}

    /** Lower case, without accents or compatibility forms. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (ascii(lower)) {
            return lower;
        }
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
    }

    /** The words of a text, folded, in order, repeats kept. */
    static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && isWordChar(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** Whether a UTF-16 unit is a letter or a digit (Unicode L or N; a lone surrogate is not). */
    static boolean isWordChar(char c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER ->
                    true;
            default -> false;
        };
    }

    /**
     * The shard a word's postings are in: its first {@code length} units, written so that it is
     * safe in a file name (a-z and 0-9 as they are, anything else as {@code _} and four hex
     * digits). The script computes the same names.
     */
    static String shardKey(String word, int length) {
        return word.substring(0, Math.min(length, word.length()));
    }

    static String fileSafe(String key) {
        StringBuilder safe = new StringBuilder();
        for (char c : key.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                safe.append(c);
            } else {
                safe.append('_').append(String.format(Locale.ROOT, "%04x", (int) c));
            }
        }
        return safe.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
