package org.akhbar.indexer.service;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Reports the indexer under {@code /health} as {@code indexer}: the seqs applied and
 * committed, the lag behind the feed, the last commit and the revision replicas get. UP while
 * the process runs (a database outage shows as an unknown lag, not as DOWN: restarting the
 * indexer would not bring the database back).
 */
@Singleton
@Liveness
public final class IndexerHealthIndicator implements HealthIndicator {
    private final IndexerStatus status;

    public IndexerHealthIndicator(IndexerStatus status) {
        this.status = status;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("appliedSeq", status.appliedSeq());
        details.put("committedSeq", status.committedSeq());
        long feed = status.feedSeq();
        details.put("feedSeq", feed < 0 ? "unknown" : feed);
        details.put("lag", feed < 0 ? "unknown" : (long) status.lag());
        details.put("lastCommit", status.lastCommit() == null ? "none yet" : status.lastCommit().toString());
        status.published().ifPresent(r -> {
            details.put("revision", r.version());
            details.put("revisionSeq", r.seq());
        });
        return Publishers.just(HealthResult.builder("indexer", HealthStatus.UP).details(details).build());
    }
}
