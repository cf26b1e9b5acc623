package org.akhbar.tools.bench.extract;

import java.util.Arrays;

/** Percentiles of per-page times, with linear interpolation between ranks (numpy's default). */
public final class Latencies {

    private Latencies() {}

    /** The {@code q}-quantile (0..1) of the values; NaN when there are none. */
    public static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = q * (sorted.length - 1);
        int lower = (int) Math.floor(rank);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
    }

    public static double median(double[] values) {
        return quantile(values, 0.5);
    }
}
