package org.akhbar.scraper.service;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Reports under {@code /health} as {@code database} whether the frontier can be read. It
 * stands in for Micronaut's JDBC indicator, which is switched off because its details name
 * the datasource URL (a file path for H2, a host and user for PostgreSQL).
 */
@Singleton
@Readiness
public final class DatabaseHealthIndicator implements HealthIndicator {
    private final ScraperStatus status;

    public DatabaseHealthIndicator(ScraperStatus status) {
        this.status = status;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        boolean readable = status.due() >= 0;
        return Publishers.just(HealthResult.builder("database", readable ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("frontier", readable ? "readable" : "cannot be read"))
                .build());
    }
}
