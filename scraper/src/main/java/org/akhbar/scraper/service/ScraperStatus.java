package org.akhbar.scraper.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.akhbar.domain.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the continuous crawl has done, for {@code /health} and {@code /prometheus}: pages by
 * outcome and reason, the time of each HTTP exchange, the URLs due in the frontier, and when
 * each source last gave a page that was stored or unchanged (its last success).
 */
@Singleton
public final class ScraperStatus {
    private static final Logger LOG = LoggerFactory.getLogger(ScraperStatus.class);
    private static final long DUE_TTL_NANOS = 5_000_000_000L;

    private final MeterRegistry registry;
    private final Timer fetches;
    private final Map<String, Counter> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lastSuccessMillis = new ConcurrentHashMap<>();
    private final Map<Outcome.Kind, AtomicLong> byKind = new ConcurrentHashMap<>();
    private volatile LongSupplier due = () -> -1;
    private long cachedDue = -1;
    private long cachedAtNanos;

    public ScraperStatus(MeterRegistry registry) {
        this.registry = registry;
        this.fetches = Timer.builder("akhbar.scraper.fetch")
                .description("HTTP exchanges with the sites, from the request to the end of the body")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        Gauge.builder("akhbar.scraper.frontier.due", this, s -> {
                    long d = s.due();
                    return d < 0 ? Double.NaN : d;
                })
                .description("URLs due in the frontier (read from the database at most every 5 s)").register(registry);
        for (Outcome.Kind kind : Outcome.Kind.values()) {
            byKind.put(kind, new AtomicLong());
        }
    }

    /** Where the number of due URLs comes from (the frontier); -1 when it cannot be read. */
    public void countDueWith(LongSupplier due) {
        this.due = due;
    }

    /** A page ended with {@code outcome}. */
    public void page(String sourceId, Outcome outcome) {
        String kind = outcome.kind().name().toLowerCase(Locale.ROOT);
        String reason = outcome.reason() == null ? "" : outcome.reason();
        pages.computeIfAbsent(kind + "\n" + reason, k -> Counter.builder("akhbar.scraper.pages")
                .tag("outcome", kind).tag("reason", reason)
                .description("Article URLs handled, by outcome and reason").register(registry)).increment();
        byKind.get(outcome.kind()).incrementAndGet();
        if (outcome.kind() == Outcome.Kind.STORED || outcome.kind() == Outcome.Kind.UNCHANGED) {
            lastSuccessMillis.computeIfAbsent(sourceId, id -> {
                AtomicLong at = new AtomicLong();
                Gauge.builder("akhbar.scraper.last.success.timestamp.seconds", at, a -> a.get() / 1000.0)
                        .tag("source", id)
                        .description("When a page of the source was last stored or found unchanged (Unix time)")
                        .register(registry);
                return at;
            }).set(System.currentTimeMillis());
        }
    }

    /** One HTTP exchange took {@code nanos}. */
    public void fetched(long nanos) {
        fetches.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** URLs due now; -1 when the frontier cannot be read. */
    public synchronized long due() {
        long now = System.nanoTime();
        if (cachedDue < 0 || now - cachedAtNanos > DUE_TTL_NANOS) {
            try {
                cachedDue = due.getAsLong();
            } catch (RuntimeException e) {
                LOG.debug("cannot count the due URLs", e);
                cachedDue = -1;
            }
            cachedAtNanos = now;
        }
        return cachedDue;
    }

    /** Pages by outcome since the start. */
    public Map<String, Long> pagesByOutcome() {
        Map<String, Long> out = new TreeMap<>();
        byKind.forEach((k, v) -> out.put(k.name().toLowerCase(Locale.ROOT), v.get()));
        return out;
    }

    /** When each source last succeeded. */
    public Map<String, String> lastSuccess() {
        Map<String, String> out = new TreeMap<>();
        lastSuccessMillis.forEach((id, at) -> out.put(id, Instant.ofEpochMilli(at.get()).toString()));
        return out;
    }
}
