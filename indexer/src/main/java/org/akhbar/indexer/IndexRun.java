package org.akhbar.indexer;

/**
 * What one pass of the indexer did.
 *
 * @param indexed articles added or replaced in the index
 * @param deleted tombstones applied (documents removed)
 * @param failed articles that could not be analysed (counted, logged, and skipped so one bad
 *     article cannot stall the feed)
 * @param fromSeq the committed seq the pass started from
 * @param toSeq the committed seq after the pass
 */
public record IndexRun(long indexed, long deleted, long failed, long fromSeq, long toSeq) {
    @Override
    public String toString() {
        return "indexed " + indexed + ", deleted " + deleted + ", failed " + failed
                + " (seq " + fromSeq + " -> " + toSeq + ")";
    }
}
