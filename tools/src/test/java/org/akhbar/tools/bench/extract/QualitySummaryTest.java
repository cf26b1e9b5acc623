package org.akhbar.tools.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QualitySummaryTest {

    @Test
    void precisionIsAveragedOverNonEmptyExtractionsAndRecallOverNonEmptyExpectations() {
        QualitySummary q = new QualitySummary();
        q.add(new ShingleMetric.Counts(4, 4, 4));   // P 1, R 1
        q.add(new ShingleMetric.Counts(4, 2, 2));   // P 0.5, R 1
        q.add(new ShingleMetric.Counts(0, 5, 0));   // empty extraction: no P, R 0

        assertThat(q.precision()).isCloseTo(0.75, within(1e-12));
        assertThat(q.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(q.f1()).isCloseTo(2 * 0.75 * (2 / 3.0) / (0.75 + 2 / 3.0), within(1e-12));
    }

    @Test
    void f1OfNothingIsZero() {
        QualitySummary q = new QualitySummary();
        q.add(new ShingleMetric.Counts(3, 3, 0));
        assertThat(q.f1()).isZero();
    }

    @Test
    void titleMatchCollapsesWhitespaceButKeepsCaseAndPunctuation() {
        assertThat(QualitySummary.titleMatches("A  title\n here", " A title here ")).isTrue();
        assertThat(QualitySummary.titleMatches("عنوان\u00A0الخبر", "عنوان الخبر")).isTrue();
        assertThat(QualitySummary.titleMatches("A title", "a title")).isFalse();
        assertThat(QualitySummary.titleMatches("A title", "A title!")).isFalse();
        assertThat(QualitySummary.titleMatches("A title", null)).isFalse();
    }

    @Test
    void titleRateCountsOnlyPagesWithAnExpectedTitle() {
        QualitySummary q = new QualitySummary();
        assertThat(q.titleMatchRate()).isNaN();
        q.addTitle(null, "anything");
        q.addTitle("Right", "Right");
        q.addTitle("Right", "Wrong");
        assertThat(q.titlesGiven()).isEqualTo(2);
        assertThat(q.titleMatchRate()).isEqualTo(0.5);
    }
}
