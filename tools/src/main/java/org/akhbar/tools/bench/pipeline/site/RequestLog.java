package org.akhbar.tools.bench.pipeline.site;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the news site served, seen from the server: the crawl's rate and its discipline are
 * measured here, where no crawler can misreport them. Counts requests by kind, how often each
 * article page was asked for (a URL fetched twice is a frontier bug), when each article
 * request came, and the shortest gap between two requests to one host (the per-host delay as
 * the site felt it). Arrival times are kept and sorted when asked for, since requests handled
 * on several threads are recorded slightly out of order. Thread-safe; {@link #reset} starts a
 * new phase.
 */
public final class RequestLog {
    /** What a request asked for. */
    public enum Kind { ARTICLE, LISTING, DISCOVERY, MISSING }

    private final Map<Kind, LongAdder> byKind = new ConcurrentHashMap<>();
    private final Map<String, Integer> articleHits = new ConcurrentHashMap<>();
    private final Map<String, Arrivals> byHost = new ConcurrentHashMap<>();
    private final Arrivals articles = new Arrivals();
    private final AtomicLong firstRequestNanos = new AtomicLong(Long.MAX_VALUE);
    private volatile long startNanos = System.nanoTime();

    /** Records a request to {@code host} for {@code path}, arriving at {@code nanos} ({@link System#nanoTime}). */
    void record(String host, String path, Kind kind, long nanos) {
        byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
        firstRequestNanos.accumulateAndGet(nanos, Math::min);
        byHost.computeIfAbsent(host, h -> new Arrivals()).add(nanos);
        if (kind == Kind.ARTICLE) {
            articleHits.merge(host + path, 1, Integer::sum);
            articles.add(nanos);
        }
    }

    /** Forgets everything: the next phase's figures start here. */
    public synchronized void reset() {
        byKind.clear();
        articleHits.clear();
        byHost.clear();
        articles.clear();
        firstRequestNanos.set(Long.MAX_VALUE);
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

    /** Nanos from the phase's start to the first request of any kind, or -1 when none came. */
    public long firstRequestAfterNanos() {
        long first = firstRequestNanos.get();
        return first == Long.MAX_VALUE ? -1 : first - startNanos;
    }

    /** Nanos from the phase's start to the first article request, or -1 when none came. */
    public long firstArticleAfterNanos() {
        long[] t = articles.sorted();
        return t.length == 0 ? -1 : t[0] - startNanos;
    }

    /** Nanos from the first to the last article request, or 0. */
    public long articleSpanNanos() {
        long[] t = articles.sorted();
        return t.length == 0 ? 0 : t[t.length - 1] - t[0];
    }

    /** The arrival time of every article request, in nanos since the phase started, in order. */
    public long[] articleArrivalNanos() {
        long[] t = articles.sorted();
        for (int i = 0; i < t.length; i++) {
            t[i] -= startNanos;
        }
        return t;
    }

    /** Article requests in each whole second since the phase started (index = second). */
    public long[] articlesPerSecond() {
        long[] t = articleArrivalNanos();
        long[] out = new long[t.length == 0 ? 0 : (int) (t[t.length - 1] / 1_000_000_000L) + 1];
        for (long n : t) {
            out[(int) (n / 1_000_000_000L)]++;
        }
        return out;
    }

    /** The shortest time between two requests to one host, over all hosts, in nanos; -1 when no host had two. */
    public long shortestHostGapNanos() {
        long min = Long.MAX_VALUE;
        for (Arrivals host : byHost.values()) {
            long[] t = host.sorted();
            for (int i = 1; i < t.length; i++) {
                min = Math.min(min, t[i] - t[i - 1]);
            }
        }
        return min == Long.MAX_VALUE ? -1 : min;
    }

    /** How many times two consecutive requests to one host came less than {@code nanos} apart, and of how many gaps. */
    public long[] hostGapsShorterThan(long nanos) {
        long shorter = 0;
        long gaps = 0;
        for (Arrivals host : byHost.values()) {
            long[] t = host.sorted();
            for (int i = 1; i < t.length; i++) {
                gaps++;
                shorter += t[i] - t[i - 1] < nanos ? 1 : 0;
            }
        }
        return new long[] {shorter, gaps};
    }

    /** A growing list of arrival times; appends are cheap beside rendering a page. */
    private static final class Arrivals {
        private long[] nanos = new long[64];
        private int size;

        synchronized void add(long t) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = t;
        }

        synchronized void clear() {
            nanos = new long[64];
            size = 0;
        }

        synchronized long[] sorted() {
            long[] t = Arrays.copyOf(nanos, size);
            Arrays.sort(t);
            return t;
        }
    }
}
