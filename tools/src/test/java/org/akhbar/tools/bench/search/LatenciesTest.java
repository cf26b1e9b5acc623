package org.akhbar.tools.bench.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatenciesTest {
    private static Latencies oneToHundredMs() {
        Latencies l = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            l.add(ms * 1_000_000L);
        }
        return l;
    }

    @Test
    void percentilesAreNearestRank() {
        Latencies l = oneToHundredMs();
        assertThat(l.percentileMs(50)).isEqualTo(50.0);
        assertThat(l.percentileMs(90)).isEqualTo(90.0);
        assertThat(l.percentileMs(99)).isEqualTo(99.0);
        assertThat(l.percentileMs(99.5)).isEqualTo(100.0);
        assertThat(l.percentileMs(0)).isEqualTo(1.0);
        assertThat(l.maxMs()).isEqualTo(100.0);
        assertThat(l.meanMs()).isCloseTo(50.5, within(1e-9));
    }

    @Test
    void aFewTimesHaveTheirLongestAsP99() {
        Latencies l = new Latencies();
        l.add(1_000_000L);
        l.add(3_000_000L);
        l.add(2_000_000L);
        assertThat(l.percentileMs(99)).isEqualTo(3.0);
        assertThat(l.percentileMs(50)).isEqualTo(2.0);
    }

    @Test
    void mergedTimesCountTogether() {
        Latencies a = oneToHundredMs();
        Latencies b = new Latencies();
        b.add(1_000_000_000L);
        a.addAll(b);
        assertThat(a.count()).isEqualTo(101);
        assertThat(a.maxMs()).isEqualTo(1000.0);
    }

    @Test
    void noTimesAreZero() {
        Latencies l = new Latencies();
        assertThat(l.percentileMs(99)).isZero();
        assertThat(l.maxMs()).isZero();
    }
}
