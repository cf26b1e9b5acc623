package org.akhbar.scraper.service;

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
 * Reports the crawl under {@code /health} as {@code scraper}: pages by outcome, URLs due and
 * each source's last success. UP while the process runs.
 */
@Singleton
@Liveness
public final class ScraperHealthIndicator implements HealthIndicator {
    private final ScraperStatus status;

    public ScraperHealthIndicator(ScraperStatus status) {
        this.status = status;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pages", status.pagesByOutcome());
        long due = status.due();
        details.put("due", due < 0 ? "unknown" : due);
        details.put("lastSuccess", status.lastSuccess());
        return Publishers.just(HealthResult.builder("scraper", HealthStatus.UP).details(details).build());
    }
}
