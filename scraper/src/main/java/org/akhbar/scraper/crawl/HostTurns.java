package org.akhbar.scraper.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.akhbar.domain.Source;
import org.akhbar.scraper.fetch.RobotsCache;

/**
 * Which source a worker takes its next URL from when requests to one host must be spaced: the
 * one whose host's next request slot frees up first. Without it every worker would lease the
 * earliest due URLs, which after seeding all belong to one source, and all would queue behind
 * that host's delay while the other hosts sit idle.
 *
 * <p>A host's next free slot is the later of the pacer's own knowledge (its last reservation,
 * which on a shared schedule includes other processes' requests) and the turns handed out
 * here (a worker given a host will reserve its slot a moment later). A source that has nothing
 * due is left out for the rest of the drain. Thread-safe.
 */
final class HostTurns {
    private final Duration delay;
    private final Function<String, Instant> pacerNextFree;
    private final Map<String, List<Source>> sourcesByHost = new LinkedHashMap<>();
    private final Map<String, Instant> handedOutUntil = new LinkedHashMap<>();

    HostTurns(List<Source> sources, Duration delay, Function<String, Instant> pacerNextFree) {
        this.delay = delay;
        this.pacerNextFree = pacerNextFree;
        for (Source s : sources) {
            sourcesByHost.computeIfAbsent(RobotsCache.hostKey(s.homepage()), h -> new ArrayList<>()).add(s);
        }
    }

    /** The source to lease from next, empty when every source is exhausted. */
    synchronized Optional<Source> next() {
        Instant now = Instant.now();
        if (sourcesByHost.isEmpty()) {
            return Optional.empty();
        }
        // Among the hosts free now, a random one: workers of other processes, choosing from the
        // same hosts, then seldom pick the same one at once; else the one free first.
        List<String> freeNow = new ArrayList<>();
        String best = null;
        Instant bestFree = null;
        for (String host : sourcesByHost.keySet()) {
            Instant free = later(later(pacerNextFree.apply(host), handedOutUntil.getOrDefault(host, Instant.MIN)), now);
            if (!free.isAfter(now)) {
                freeNow.add(host);
            }
            if (bestFree == null || free.isBefore(bestFree)) {
                best = host;
                bestFree = free;
            }
        }
        if (!freeNow.isEmpty()) {
            best = freeNow.get(ThreadLocalRandom.current().nextInt(freeNow.size()));
            bestFree = now;
        }
        handedOutUntil.put(best, bestFree.plus(delay));
        return Optional.of(sourcesByHost.get(best).getFirst());
    }

    /** {@code source} had nothing due: no more turns for it in this drain. */
    synchronized void exhausted(Source source) {
        String host = RobotsCache.hostKey(source.homepage());
        List<Source> left = sourcesByHost.get(host);
        if (left != null) {
            left.remove(source);
            if (left.isEmpty()) {
                sourcesByHost.remove(host);
            }
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
