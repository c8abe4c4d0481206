package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LinkCheckOptionsTest {

    @Test
    void theBuilderStartsFromTheDefaultsAndChangesOnlyWhatItIsTold() {
        LinkCheckOptions defaults = LinkCheckOptions.defaults();
        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(defaults.allowPrivate()).isFalse();
        LinkCheckOptions o = LinkCheckOptions.builder().perHost(4).allowPrivate(true).build();
        assertThat(o.perHost()).isEqualTo(4);
        assertThat(o.allowPrivate()).isTrue();
        assertThat(o.concurrency()).isEqualTo(defaults.concurrency());
        assertThat(o.timeout()).isEqualTo(defaults.timeout());
    }

    @Test
    void theRecordChecksEveryValueInOnePlaceNamingIt() {
        assertThatThrownBy(() -> LinkCheckOptions.builder().timeout(Duration.ZERO).build())
                .hasMessageContaining("timeout must be > 0");
        assertThatThrownBy(
                        () ->
                                LinkCheckOptions.builder()
                                        .timeout(Duration.ofSeconds(10))
                                        .deadline(Duration.ofSeconds(5))
                                        .build())
                .hasMessageContaining("deadline");
        assertThatThrownBy(() -> LinkCheckOptions.builder().perHost(0).build())
                .hasMessageContaining("perHost must be >= 1");
        assertThatThrownBy(() -> LinkCheckOptions.builder().retries(-1).build())
                .hasMessageContaining("retries must be >= 0");
        assertThatThrownBy(
                        () ->
                                LinkCheckOptions.builder()
                                        .hostInterval(Duration.ofMillis(-1))
                                        .build())
                .hasMessageContaining("hostInterval must not be negative");
    }
}
