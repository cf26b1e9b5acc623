package org.akhbar.scraper.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pacer whose schedule lives in a store shared by several scraper processes (the database's
 * {@code host_schedule}), so that two processes crawling one site together keep the per-host
 * delay between all their requests, not only within each. A request claims its host when it
 * is about to go out, holding it until answered; refused, it sleeps until the time the store
 * gave and claims again. The answer releases the host, free again {@code delay} later: the
 * server sees at least the delay between two requests, however late either was on its way.
 * A zero delay asks nothing of the store: a crawl without a delay pays no round trip.
 */
public final class SharedHostPacer implements RequestPacer {
    /** The shared schedule; see {@code HostScheduleStore}. */
    public interface SlotStore {
        /** Claims the host for {@code hold} if free now; either way {@code nextFreeAt} is when the host frees up. */
        Claim claim(String hostKey, Duration hold);

        /** Ends a granted claim (its {@code nextFreeAt}): the host is free {@code delay} from now. */
        void release(String hostKey, Instant heldUntil, Duration delay);
    }

    /** The store's answer. */
    public record Claim(boolean granted, Instant nextFreeAt) {}

    /** How long a claim holds its host at most: longer than a request can take; what a crash costs. */
    static final Duration HOLD = Duration.ofMinutes(2);
    private static final Duration SHORTEST_NAP = Duration.ofMillis(1);

    private final SlotStore store;
    /** When each host's slot frees up, as last heard from the store: other processes' requests show through it. */
    private final Map<String, Instant> nextFree = new ConcurrentHashMap<>();
    /** The claims this thread holds, by host, until {@link #done}. */
    private final ThreadLocal<Map<String, Instant>> held = ThreadLocal.withInitial(java.util.HashMap::new);

    public SharedHostPacer(SlotStore store) {
        this.store = store;
    }

    @Override
    public void await(String hostKey, Duration delay) throws InterruptedException {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        while (true) {
            Claim claim = store.claim(hostKey, delay.plus(HOLD));
            if (claim.granted()) {
                held.get().put(hostKey, claim.nextFreeAt());
                nextFree.put(hostKey, Instant.now().plus(delay));
                return;
            }
            // A host held by a request in flight reads as busy until the hold's end, minutes
            // away, though the answer will free it much sooner: look again after the delay.
            Instant until = claim.nextFreeAt();
            Instant polled = Instant.now().plus(delay);
            nextFree.put(hostKey, until.isBefore(polled) ? until : polled);
            Duration wait = Duration.between(Instant.now(), until);
            Duration nap = wait.compareTo(delay) < 0 ? wait : delay;
            Thread.sleep(nap.compareTo(SHORTEST_NAP) > 0 ? nap : SHORTEST_NAP);
        }
    }

    @Override
    public void done(String hostKey, Duration delay) {
        Instant heldUntil = held.get().remove(hostKey);
        if (heldUntil != null) {
            store.release(hostKey, heldUntil, delay);
            nextFree.put(hostKey, Instant.now().plus(delay));
        }
    }

    @Override
    public Instant nextFree(String hostKey) {
        return nextFree.getOrDefault(hostKey, Instant.MIN);
    }
}
