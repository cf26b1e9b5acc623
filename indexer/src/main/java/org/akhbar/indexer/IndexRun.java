package org.akhbar.indexer;

import java.time.Duration;
import java.util.Locale;

/**
 * What one pass of the indexer did.
 *
 * @param indexed articles added or replaced in the index
 * @param deleted tombstones applied (documents removed)
 * @param failed articles that could not be analysed (counted, logged, and skipped so one bad
 *     article cannot stall the feed)
 * @param fromSeq the committed seq the pass started from
 * @param toSeq the committed seq after the pass
 * @param elapsed from the pass's first read of the feed to its last commit
 */
public record IndexRun(long indexed, long deleted, long failed, long fromSeq, long toSeq, Duration elapsed) {
    /** Articles indexed per second of {@link #elapsed}. */
    public double perSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : indexed / seconds;
    }

    /** Changes of every kind applied so far: indexed, deleted and failed. */
    public long changes() {
        return indexed + deleted + failed;
    }

    /** The counts, then the pass's own time and rate (which the pipeline benchmark reads). */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "indexed %d, deleted %d, failed %d (seq %d -> %d) in %.1f s, %.0f articles/s",
                indexed, deleted, failed, fromSeq, toSeq, elapsed.toNanos() / 1e9, perSecond());
    }
}
