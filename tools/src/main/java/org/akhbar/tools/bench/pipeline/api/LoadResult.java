package org.akhbar.tools.bench.pipeline.api;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.akhbar.tools.bench.search.Latencies;

/**
 * What one load level measured in its window.
 *
 * @param calls calls that started and ended in the window, whatever their outcome
 * @param accepted the times of the 2xx answers
 * @param statuses answers by status
 * @param errors calls that got no answer (connection refused or reset, timeout), by exception
 * @param overOneSecond calls of any outcome that took longer than a second
 * @param longestMs the longest call of any outcome
 * @param shed 503 answers; {@code shedWithRetryAfter} and {@code shedAsProblem} of them carried
 *     Retry-After and were {@code application/problem+json}
 */
public record LoadResult(String label, int clients, double seconds, long calls, Latencies accepted,
        Map<Integer, Long> statuses, Map<String, Long> errors, long overOneSecond, double longestMs, long shed,
        long shedWithRetryAfter, long shedAsProblem) {

    /** Accepted (2xx) answers per second. */
    public double perSecond() {
        return seconds <= 0 ? 0 : accepted.count() / seconds;
    }

    /** Answers that were not 2xx, and calls without an answer. */
    public long notAccepted() {
        return calls - accepted.count();
    }

    /** The clients and {@link #figures()}. */
    public String describe() {
        return String.format(Locale.ROOT, "%3d clients: %s", clients, figures());
    }

    /** Rate, percentiles, slow calls and what was not accepted. */
    public String figures() {
        Map<Integer, Long> other = new TreeMap<>(statuses);
        other.keySet().removeIf(s -> s >= 200 && s < 300);
        String others = other.isEmpty() && errors.isEmpty() ? "none"
                : other.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "))
                        + (errors.isEmpty() ? "" : (other.isEmpty() ? "" : ", ") + errors.entrySet().stream()
                                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
        return String.format(Locale.ROOT,
                "%8.1f req/s; ms p50 %.1f, p90 %.1f, p99 %.1f, max %.1f; over 1 s: %d; not 2xx: %s",
                perSecond(), accepted.percentileMs(50), accepted.percentileMs(90), accepted.percentileMs(99),
                accepted.maxMs(), overOneSecond, others);
    }
}
