package org.akhbar.scraper.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How politely and how defensively the fetcher works.
 *
 * @param userAgent sent with every request; its product token (before the first '/') is
 *     the name robots.txt groups are matched against
 * @param hostDelay the pause between two requests to one host
 * @param maxCrawlDelay the most a robots.txt {@code Crawl-delay} may stretch {@code hostDelay}
 * @param connectTimeout how long to wait for a TCP connection
 * @param requestTimeout the deadline for one whole request, headers and body: a server that
 *     trickles bytes cannot hold a worker longer than this
 * @param maxBytes the most body bytes read (and, for gzip, inflated); beyond it the page is skipped
 * @param maxRedirects how many redirects one fetch follows
 */
public record FetchSettings(
        String userAgent,
        Duration hostDelay,
        Duration maxCrawlDelay,
        Duration connectTimeout,
        Duration requestTimeout,
        long maxBytes,
        int maxRedirects) {

    public static final String DEFAULT_USER_AGENT = "AkhbarBot/0.1 (+https://github.com/akhbar)";

    public FetchSettings {
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        requireNonNegative(hostDelay, "hostDelay");
        requireNonNegative(maxCrawlDelay, "maxCrawlDelay");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative");
        }
    }

    /** Production defaults: 1 s per host, Crawl-delay up to 10 s, 5 s connect, 30 s per request, 10 MB, 5 redirects. */
    public static FetchSettings defaults() {
        return new FetchSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofSeconds(5), Duration.ofSeconds(30), 10L * 1024 * 1024, 5);
    }

    public FetchSettings withHostDelay(Duration delay) {
        return new FetchSettings(userAgent, delay, maxCrawlDelay, connectTimeout, requestTimeout, maxBytes, maxRedirects);
    }

    public FetchSettings withMaxCrawlDelay(Duration cap) {
        return new FetchSettings(userAgent, hostDelay, cap, connectTimeout, requestTimeout, maxBytes, maxRedirects);
    }

    public FetchSettings withRequestTimeout(Duration timeout) {
        return new FetchSettings(userAgent, hostDelay, maxCrawlDelay, connectTimeout, timeout, maxBytes, maxRedirects);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(userAgent, hostDelay, maxCrawlDelay, connectTimeout, requestTimeout, bytes, maxRedirects);
    }

    public FetchSettings withMaxRedirects(int redirects) {
        return new FetchSettings(userAgent, hostDelay, maxCrawlDelay, connectTimeout, requestTimeout, maxBytes, redirects);
    }

    /** The robots.txt name: the user agent's product token, lower-cased ("akhbarbot"). */
    public String robotName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    private static void requireNonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
