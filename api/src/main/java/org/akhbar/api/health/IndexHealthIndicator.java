package org.akhbar.api.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.akhbar.api.index.IndexHolder;
import org.akhbar.api.index.ReplicaFollower;
import org.akhbar.search.index.CommitInfo;
import org.reactivestreams.Publisher;

/**
 * Reports the index under {@code /health} and {@code /health/readiness} as {@code index}.
 *
 * <p>UP while search can be served: with the mode ({@code local} or {@code replica}), the
 * article count, the revision served (the commit's generation; for a replica the revision's
 * version too), its seq, when it was committed and its age in seconds; or with {@code state:
 * NO_INDEX_YET} before the first indexer commit in the local mode (search then answers empty,
 * which is correct, not a failure). A replica also shows the indexer it copies from, how long
 * ago that answered and why the last update failed, if it did. DOWN (so 503) when the index
 * exists but cannot be opened, and for a replica that has no copy yet. No detail names a file
 * path: health is open to anonymous callers.
 */
@Singleton
@Readiness
@Requires(property = "akhbar.index-dir") // as IndexHolder: only in the API's own context
public final class IndexHealthIndicator implements HealthIndicator {
    static final String NAME = "index";

    private final IndexHolder index;
    private final ReplicaFollower replica;

    public IndexHealthIndicator(IndexHolder index, @Nullable ReplicaFollower replica) {
        this.index = index;
        this.replica = replica;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", index.isReplica() ? "replica" : "local");
        IndexHolder.State state = index.state();
        HealthStatus status = HealthStatus.UP;
        if (state == IndexHolder.State.UNAVAILABLE) {
            status = HealthStatus.DOWN;
            details.put("state", state.name());
            details.put("error", index.failure());
        } else if (replica != null && replica.serving().isEmpty()) {
            status = HealthStatus.DOWN;
            details.put("state", "WAITING_FOR_FIRST_REVISION");
        } else {
            details.put("state", state.name());
            details.put("articles", articleCount());
            commit().ifPresent(c -> {
                details.put("revision", c.generation());
                details.put("seq", c.seq());
                if (c.committedAt() != null) {
                    details.put("committedAt", c.committedAt().toString());
                    details.put("revisionAgeSeconds", Duration.between(c.committedAt(), Instant.now()).toSeconds());
                }
            });
        }
        if (replica != null) {
            replica.serving().ifPresent(r -> details.put("revisionVersion", r.version()));
            details.put("source", replica.source());
            details.put("lastContactAgeSeconds", replica.lastContactAge().map(Duration::toSeconds).orElse(null));
            if (replica.lastError() != null) {
                details.put("lastError", replica.lastError());
            }
        }
        return Publishers.just(HealthResult.builder(NAME, status).details(details).build());
    }

    private Optional<CommitInfo> commit() {
        try {
            return index.searcher().commitInfo();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private Object articleCount() {
        try {
            return index.searcher().articleCount();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
