package org.akhbar.tools.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleMetricTest {

    @Test
    void identicalTextsMatchEveryShingle() {
        ShingleMetric.Counts c = ShingleMetric.compare("one two three four five", "one two three four five");
        assertThat(c).isEqualTo(new ShingleMetric.Counts(2, 2, 2));
        assertThat(c.precision()).isEqualTo(1.0);
        assertThat(c.recall()).isEqualTo(1.0);
    }

    @Test
    void extraTextLowersPrecisionAndMissingTextLowersRecall() {
        // expected: a b c d e f -> 3 shingles; predicted: a b c d x -> "a b c d", "b c d x"
        ShingleMetric.Counts c = ShingleMetric.compare("a b c d x", "a b c d e f");
        assertThat(c).isEqualTo(new ShingleMetric.Counts(2, 3, 1));
        assertThat(c.precision()).isEqualTo(0.5);
        assertThat(c.recall()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void aTextShorterThanFourTokensIsOneShorterShingle() {
        assertThat(ShingleMetric.shingles("hello world")).containsExactly(java.util.Map.entry("hello world", 1));
        assertThat(ShingleMetric.compare("hello world", "hello world")).isEqualTo(new ShingleMetric.Counts(1, 1, 1));
        assertThat(ShingleMetric.compare("hello", "hello world").shared()).isZero();
    }

    @Test
    void repeatedShinglesCountWithMultiplicity() {
        // "a a a a a" has the shingle "a a a a" twice; the expected text has it once.
        ShingleMetric.Counts c = ShingleMetric.compare("a a a a a", "a a a a");
        assertThat(c).isEqualTo(new ShingleMetric.Counts(2, 1, 1));
    }

    @Test
    void punctuationAndLineBreaksDoNotChangeTheShingles() {
        assertThat(ShingleMetric.compare("One, two.\nThree - four!", "one two three four").shared()).isZero(); // case kept
        assertThat(ShingleMetric.compare("One, two.\nThree - four!", "One two Three four").shared()).isEqualTo(1);
    }

    @Test
    void emptyPredictionHasNoPrecisionAndZeroRecall() {
        ShingleMetric.Counts c = ShingleMetric.compare("", "some expected article text");
        assertThat(c.precision()).isNaN();
        assertThat(c.recall()).isZero();
    }

    @Test
    void emptyExpectedTextHasNoRecallAndZeroPrecision() {
        ShingleMetric.Counts c = ShingleMetric.compare("some extracted text here", "");
        assertThat(c.recall()).isNaN();
        assertThat(c.precision()).isZero();
    }
}
