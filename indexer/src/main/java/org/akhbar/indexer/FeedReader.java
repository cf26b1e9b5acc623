package org.akhbar.indexer;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.akhbar.domain.Article;

/**
 * Reads the change feed ahead of the indexing, on a thread of its own: while one batch is
 * analysed and inverted, the next ones are already being fetched from the database.
 *
 * <p>Contract: {@link #next()} returns the batches in feed order, then an empty list once
 * the feed had nothing more; a failure of the feed is thrown from {@link #next()}. At most
 * {@code readAhead} batches wait in memory. {@link #close()} stops the thread. The reader
 * only advances its own cursor: what counts as applied is the indexer's business.
 */
final class FeedReader implements AutoCloseable {
    /** What the thread hands over: a batch, the end of the feed, or the feed's failure. */
    private sealed interface Item permits Batch, Failure {}

    private record Batch(List<Article> articles) implements Item {}

    private record Failure(RuntimeException error) implements Item {}

    private final BlockingQueue<Item> queue;
    private final Thread thread;
    private volatile boolean closed;

    FeedReader(ChangeFeed feed, long afterSeq, int batchSize, int readAhead) {
        this.queue = new ArrayBlockingQueue<>(readAhead);
        this.thread = Thread.ofPlatform().name("index-feed-reader").daemon().unstarted(
                () -> readAll(feed, afterSeq, batchSize));
        thread.start();
    }

    private void readAll(ChangeFeed feed, long afterSeq, int batchSize) {
        long cursor = afterSeq;
        try {
            while (!closed) {
                List<Article> batch = feed.changesAfter(cursor, batchSize);
                queue.put(new Batch(batch));
                if (batch.isEmpty()) {
                    return;
                }
                // The indexer checks the order; a feed going backwards is stopped there.
                cursor = Math.max(cursor, batch.getLast().seq());
            }
        } catch (InterruptedException e) {
            // Closed: the indexer needs nothing more.
        } catch (RuntimeException e) {
            try {
                queue.put(new Failure(e));
            } catch (InterruptedException closing) {
                // Closed: nobody is waiting for the failure.
            }
        }
    }

    /** The next batch in feed order; empty once the feed is drained. */
    List<Article> next() throws InterruptedException {
        return switch (queue.take()) {
            case Batch b -> b.articles();
            case Failure f -> throw f.error();
        };
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        boolean interrupted = false;
        // A JDBC driver may swallow the interrupt while a query runs: emptying the queue
        // then lets a blocked put through, and the flag ends the loop.
        while (thread.isAlive()) {
            queue.clear();
            try {
                thread.join(50);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
