package org.akhbar.scraper.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.akhbar.store.FrontierEntry;

/** An in-memory frontier with the store's semantics, for pipeline tests without a database. */
final class MemoryFrontier implements CrawlFrontier {
    /** How often the crawl asked for dead entries to be reclaimed. */
    final AtomicInteger reclaims = new AtomicInteger();

    @Override
    public void reclaimDeadEntries() {
        reclaims.incrementAndGet();
    }

    static final class Row {
        final String sourceId;
        final String kind;
        Instant due;
        int attempts;
        String outcome;

        Row(String sourceId, String kind, Instant due) {
            this.sourceId = sourceId;
            this.kind = kind;
            this.due = due;
        }
    }

    final Map<String, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized boolean enqueue(String sourceId, String url, String kind) {
        return rows.putIfAbsent(url, new Row(sourceId, kind, Instant.now())) == null;
    }

    @Override
    public List<FrontierEntry> lease(int max, Duration leaseFor) {
        return leaseFrom(null, max, leaseFor);
    }

    @Override
    public synchronized long pending() {
        Instant now = Instant.now();
        return rows.values().stream().filter(r -> r.due != null && !r.due.isAfter(now)).count();
    }

    /** Null {@code sourceId}: any source. */
    @Override
    public synchronized List<FrontierEntry> leaseFrom(String sourceId, int max, Duration leaseFor) {
        Instant now = Instant.now();
        List<FrontierEntry> out = new ArrayList<>();
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            if (out.size() < max && r.due != null && !r.due.isAfter(now)
                    && (sourceId == null || sourceId.equals(r.sourceId))) {
                r.attempts++;
                r.due = now.plus(leaseFor);
                out.add(new FrontierEntry(r.sourceId, e.getKey(), r.kind, r.attempts));
            }
        }
        return out;
    }

    @Override
    public synchronized void complete(String url, String outcome) {
        Row r = rows.get(url);
        r.due = null;
        r.outcome = outcome;
    }

    @Override
    public synchronized void retryLater(String url, Instant at, String reason) {
        Row r = rows.get(url);
        r.due = at;
        r.outcome = "retry: " + reason;
    }

    @Override
    public synchronized boolean relist(String url, Instant at) {
        Row r = rows.get(url);
        if (r == null || r.due != null) {
            return false;
        }
        r.due = at;
        return true;
    }

    /** The completedBefore of each relistAll call, in order. */
    final List<Instant> relistCutoffs = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public int relistAll(java.util.Collection<String> urls, Instant at, Instant completedBefore) {
        relistCutoffs.add(completedBefore);
        return CrawlFrontier.super.relistAll(urls, at, completedBefore);
    }

    synchronized String outcomeOf(String url) {
        return rows.get(url).outcome;
    }
}
