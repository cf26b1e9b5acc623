package org.akhbar.api.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplicaSettingsTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void anEmptySourceMeansTheLocalMode() {
        assertThat(new ReplicaSettings("", "data/replica", SECOND, 0).enabled()).isFalse();
        assertThat(new ReplicaSettings(null, "data/replica", SECOND, 0).enabled()).isFalse();
    }

    @Test
    void theIndexerUrlLosesItsTrailingSlash() {
        ReplicaSettings s = new ReplicaSettings("http://indexer:8090/", "data/replica", SECOND, 0);
        assertThat(s.enabled()).isTrue();
        assertThat(s.indexer()).hasToString("http://indexer:8090");
    }

    @Test
    void aSourceThatIsNotAnHttpUrlStopsTheServiceNamingTheKey() {
        for (String bad : new String[] {"indexer:8090", "ftp://indexer/", "http:///x", "http://in dexer"}) {
            assertThatThrownBy(() -> new ReplicaSettings(bad, "data/replica", SECOND, 0))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("akhbar.replica.from");
        }
    }

    @Test
    void aNegativeRateLimitIsRefused() {
        assertThatThrownBy(() -> new ReplicaSettings("", "d", SECOND, -1))
                .hasMessageContaining("akhbar.replica.max-bytes-per-second");
    }

    @Test
    void aZeroIntervalIsRefused() {
        assertThatThrownBy(() -> new ReplicaSettings("", "d", Duration.ZERO, 0))
                .hasMessageContaining("akhbar.replica.interval");
    }
}
