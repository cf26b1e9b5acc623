package org.akhbar.api.error;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The search gate turned a search away: every search slot was busy and the waiting line full,
 * or the search waited as long as it may. Answers 503 with {@code Retry-After}, so a client
 * (or a load balancer) backs off instead of piling on.
 */
public final class SearchOverloadedException extends ApiException {
    private final Duration retryAfter;

    public SearchOverloadedException(Duration retryAfter) {
        super(ProblemType.SEARCH_OVERLOADED,
                "The server is answering as many searches as it can; try again in a moment.");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
