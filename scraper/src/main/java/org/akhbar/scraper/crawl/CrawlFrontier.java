package org.akhbar.scraper.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.akhbar.store.FrontierEntry;
import org.akhbar.store.FrontierStore;

/**
 * The queue of URLs to crawl, as the crawl sees it: the subset of
 * {@link FrontierStore}'s contract it relies on, so tests can run the pipeline on an
 * in-memory queue. {@link #enqueue} ignores a known URL; {@link #retryLater} makes any
 * known URL (even a completed one) due again at the given time.
 */
public interface CrawlFrontier {
    boolean enqueue(String sourceId, String url, String kind);

    List<FrontierEntry> lease(int max, Duration leaseFor);

    void complete(String url, String outcome);

    void retryLater(String url, Instant at, String reason);

    /** A URL listed again: due at {@code at} if it was completed; otherwise its schedule stays. */
    boolean relist(String url, Instant at);

    /** The crawl frontier kept in the database. */
    static CrawlFrontier of(FrontierStore store) {
        return new CrawlFrontier() {
            @Override
            public boolean enqueue(String sourceId, String url, String kind) {
                return store.enqueue(sourceId, url, kind);
            }

            @Override
            public boolean relist(String url, Instant at) {
                return store.relist(url, at);
            }

            @Override
            public List<FrontierEntry> lease(int max, Duration leaseFor) {
                return store.lease(max, leaseFor);
            }

            @Override
            public void complete(String url, String outcome) {
                store.complete(url, outcome);
            }

            @Override
            public void retryLater(String url, Instant at, String reason) {
                store.retryLater(url, at, reason);
            }
        };
    }
}
