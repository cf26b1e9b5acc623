package org.akhbar.api.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * The {@code akhbar.search.*} settings: how many searches run at once and how long the rest
 * may wait ({@link SearchGate}). An invalid value stops the service at start-up with a
 * message naming the key.
 *
 * @param concurrency searches running at once; 0 means one per available processor
 * @param queue searches that may wait for a slot; more are answered 503 at once
 * @param maxWait the longest a search waits for a slot before it is answered 503
 * @param retryAfter what a 503 tells the client to wait ({@code Retry-After}, whole seconds)
 * @param ownThreads run searches on the gate's platform threads (true) or on the request's
 *     virtual thread (false)
 */
@ConfigurationProperties("akhbar.search")
public record SearchGateSettings(int concurrency, int queue, Duration maxWait, Duration retryAfter,
        boolean ownThreads) {

    public SearchGateSettings {
        if (concurrency < 0) {
            throw new IllegalArgumentException("akhbar.search.concurrency must be 0 (one per processor) or more; got "
                    + concurrency);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("akhbar.search.queue must be 0 or more; got " + queue);
        }
        if (maxWait == null || maxWait.isNegative()) {
            throw new IllegalArgumentException("akhbar.search.max-wait must be a duration of 0 or more, e.g. 500ms");
        }
        if (retryAfter == null || retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("akhbar.search.retry-after must be a positive duration, e.g. 1s");
        }
    }

    /** The number of searches that run at once, {@code concurrency} resolved. */
    public int slots() {
        return concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
    }
}
