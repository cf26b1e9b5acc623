package org.akhbar.tools.bench.pipeline.process;

import java.util.List;
import java.util.Locale;

/**
 * How one product process ran.
 *
 * @param name what the benchmark called it ("crawl h2 big")
 * @param exitCode its exit code (after a stop: what the JVM returned to SIGTERM)
 * @param startedNanos {@link System#nanoTime} when it was started
 * @param endedNanos {@link System#nanoTime} when it was seen to have ended
 * @param peakRssKb the largest {@code VmHWM} read while it ran, -1 when none could be read
 * @param heap its heap, from its GC log
 * @param jvmFlags the flags its JVM ran with, from its command line
 * @param stdout everything it printed on standard output
 */
public record ProcessFigures(String name, int exitCode, long startedNanos, long endedNanos, long peakRssKb,
        GcLog.Heap heap, List<String> jvmFlags, String stdout) {

    public double seconds() {
        return (endedNanos - startedNanos) / 1e9;
    }

    /** One line: exit code, time, heap and resident memory. */
    public String summary() {
        return String.format(Locale.ROOT, "%s: exit %d after %.1f s; %s; peak RSS %s", name, exitCode, seconds(), heap,
                GcLog.mb(peakRssKb));
    }
}
