package org.akhbar.scraper.crawl;

import java.time.Duration;
import java.util.Objects;

/**
 * How the crawl loop runs.
 *
 * @param threads worker threads fetching and extracting in parallel (per-host pacing still applies)
 * @param leaseFor how long a worker holds a URL before another may take it over; longer than
 *     the slowest fetch can take
 * @param retryBackoff the wait before the first retry of a transient failure; it grows
 *     with each attempt up to {@link #MAX_BACKOFF}
 * @param repollInterval in continuous mode, how often feeds, sitemaps and sections are read again
 * @param hostDelay the pause between two requests to one host: above zero, workers take turns
 *     over the hosts so that none waits on a host another worker has just fetched from
 * @param recheckAfter a page a feed or sitemap lists again is fetched again (checked for
 *     changes) only when it was completed at least this long before the poll began; zero
 *     rechecks every page completed before it
 */
public record CrawlSettings(int threads, Duration leaseFor, Duration retryBackoff, Duration repollInterval,
        Duration hostDelay, Duration recheckAfter) {
    /** The longest a transient failure waits before it is retried. */
    public static final Duration MAX_BACKOFF = Duration.ofHours(6);

    public CrawlSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        Objects.requireNonNull(leaseFor, "leaseFor");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(repollInterval, "repollInterval");
        Objects.requireNonNull(hostDelay, "hostDelay");
        Objects.requireNonNull(recheckAfter, "recheckAfter");
        if (leaseFor.isNegative() || leaseFor.isZero() || repollInterval.isNegative() || repollInterval.isZero()) {
            throw new IllegalArgumentException("leaseFor and repollInterval must be positive");
        }
        if (retryBackoff.isNegative() || hostDelay.isNegative() || recheckAfter.isNegative()) {
            throw new IllegalArgumentException("retryBackoff, hostDelay and recheckAfter must not be negative");
        }
    }

    /** Settings without a host delay, rechecking every listed page. */
    public CrawlSettings(int threads, Duration leaseFor, Duration retryBackoff, Duration repollInterval) {
        this(threads, leaseFor, retryBackoff, repollInterval, Duration.ZERO, Duration.ZERO);
    }

    /** Two threads, 10-minute leases, retries from 5 minutes, re-poll every 30 minutes. */
    public static CrawlSettings defaults() {
        return new CrawlSettings(2, Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofMinutes(30));
    }

    public CrawlSettings withThreads(int n) {
        return new CrawlSettings(n, leaseFor, retryBackoff, repollInterval, hostDelay, recheckAfter);
    }

    public CrawlSettings withHostDelay(Duration delay) {
        return new CrawlSettings(threads, leaseFor, retryBackoff, repollInterval, delay, recheckAfter);
    }

    public CrawlSettings withRecheckAfter(Duration age) {
        return new CrawlSettings(threads, leaseFor, retryBackoff, repollInterval, hostDelay, age);
    }

    /** The wait before retry number {@code attempt} (1-based): doubling from {@link #retryBackoff}, capped. */
    public Duration backoff(int attempt) {
        int shift = Math.max(0, Math.min(attempt - 1, 20));
        Duration d = retryBackoff.multipliedBy(1L << shift);
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }
}
