package org.akhbar.scraper.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pacer whose schedule lives in a store shared by several scraper processes (the database's
 * {@code host_schedule}), so that two processes crawling one site together keep the per-host
 * delay between all their requests, not only within each. A zero delay asks nothing of the
 * store: there is no spacing to keep, so a crawl without a delay pays no round trip.
 */
public final class SharedHostPacer implements RequestPacer {
    /** Reserves the next slot of a host, returning when the request may go out. */
    @FunctionalInterface
    public interface SlotStore {
        Instant reserve(String hostKey, Duration delay);
    }

    private final SlotStore store;
    /** The end of the last slot each host was given here: what other processes reserved shows through it. */
    private final Map<String, Instant> lastSlotEnd = new ConcurrentHashMap<>();

    public SharedHostPacer(SlotStore store) {
        this.store = store;
    }

    @Override
    public void await(String hostKey, Duration delay) throws InterruptedException {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        Instant start = store.reserve(hostKey, delay);
        lastSlotEnd.merge(hostKey, start.plus(delay), (a, b) -> a.isAfter(b) ? a : b);
        Duration wait = Duration.between(Instant.now(), start);
        if (!wait.isNegative() && !wait.isZero()) {
            Thread.sleep(wait);
        }
    }

    @Override
    public Instant nextFree(String hostKey) {
        return lastSlotEnd.getOrDefault(hostKey, Instant.MIN);
    }
}
