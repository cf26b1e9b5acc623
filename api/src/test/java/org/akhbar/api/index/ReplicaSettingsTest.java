package org.akhbar.api.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplicaSettingsTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void anEmptySourceMeansTheLocalMode() {
        assertThat(new ReplicaSettings("", "data/replica", SECOND).enabled()).isFalse();
        assertThat(new ReplicaSettings(null, "data/replica", SECOND).enabled()).isFalse();
    }

    @Test
    void theIndexerUrlLosesItsTrailingSlash() {
        ReplicaSettings s = new ReplicaSettings("http://indexer:8090/", "data/replica", SECOND);
        assertThat(s.enabled()).isTrue();
        assertThat(s.indexer()).hasToString("http://indexer:8090");
    }

    @Test
    void aSourceThatIsNotAnHttpUrlStopsTheServiceNamingTheKey() {
        for (String bad : new String[] {"indexer:8090", "ftp://indexer/", "http:///x", "http://in dexer"}) {
            assertThatThrownBy(() -> new ReplicaSettings(bad, "data/replica", SECOND))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("akhbar.replica.from");
        }
    }

    @Test
    void aZeroIntervalIsRefused() {
        assertThatThrownBy(() -> new ReplicaSettings("", "d", Duration.ZERO))
                .hasMessageContaining("akhbar.replica.interval");
    }
}
