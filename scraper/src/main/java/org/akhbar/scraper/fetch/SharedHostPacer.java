package org.akhbar.scraper.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pacer whose schedule lives in a store shared by several scraper processes (the database's
 * {@code host_schedule}), so that two processes crawling one site together keep the per-host
 * delay between all their requests, not only within each. A request claims its host's slot
 * when it is about to go out; refused, it sleeps until the time the store gave and claims
 * again. A zero delay asks nothing of the store: there is no spacing to keep, so a crawl
 * without a delay pays no round trip.
 */
public final class SharedHostPacer implements RequestPacer {
    /** Claims a host's slot if free now; see {@code HostScheduleStore#claim}. */
    @FunctionalInterface
    public interface SlotStore {
        /** True when granted; either way {@code nextFreeAt} is when the host's slot frees up. */
        Claim claim(String hostKey, Duration delay);
    }

    /** The store's answer. */
    public record Claim(boolean granted, Instant nextFreeAt) {}

    private static final Duration SHORTEST_NAP = Duration.ofMillis(1);

    private final SlotStore store;
    /** When each host's slot frees up, as last heard from the store: other processes' requests show through it. */
    private final Map<String, Instant> nextFree = new ConcurrentHashMap<>();

    public SharedHostPacer(SlotStore store) {
        this.store = store;
    }

    @Override
    public void await(String hostKey, Duration delay) throws InterruptedException {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        while (true) {
            Claim claim = store.claim(hostKey, delay);
            nextFree.put(hostKey, claim.nextFreeAt());
            if (claim.granted()) {
                return;
            }
            Duration wait = Duration.between(Instant.now(), claim.nextFreeAt());
            Thread.sleep(wait.compareTo(SHORTEST_NAP) > 0 ? wait : SHORTEST_NAP);
        }
    }

    @Override
    public Instant nextFree(String hostKey) {
        return nextFree.getOrDefault(hostKey, Instant.MIN);
    }
}
