package org.akhbar.api.health;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.akhbar.api.index.IndexHolder;
import org.reactivestreams.Publisher;

/**
 * Reports the index under {@code /health} and {@code /health/readiness} as {@code index}.
 *
 * <p>UP while search can be served: with the article count of the current view, or with
 * {@code state: NO_INDEX_YET} before the first indexer commit (search then answers empty,
 * which is correct, not a failure). DOWN (so 503) when the index exists but cannot be opened.
 */
@Singleton
@Readiness
public final class IndexHealthIndicator implements HealthIndicator {
    static final String NAME = "index";

    private final IndexHolder index;

    public IndexHealthIndicator(IndexHolder index) {
        this.index = index;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("directory", index.indexDir().toString());
        IndexHolder.State state = index.state();
        details.put("state", state.name());
        HealthStatus status;
        if (state == IndexHolder.State.UNAVAILABLE) {
            status = HealthStatus.DOWN;
            details.put("error", index.failure());
        } else {
            status = HealthStatus.UP;
            details.put("articles", articleCount());
        }
        return Publishers.just(HealthResult.builder(NAME, status).details(details).build());
    }

    private Object articleCount() {
        try {
            return index.searcher().articleCount();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
