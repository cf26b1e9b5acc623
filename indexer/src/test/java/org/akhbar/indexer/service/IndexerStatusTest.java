package org.akhbar.indexer.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.akhbar.indexer.FeedIndexer;
import org.akhbar.indexer.IndexRun;
import org.junit.jupiter.api.Test;

class IndexerStatusTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong newest = new AtomicLong(10);

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    @Test
    void lagIsTheNewestSeqMinusTheAppliedOne() {
        IndexerStatus status = new IndexerStatus(registry, newest::get);
        status.started(4);
        assertThat(gauge("akhbar.indexer.lag")).isEqualTo(6);

        status.listener().applied(new IndexRun(5, 1, 0, 4, 10, Duration.ofSeconds(1)));
        assertThat(status.lag()).isZero();
    }

    @Test
    void articlesAreCountedByOutcomeAcrossBatchesOfOnePass() {
        IndexerStatus status = new IndexerStatus(registry, newest::get);
        FeedIndexer.Listener pass = status.listener();
        pass.applied(new IndexRun(3, 0, 1, 0, 4, Duration.ofSeconds(1)));
        pass.applied(new IndexRun(5, 2, 1, 0, 9, Duration.ofSeconds(2)));
        pass.committed(new IndexRun(5, 2, 1, 0, 9, Duration.ofSeconds(2)));

        assertThat(registry.get("akhbar.indexer.articles").tag("outcome", "indexed").counter().count()).isEqualTo(5);
        assertThat(registry.get("akhbar.indexer.articles").tag("outcome", "deleted").counter().count()).isEqualTo(2);
        assertThat(registry.get("akhbar.indexer.articles").tag("outcome", "failed").counter().count()).isEqualTo(1);
        assertThat(status.committedSeq()).isEqualTo(9);
        assertThat(gauge("akhbar.indexer.last.commit.timestamp.seconds")).isPositive();
    }

    @Test
    void anUnreadableDatabaseMakesTheLagUnknownNotZero() {
        IndexerStatus status = new IndexerStatus(registry, () -> {
            throw new IllegalStateException("database down");
        });
        assertThat(status.feedSeq()).isEqualTo(-1);
        assertThat(status.lag()).isNaN();
    }
}
