package org.akhbar.scraper.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.akhbar.store.FrontierEntry;
import org.akhbar.store.FrontierStore;
import org.akhbar.store.LeaseEnd;

/**
 * The queue of URLs to crawl, as the crawl sees it: the subset of
 * {@link FrontierStore}'s contract it relies on, so tests can run the pipeline on an
 * in-memory queue. {@link #enqueue} ignores a known URL; {@link #retryLater} makes any
 * known URL (even a completed one) due again at the given time.
 */
public interface CrawlFrontier {
    boolean enqueue(String sourceId, String url, String kind);

    /** Enqueues each unknown URL of {@code urls}; returns those that were new. */
    default Set<String> enqueueAll(String sourceId, Collection<String> urls, String kind) {
        Set<String> added = new LinkedHashSet<>();
        for (String url : urls) {
            if (enqueue(sourceId, url, kind)) {
                added.add(url);
            }
        }
        return added;
    }

    List<FrontierEntry> lease(int max, Duration leaseFor);

    /** As {@link #lease}, taking only entries of {@code sourceId}. */
    List<FrontierEntry> leaseFrom(String sourceId, int max, Duration leaseFor);

    /** How many entries a lease could take now. */
    long pending();

    void complete(String url, String outcome);

    void retryLater(String url, Instant at, String reason);

    /** Ends several leases, as {@link #complete} and {@link #retryLater} would one by one. */
    default void endLeases(List<LeaseEnd> ends) {
        for (LeaseEnd e : ends) {
            if (e.isCompleted()) {
                complete(e.url(), e.note());
            } else {
                retryLater(e.url(), e.retryAt(), e.note());
            }
        }
    }

    /** A URL listed again: due at {@code at} if it was completed; otherwise its schedule stays. */
    boolean relist(String url, Instant at);

    /**
     * {@link #relist} for many URLs, only those completed before {@code completedBefore} (the
     * seeding's start, so a page another scraper has just completed is not fetched again);
     * returns how many were made due again. This default, for in-memory frontiers, ignores
     * {@code completedBefore}.
     */
    default int relistAll(Collection<String> urls, Instant at, Instant completedBefore) {
        int revived = 0;
        for (String url : urls) {
            revived += relist(url, at) ? 1 : 0;
        }
        return revived;
    }

    /**
     * Reclaims what ended leases left behind in the store ({@link
     * FrontierStore#reclaimDeadEntries}); nothing for a frontier that leaves nothing behind.
     */
    default void reclaimDeadEntries() {}

    /** The crawl frontier kept in the database. */
    static CrawlFrontier of(FrontierStore store) {
        return new CrawlFrontier() {
            @Override
            public boolean enqueue(String sourceId, String url, String kind) {
                return store.enqueue(sourceId, url, kind);
            }

            @Override
            public Set<String> enqueueAll(String sourceId, Collection<String> urls, String kind) {
                return store.enqueueAll(sourceId, urls, kind);
            }

            @Override
            public boolean relist(String url, Instant at) {
                return store.relist(url, at);
            }

            @Override
            public int relistAll(Collection<String> urls, Instant at, Instant completedBefore) {
                return store.relistAll(urls, at, completedBefore);
            }

            @Override
            public List<FrontierEntry> leaseFrom(String sourceId, int max, Duration leaseFor) {
                return store.leaseFrom(sourceId, max, leaseFor);
            }

            @Override
            public long pending() {
                return store.pending();
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

            @Override
            public void endLeases(List<LeaseEnd> ends) {
                store.endLeases(ends);
            }

            @Override
            public void reclaimDeadEntries() {
                store.reclaimDeadEntries();
            }
        };
    }
}
