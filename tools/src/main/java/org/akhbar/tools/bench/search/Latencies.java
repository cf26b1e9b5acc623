package org.akhbar.tools.bench.search;

import java.util.Arrays;

/** Per-query times in nanoseconds and their mean and nearest-rank percentiles in milliseconds. */
public final class Latencies {
    private long[] nanos = new long[256];
    private int size;

    public void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    /** Adds every time of {@code other}. */
    public void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    public int count() {
        return size;
    }

    public double meanMs() {
        if (size == 0) {
            return 0;
        }
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += nanos[i];
        }
        return sum / (double) size / 1e6;
    }

    /** The longest time, 0 when there is none. */
    public double maxMs() {
        long max = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, nanos[i]);
        }
        return max / 1e6;
    }

    /** The nearest-rank percentile: the smallest time at or above {@code p} percent of queries. */
    public double percentileMs(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }
}
