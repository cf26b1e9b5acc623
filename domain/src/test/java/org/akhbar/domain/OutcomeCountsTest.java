package org.akhbar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutcomeCountsTest {
    @Test
    void summaryListsEveryKindAndTheReasons() {
        OutcomeCounts c = new OutcomeCounts();
        c.add(Outcome.stored());
        c.add(Outcome.stored());
        c.add(Outcome.unchanged());
        c.add(Outcome.skipped("robots.txt"));
        c.add(Outcome.skipped("not html"));
        c.add(Outcome.skipped("robots.txt"));
        c.add(Outcome.failed("http 500"));
        assertThat(c.toString()).isEqualTo(
                "stored 2, unchanged 1, skipped 3 (not html: 1, robots.txt: 2), failed 1 (http 500: 1)");
        assertThat(c.total()).isEqualTo(7);
    }

    @Test
    void skipWithoutReasonIsRejected() {
        assertThatThrownBy(() -> Outcome.skipped(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
