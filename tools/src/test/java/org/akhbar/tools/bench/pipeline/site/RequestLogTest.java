package org.akhbar.tools.bench.pipeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLogTest {
    private static final long MS = 1_000_000L;

    @Test
    void theShortestHostGapIsMeasuredInArrivalOrderWhateverTheRecordingOrder() {
        RequestLog log = new RequestLog();
        long t0 = log.startNanos();
        // Handlers on several threads record out of order: the gap is 30 ms, never negative.
        log.record("a", "/x", RequestLog.Kind.ARTICLE, t0 + 100 * MS);
        log.record("a", "/y", RequestLog.Kind.ARTICLE, t0 + 70 * MS);
        log.record("a", "/robots.txt", RequestLog.Kind.DISCOVERY, t0 + 10 * MS);
        log.record("b", "/z", RequestLog.Kind.ARTICLE, t0 + 71 * MS);
        assertThat(log.shortestHostGapNanos()).isEqualTo(30 * MS);
    }

    @Test
    void shortHostGapsAreCountedAmongAllGapsHostByHost() {
        RequestLog log = new RequestLog();
        long t0 = log.startNanos();
        log.record("a", "/1", RequestLog.Kind.ARTICLE, t0);
        log.record("a", "/2", RequestLog.Kind.ARTICLE, t0 + 100 * MS);
        log.record("a", "/3", RequestLog.Kind.ARTICLE, t0 + 140 * MS);
        log.record("b", "/4", RequestLog.Kind.ARTICLE, t0 + 141 * MS);
        log.record("b", "/5", RequestLog.Kind.ARTICLE, t0 + 300 * MS);
        assertThat(log.hostGapsShorterThan(100 * MS)).containsExactly(1, 3);
    }

    @Test
    void arrivalsAreSortedAndCountedFromThePhasesStart() {
        RequestLog log = new RequestLog();
        long t0 = log.startNanos();
        log.record("a", "/2", RequestLog.Kind.ARTICLE, t0 + 1_500 * MS);
        log.record("a", "/1", RequestLog.Kind.ARTICLE, t0 + 500 * MS);
        log.record("a", "/sitemap.xml", RequestLog.Kind.DISCOVERY, t0 + 200 * MS);
        assertThat(log.articleArrivalNanos()).containsExactly(500 * MS, 1_500 * MS);
        assertThat(log.firstRequestAfterNanos()).isEqualTo(200 * MS);
        assertThat(log.firstArticleAfterNanos()).isEqualTo(500 * MS);
        assertThat(log.articleSpanNanos()).isEqualTo(1_000 * MS);
        assertThat(log.articlesPerSecond()).containsExactly(1, 1);
    }

    @Test
    void aResetForgetsThePreviousPhase() {
        RequestLog log = new RequestLog();
        log.record("a", "/1", RequestLog.Kind.ARTICLE, log.startNanos() + MS);
        log.reset();
        assertThat(log.articleArrivalNanos()).isEmpty();
        assertThat(log.firstRequestAfterNanos()).isEqualTo(-1);
        assertThat(log.shortestHostGapNanos()).isEqualTo(-1);
    }
}
