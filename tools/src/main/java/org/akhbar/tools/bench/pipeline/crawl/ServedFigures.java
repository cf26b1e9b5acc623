package org.akhbar.tools.bench.pipeline.crawl;

import java.util.Locale;
import org.akhbar.tools.bench.pipeline.site.RequestLog;

/**
 * A crawl's figures as the news site saw them (the request log was reset when the crawl
 * started). Times are nanoseconds since that reset. The rates count intervals between
 * article requests ({@code n} requests span {@code n - 1}), so a rate does not depend on
 * how long the crawler took to start.
 *
 * @param articleRequests article pages asked for, repeats included
 * @param distinctArticles article pages asked for at least once
 * @param fetchedTwice article pages asked for more than once
 * @param firstRequestNanos the first request of any kind (robots.txt, a sitemap): start-up ends there
 * @param firstArticleNanos the first article request: seeding ends there
 * @param articleSpanNanos from the first to the last article request: the crawl proper
 * @param pagesPerSecond article requests per second over the span
 * @param firstTenthPerSecond the same over the first tenth of the article requests
 * @param lastTenthPerSecond the same over the last tenth
 * @param shortestHostGapNanos the shortest time between two requests of any kind to one host, -1 if none
 */
public record ServedFigures(long articleRequests, int distinctArticles, int fetchedTwice, long firstRequestNanos,
        long firstArticleNanos, long articleSpanNanos, double pagesPerSecond, double firstTenthPerSecond,
        double lastTenthPerSecond, long shortestHostGapNanos) {

    /** The figures of what {@code log} recorded since its last reset. */
    public static ServedFigures of(RequestLog log) {
        long[] t = log.articleArrivalNanos();
        int n = t.length;
        int tenth = Math.max(2, n / 10);
        return new ServedFigures(log.count(RequestLog.Kind.ARTICLE), log.distinctArticles(), log.articlesFetchedTwice(),
                log.firstRequestAfterNanos(), n == 0 ? -1 : t[0], n == 0 ? 0 : t[n - 1] - t[0],
                rate(t, 0, n), rate(t, 0, Math.min(n, tenth)), rate(t, Math.max(0, n - tenth), n),
                log.shortestHostGapNanos());
    }

    /** Requests per second between arrivals {@code from} (inclusive) and {@code to} (exclusive) of sorted {@code t}. */
    static double rate(long[] t, int from, int to) {
        if (to - from < 2 || t[to - 1] == t[from]) {
            return 0;
        }
        return (to - from - 1) / ((t[to - 1] - t[from]) / 1e9);
    }

    /** From the first request to the first article request: discovery and filling the frontier. */
    public long seedingNanos() {
        return firstArticleNanos < 0 || firstRequestNanos < 0 ? -1 : firstArticleNanos - firstRequestNanos;
    }

    public String describe() {
        return String.format(Locale.ROOT,
                "%.1f pages/s (first tenth %.1f, last tenth %.1f); %d article requests, %d distinct, %d fetched twice; "
                        + "start-up %.1f s, seeding %.1f s, crawl %.1f s",
                pagesPerSecond, firstTenthPerSecond, lastTenthPerSecond, articleRequests, distinctArticles, fetchedTwice,
                firstRequestNanos / 1e9, seedingNanos() / 1e9, articleSpanNanos / 1e9);
    }
}
