package org.akhbar.api.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.akhbar.api.index.IndexHolder;
import org.akhbar.search.index.CommitInfo;

/**
 * The index the API serves, as Prometheus gauges: {@code akhbar_index_revision} (the commit's
 * generation), {@code akhbar_index_seq}, {@code akhbar_index_revision_age_seconds} (since the
 * indexer made the commit) and {@code akhbar_index_articles}. Each is read from the current
 * searcher when scraped; NaN while there is no index. Micronaut binds it to the registry.
 */
@Singleton
// Only in the API's own context: a context that merely has these classes on its path (a test
// of the store) binds every MeterBinder when its data source creates the registry.
@Requires(property = "akhbar.index-dir")
public final class IndexMetrics implements MeterBinder {
    private final IndexHolder index;

    public IndexMetrics(IndexHolder index) {
        this.index = index;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "akhbar.index.revision", "Generation of the index commit served", index,
                h -> commit(h).map(c -> (double) c.generation()).orElse(Double.NaN));
        gauge(registry, "akhbar.index.seq", "Change-feed seq of the index commit served", index,
                h -> commit(h).map(c -> (double) c.seq()).orElse(Double.NaN));
        gauge(registry, "akhbar.index.revision.age.seconds", "Seconds since the indexer made the commit served", index,
                h -> commit(h).filter(c -> c.committedAt() != null)
                        .map(c -> (Instant.now().toEpochMilli() - c.committedAt().toEpochMilli()) / 1000.0)
                        .orElse(Double.NaN));
        gauge(registry, "akhbar.index.articles", "Articles in the index served", index, h -> {
            try {
                return h.searcher().articleCount();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        });
    }

    private static void gauge(MeterRegistry registry, String name, String description, IndexHolder index,
            ToDoubleFunction<IndexHolder> value) {
        Gauge.builder(name, index, value).description(description).register(registry);
    }

    private static Optional<CommitInfo> commit(IndexHolder index) {
        try {
            return index.searcher().commitInfo();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
