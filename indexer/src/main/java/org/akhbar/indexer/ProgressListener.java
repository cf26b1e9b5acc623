package org.akhbar.indexer;

import org.akhbar.progress.Progress;

/**
 * Shows one drain of the feed on a {@link Progress}: each batch applied steps it by the
 * articles indexed, deleted and failed since the last batch. A drain's counts start from 0,
 * so each drain gets a listener of its own over the same progress.
 */
final class ProgressListener implements FeedIndexer.Listener {
    private final Progress progress;
    private long indexed;
    private long deleted;
    private long failed;

    ProgressListener(Progress progress) {
        this.progress = progress;
    }

    @Override
    public void applied(IndexRun run) {
        indexed = step("indexed", indexed, run.indexed());
        deleted = step("deleted", deleted, run.deleted());
        failed = step("failed", failed, run.failed());
    }

    private long step(String outcome, long before, long now) {
        progress.step(outcome, now - before);
        return now;
    }
}
