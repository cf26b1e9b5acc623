package org.akhbar.indexer.service;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Reports under {@code /health} as {@code database} whether the change feed can be read. It
 * stands in for Micronaut's JDBC indicator, which is switched off because its details name
 * the datasource URL (a file path for H2, a host and user for PostgreSQL).
 *
 * <p>It says so in its details and stays UP: while the database is down the indexer still
 * serves its last revision to replicas, so it must stay ready (in a Kubernetes Service) and
 * alive. The outage shows as {@code changeFeed: cannot be read} and an unknown lag.
 */
@Singleton
public final class DatabaseHealthIndicator implements HealthIndicator {
    private final IndexerStatus status;

    public DatabaseHealthIndicator(IndexerStatus status) {
        this.status = status;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        boolean readable = status.feedSeq() >= 0;
        return Publishers.just(HealthResult.builder("database", HealthStatus.UP)
                .details(Map.of("changeFeed", readable ? "readable" : "cannot be read"))
                .build());
    }
}
