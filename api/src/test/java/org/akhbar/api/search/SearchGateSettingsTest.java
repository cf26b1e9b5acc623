package org.akhbar.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchGateSettingsTest {
    private static final Duration WAIT = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(1);

    @Test
    void concurrencyZeroMeansOneSlotPerProcessor() {
        assertThat(new SearchGateSettings(0, 100, WAIT, RETRY, true).slots())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(new SearchGateSettings(3, 100, WAIT, RETRY, true).slots()).isEqualTo(3);
    }

    @Test
    void anInvalidValueIsRefusedNamingItsKey() {
        assertThatThrownBy(() -> new SearchGateSettings(-1, 100, WAIT, RETRY, true))
                .hasMessageContaining("akhbar.search.concurrency");
        assertThatThrownBy(() -> new SearchGateSettings(0, -1, WAIT, RETRY, true))
                .hasMessageContaining("akhbar.search.queue");
        assertThatThrownBy(() -> new SearchGateSettings(0, 100, Duration.ofMillis(-1), RETRY, true))
                .hasMessageContaining("akhbar.search.max-wait");
        assertThatThrownBy(() -> new SearchGateSettings(0, 100, WAIT, Duration.ZERO, true))
                .hasMessageContaining("akhbar.search.retry-after");
    }
}
