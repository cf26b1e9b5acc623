package org.akhbar.tools.bench.pipeline.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the news site served, seen from the server: the crawl's rate and its discipline are
 * measured here, where no crawler can misreport them. Counts requests by kind, how often each
 * article page was asked for (a URL fetched twice is a frontier bug), when the first and last
 * article requests came, article requests per second, and the shortest gap between two
 * requests to one host (the per-host delay as the site felt it). Thread-safe; {@link #reset}
 * starts a new phase.
 */
public final class RequestLog {
    /** What a request asked for. */
    public enum Kind { ARTICLE, LISTING, DISCOVERY, MISSING }

    private final Map<Kind, LongAdder> byKind = new ConcurrentHashMap<>();
    private final Map<String, Integer> articleHits = new ConcurrentHashMap<>();
    private final Map<Long, LongAdder> articlesBySecond = new ConcurrentHashMap<>();
    private final Map<String, long[]> hostGaps = new ConcurrentHashMap<>();
    private final AtomicLong firstArticleNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastArticleNanos = new AtomicLong(Long.MIN_VALUE);
    private volatile long startNanos = System.nanoTime();

    /** Records a request to {@code host} for {@code path}, arriving at {@code nanos} ({@link System#nanoTime}). */
    void record(String host, String path, Kind kind, long nanos) {
        byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
        long[] gap = hostGaps.computeIfAbsent(host, h -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
        synchronized (gap) {
            if (gap[0] != Long.MIN_VALUE) {
                gap[1] = Math.min(gap[1], nanos - gap[0]);
            }
            gap[0] = Math.max(gap[0], nanos);
        }
        if (kind != Kind.ARTICLE) {
            return;
        }
        articleHits.merge(host + path, 1, Integer::sum);
        firstArticleNanos.accumulateAndGet(nanos, Math::min);
        lastArticleNanos.accumulateAndGet(nanos, Math::max);
        articlesBySecond.computeIfAbsent((nanos - startNanos) / 1_000_000_000L, s -> new LongAdder()).increment();
    }

    /** Forgets everything: the next phase's figures start here. */
    public synchronized void reset() {
        byKind.clear();
        articleHits.clear();
        articlesBySecond.clear();
        hostGaps.clear();
        firstArticleNanos.set(Long.MAX_VALUE);
        lastArticleNanos.set(Long.MIN_VALUE);
        startNanos = System.nanoTime();
    }

    /** The {@link System#nanoTime} this phase started at. */
    public long startNanos() {
        return startNanos;
    }

    public long count(Kind kind) {
        LongAdder n = byKind.get(kind);
        return n == null ? 0 : n.sum();
    }

    /** Distinct article pages asked for. */
    public int distinctArticles() {
        return articleHits.size();
    }

    /** Article pages asked for more than once. */
    public int articlesFetchedTwice() {
        return (int) articleHits.values().stream().filter(n -> n > 1).count();
    }

    /** Nanos from the phase's start to the first article request, or -1 when none came. */
    public long firstArticleAfterNanos() {
        long first = firstArticleNanos.get();
        return first == Long.MAX_VALUE ? -1 : first - startNanos;
    }

    /** Nanos from the first to the last article request, or 0. */
    public long articleSpanNanos() {
        long first = firstArticleNanos.get();
        long last = lastArticleNanos.get();
        return first == Long.MAX_VALUE ? 0 : last - first;
    }

    /** Article requests in each whole second since the phase started (index = second). */
    public long[] articlesPerSecond() {
        long max = articlesBySecond.keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
        long[] out = new long[(int) (max + 1)];
        articlesBySecond.forEach((s, n) -> out[s.intValue()] = n.sum());
        return out;
    }

    /** The shortest time between two requests to one host, over all hosts, in nanos; -1 when no host had two. */
    public long shortestHostGapNanos() {
        long min = Long.MAX_VALUE;
        for (long[] gap : hostGaps.values()) {
            synchronized (gap) {
                min = Math.min(min, gap[1]);
            }
        }
        return min == Long.MAX_VALUE ? -1 : min;
    }
}
