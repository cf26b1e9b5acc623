package org.akhbar.tools.bench.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IndexRunLineTest {
    @Test
    void readsTheCountsOfTheLastRun() {
        IndexRunLine line = IndexRunLine.find("indexing...\nindexed 1114, deleted 2, failed 1 (seq 0 -> 1117)\n")
                .orElseThrow();
        assertThat(line.indexed()).isEqualTo(1114);
        assertThat(line.deleted()).isEqualTo(2);
        assertThat(line.failed()).isEqualTo(1);
        assertThat(line.fromSeq()).isZero();
        assertThat(line.toSeq()).isEqualTo(1117);
        assertThat(line.seconds()).isEmpty();
        assertThat(line.perSecond()).isEmpty();
    }

    @Test
    void readsTheIndexersOwnTimeAndRateAfterTheCounts() {
        IndexRunLine sameLine = IndexRunLine.find("indexed 124000, deleted 0, failed 0 (seq 0 -> 124000) in 41.2 s, "
                + "3,010 articles/s").orElseThrow();
        assertThat(sameLine.seconds().getAsDouble()).isCloseTo(41.2, within(1e-9));
        assertThat(sameLine.perSecond().getAsDouble()).isCloseTo(3010, within(1e-9));

        IndexRunLine nextLine = IndexRunLine.find("indexed 10, deleted 0, failed 0 (seq 0 -> 10)\n"
                + "took 2500 ms").orElseThrow();
        assertThat(nextLine.seconds().getAsDouble()).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void outputWithoutCountsHasNone() {
        assertThat(IndexRunLine.find("error: --batch must be at least 1")).isEmpty();
    }
}
