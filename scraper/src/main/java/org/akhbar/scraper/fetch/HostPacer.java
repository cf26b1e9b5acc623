package org.akhbar.scraper.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to one host at least a given delay apart, across all worker threads of this
 * process. Each caller reserves the next free slot under a lock and sleeps outside it, so
 * workers bound for other hosts are never held up by a slow host.
 */
public final class HostPacer implements RequestPacer {
    private final Map<String, Long> nextFreeNanos = new HashMap<>();

    @Override
    public void await(String hostKey, Duration delay) throws InterruptedException {
        long waitNanos;
        synchronized (this) {
            long now = System.nanoTime();
            long free = nextFreeNanos.getOrDefault(hostKey, now);
            long start = Math.max(now, free);
            nextFreeNanos.put(hostKey, start + delay.toNanos());
            waitNanos = start - now;
        }
        if (waitNanos > 0) {
            Thread.sleep(Duration.ofNanos(waitNanos));
        }
    }

    @Override
    public synchronized Instant nextFree(String hostKey) {
        Long free = nextFreeNanos.get(hostKey);
        return free == null ? Instant.MIN : Instant.now().plusNanos(free - System.nanoTime());
    }
}
