package org.akhbar.scraper;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Set;
import org.akhbar.scraper.crawl.CrawlSettings;
import org.akhbar.scraper.fetch.FetchSettings;

/**
 * The scraper's settings, under {@code akhbar.scraper} (environment: {@code AKHBAR_SCRAPER_*}).
 * Checked when the bean is created: an invalid value stops start-up with a
 * {@link IllegalArgumentException} naming the key.
 *
 * @param delay pause between two requests to one host ({@code 1s}; demos and tests use {@code 0s})
 * @param maxCrawlDelay the most a robots.txt Crawl-delay may stretch the delay
 * @param threads worker threads
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout deadline for one whole request
 * @param maxBytes largest body read
 * @param maxRedirects redirects followed per fetch
 * @param userAgent User-Agent header, whose product token robots.txt is matched against
 * @param repollInterval continuous mode: how often feeds and sitemaps are read again
 * @param retryBackoff first wait before retrying a transient failure
 * @param recheckAfter how long after its fetch a page listed again is fetched again
 */
@ConfigurationProperties("akhbar.scraper")
public record ScraperConfiguration(
        @Bindable(defaultValue = "1s") Duration delay,
        @Bindable(defaultValue = "10s") Duration maxCrawlDelay,
        @Bindable(defaultValue = "2") int threads,
        @Bindable(defaultValue = "5s") Duration connectTimeout,
        @Bindable(defaultValue = "30s") Duration requestTimeout,
        @Bindable(defaultValue = "10485760") long maxBytes,
        @Bindable(defaultValue = "5") int maxRedirects,
        @Bindable(defaultValue = FetchSettings.DEFAULT_USER_AGENT) String userAgent,
        @Bindable(defaultValue = "30m") Duration repollInterval,
        @Bindable(defaultValue = "5m") Duration retryBackoff,
        @Bindable(defaultValue = "10m") Duration recheckAfter) {

    /**
     * The property names (kebab-case, without the prefix) the scraper reads: this record's, and
     * {@code http-port}, the port of the continuous crawl's management server (read by the
     * HTTP server's configuration, not here).
     */
    public static final Set<String> KEYS = Set.of("delay", "max-crawl-delay", "threads", "connect-timeout",
            "request-timeout", "max-bytes", "max-redirects", "user-agent", "repoll-interval", "retry-backoff",
            "recheck-after", "http-port");

    public ScraperConfiguration {
        requireNonNegative(delay, "delay");
        requireNonNegative(maxCrawlDelay, "max-crawl-delay");
        requirePositive(connectTimeout, "connect-timeout");
        requirePositive(requestTimeout, "request-timeout");
        requirePositive(repollInterval, "repoll-interval");
        requireNonNegative(retryBackoff, "retry-backoff");
        requireNonNegative(recheckAfter, "recheck-after");
        if (threads < 1 || threads > 64) {
            throw invalid("threads", "must be between 1 and 64, got " + threads);
        }
        if (maxBytes < 1024) {
            throw invalid("max-bytes", "must be at least 1024, got " + maxBytes);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw invalid("max-redirects", "must be between 0 and 20, got " + maxRedirects);
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw invalid("user-agent", "must not be blank");
        }
    }

    /** The fetcher's share of these settings. */
    public FetchSettings fetchSettings() {
        return new FetchSettings(userAgent, delay, maxCrawlDelay, connectTimeout, requestTimeout, maxBytes, maxRedirects);
    }

    /** The crawl loop's share; leases outlast the slowest possible fetch chain. */
    public CrawlSettings crawlSettings() {
        Duration slowest = requestTimeout.plus(delay).plus(maxCrawlDelay).multipliedBy(maxRedirects + 2L);
        Duration lease = slowest.compareTo(Duration.ofMinutes(10)) > 0 ? slowest : Duration.ofMinutes(10);
        return new CrawlSettings(threads, lease, retryBackoff, repollInterval, delay, recheckAfter);
    }

    private static void requireNonNegative(Duration d, String key) {
        if (d == null || d.isNegative()) {
            throw invalid(key, "must be a duration of zero or more, got " + d);
        }
    }

    private static void requirePositive(Duration d, String key) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw invalid(key, "must be a positive duration, got " + d);
        }
    }

    private static IllegalArgumentException invalid(String key, String problem) {
        return new IllegalArgumentException("akhbar.scraper." + key + ": " + problem);
    }
}
