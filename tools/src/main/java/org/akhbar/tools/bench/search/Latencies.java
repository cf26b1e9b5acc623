package org.akhbar.tools.bench.search;

import java.util.Arrays;

/** Per-query times in nanoseconds and their mean and nearest-rank percentiles in milliseconds. */
final class Latencies {
    private long[] nanos = new long[256];
    private int size;

    void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    int count() {
        return size;
    }

    double meanMs() {
        if (size == 0) {
            return 0;
        }
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += nanos[i];
        }
        return sum / (double) size / 1e6;
    }

    /** The nearest-rank percentile: the smallest time at or above {@code p} percent of queries. */
    double percentileMs(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }
}
