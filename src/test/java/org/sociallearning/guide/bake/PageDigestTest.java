package org.sociallearning.guide.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDigestTest {

    private final PageDigest digests = new PageDigest("00112233445566778899aabbccddeeff");

    record Input(String a, String b, Optional<LocalDate> day, Path file) {}

    @Test
    void equalInputsHaveOneKeyWhateverOrderTheirSetsAndMapsIterateIn() {
        Map<String, List<String>> forth = new LinkedHashMap<>();
        forth.put("areas", List.of("social-web"));
        forth.put("kinds", List.of("course", "coach"));
        Map<String, List<String>> back = new LinkedHashMap<>();
        back.put("kinds", List.of("course", "coach"));
        back.put("areas", List.of("social-web"));
        assertThat(digests.data(forth)).isEqualTo(digests.data(back));
        assertThat(digests.data(new LinkedHashSet<>(List.of("x", "y"))))
                .isEqualTo(digests.data(new LinkedHashSet<>(List.of("y", "x"))));
    }

    @Test
    void inputsThatDifferAnywhereHaveDifferentKeys() {
        Input one = new Input("ab", "c", Optional.empty(), Path.of("content/a.md"));
        assertThat(digests.data(one))
                .isNotEqualTo(digests.data(new Input("a", "bc", Optional.empty(), one.file())))
                .isNotEqualTo(
                        digests.data(
                                new Input("ab", "c", Optional.of(LocalDate.EPOCH), one.file())))
                .isNotEqualTo(digests.data(new Input("ab", "c", Optional.empty(), Path.of("b"))))
                .isNotEqualTo(new PageDigest("ffeeddccbbaa99887766554433221100").data(one));
        assertThat(digests.data(List.of("course", "coach")))
                .isNotEqualTo(digests.data(List.of("coach", "course")));
        assertThat(digests.data(one))
                .isEqualTo(
                        digests.data(
                                new Input("ab", "c", Optional.empty(), Path.of("content/a.md"))));
    }

    @Test
    void aTypeItCannotKeyIsABugNotASilentCollision() {
        assertThatThrownBy(() -> digests.data(new Object()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
