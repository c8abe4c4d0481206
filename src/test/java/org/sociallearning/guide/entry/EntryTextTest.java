package org.sociallearning.guide.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EntryTextTest {

    @Test
    void linesEndAtCrlfLfOrALoneCrAsTheRegularExpressionSplitThem() {
        String[] samples = {
            "", "a", "\n", "\r", "\r\n", "\n\r", "a\nb", "a\r\nb\r\n", "a\rb\n\nc", "x\r\r\n\n"
        };
        for (String text : samples) {
            assertThat(EntryText.lines(text)).as(text).containsExactly(regex(text));
        }
        Random random = new Random(42);
        char[] alphabet = {'a', 'é', ' ', '\r', '\n', '~'};
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            assertThat(EntryText.lines(t)).as(t).containsExactly(regex(t));
        }
    }

    private static String[] regex(String text) {
        return text.split("\r\n|\r|\n", -1);
    }
}
