package org.akhbar.domain;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Thread-safe tally of {@link Outcome}s, with skip and failure reasons counted separately,
 * printed at the end of a batch run ("stored 12, unchanged 3, skipped 2 (robots.txt: 1,
 * not html: 1), failed 0").
 */
public final class OutcomeCounts {
    private final Map<Outcome.Kind, AtomicLong> byKind = new java.util.EnumMap<>(Outcome.Kind.class);
    private final Map<String, AtomicLong> skipReasons = new TreeMap<>();
    private final Map<String, AtomicLong> failReasons = new TreeMap<>();

    public OutcomeCounts() {
        for (Outcome.Kind k : Outcome.Kind.values()) {
            byKind.put(k, new AtomicLong());
        }
    }

    /** Counts one outcome. */
    public synchronized void add(Outcome outcome) {
        byKind.get(outcome.kind()).incrementAndGet();
        if (outcome.kind() == Outcome.Kind.SKIPPED) {
            skipReasons.computeIfAbsent(outcome.reason(), r -> new AtomicLong()).incrementAndGet();
        } else if (outcome.kind() == Outcome.Kind.FAILED) {
            failReasons.computeIfAbsent(outcome.reason(), r -> new AtomicLong()).incrementAndGet();
        }
    }

    public synchronized long count(Outcome.Kind kind) {
        return byKind.get(kind).get();
    }

    public synchronized long total() {
        return byKind.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public synchronized Map<String, Long> skipReasons() {
        return snapshot(skipReasons);
    }

    public synchronized Map<String, Long> failReasons() {
        return snapshot(failReasons);
    }

    private static Map<String, Long> snapshot(Map<String, AtomicLong> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    @Override
    public synchronized String toString() {
        return "stored " + count(Outcome.Kind.STORED)
                + ", unchanged " + count(Outcome.Kind.UNCHANGED)
                + ", skipped " + count(Outcome.Kind.SKIPPED) + reasons(skipReasons)
                + ", failed " + count(Outcome.Kind.FAILED) + reasons(failReasons);
    }

    private static String reasons(Map<String, AtomicLong> m) {
        if (m.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        m.forEach((k, v) -> sb.append(sb.length() > 2 ? ", " : "").append(k).append(": ").append(v.get()));
        return sb.append(')').toString();
    }
}
