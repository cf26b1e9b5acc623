package org.akhbar.tools.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Latencies.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void quantilesInterpolateBetweenRanks() {
        double[] tenValues = {10, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertThat(Latencies.quantile(tenValues, 0.9)).isCloseTo(9.1, within(1e-12));
        assertThat(Latencies.quantile(tenValues, 0.0)).isEqualTo(1);
        assertThat(Latencies.quantile(tenValues, 1.0)).isEqualTo(10);
    }

    @Test
    void noValuesHaveNoQuantile() {
        assertThat(Latencies.median(new double[0])).isNaN();
    }
}
