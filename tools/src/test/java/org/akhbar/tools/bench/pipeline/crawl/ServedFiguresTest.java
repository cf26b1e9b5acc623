package org.akhbar.tools.bench.pipeline.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ServedFiguresTest {
    private static final long MS = 1_000_000L;

    @Test
    void aRateCountsTheIntervalsBetweenRequests() {
        long[] t = {0, 10 * MS, 20 * MS, 30 * MS, 40 * MS};
        assertThat(ServedFigures.rate(t, 0, t.length)).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void aTenthIsRatedOnItsOwnRequests() {
        long[] t = {0, 10 * MS, 20 * MS, 200 * MS, 400 * MS};
        assertThat(ServedFigures.rate(t, 0, 3)).isCloseTo(100.0, within(1e-9));
        assertThat(ServedFigures.rate(t, 3, 5)).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void fewerThanTwoRequestsHaveNoRate() {
        assertThat(ServedFigures.rate(new long[] {5 * MS}, 0, 1)).isZero();
        assertThat(ServedFigures.rate(new long[0], 0, 0)).isZero();
    }
}
