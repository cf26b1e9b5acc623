package org.akhbar.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import org.akhbar.domain.Article;
import org.akhbar.domain.ArticleId;
import org.akhbar.search.index.ArticleIndexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the change feed to the index.
 *
 * <p>The feed is read ahead on a thread of its own ({@link FeedReader}), so the database and
 * the analysis work at the same time. Changes are committed when {@code commitInterval} has
 * passed since the last commit, when the feed has nothing more, and when {@link #stop()} is
 * called; each commit records the seq of the last article applied before it. The commit is
 * the checkpoint: after a crash at any point the next run starts from {@link
 * ArticleIndexWriter#committedSeq()} and re-applies what was applied since, which is
 * harmless because documents are replaced by id. Committing seldom is what makes a bulk load
 * fast: every commit turns what is buffered into a segment of its own, and small segments are
 * then merged again and again.
 */
public final class FeedIndexer {
    private static final Logger LOG = LoggerFactory.getLogger(FeedIndexer.class);

    /** Batches read ahead of the one being applied. */
    static final int READ_AHEAD = 4;

    /** Told of the work as it goes, from the thread that runs {@link #drain()}. */
    public interface Listener {
        /**
         * A batch was applied (not yet committed).
         *
         * @param run the pass so far; its {@code toSeq} is the seq applied, not committed
         */
        default void applied(IndexRun run) {}

        /** A commit was made; {@code run.toSeq()} is now the committed seq. */
        default void committed(IndexRun run) {}
    }

    private static final Listener SILENT = new Listener() {};

    private final ChangeFeed feed;
    private final ArticleIndexWriter writer;
    private final int batchSize;
    private final int threads;
    private final long commitIntervalNanos;
    private volatile boolean stopping;

    /** An indexer applying each batch on one thread and committing after each batch. */
    public FeedIndexer(ChangeFeed feed, ArticleIndexWriter writer, int batchSize) {
        this(feed, writer, batchSize, 1, Duration.ZERO);
    }

    /**
     * An indexer reading {@code batchSize} changes at a time and applying each batch on
     * {@code threads} threads: analysis, the bulk of indexing, then runs on all of them.
     * Each thread takes the batch's next article as it finishes one; when an article changes
     * more than once in a batch, the batch is split by article id instead, so the changes of
     * one article go to one thread in feed order and an update followed by a delete ends
     * deleted. It commits once {@code commitInterval}
     * has passed since the last commit ({@link Duration#ZERO}: after every batch), and at the
     * end of what the feed has.
     */
    public FeedIndexer(ChangeFeed feed, ArticleIndexWriter writer, int batchSize, int threads,
            Duration commitInterval) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (commitInterval.isNegative()) {
            throw new IllegalArgumentException("the commit interval must not be negative");
        }
        this.feed = feed;
        this.writer = writer;
        this.batchSize = batchSize;
        this.threads = threads;
        this.commitIntervalNanos = commitInterval.toNanos();
    }

    /**
     * Makes a running {@link #drain()} commit what it has applied after the batch in hand and
     * return, instead of reading on; the drains after it return at once.
     */
    public void stop() {
        stopping = true;
    }

    /** Applies every change available now and commits it; returns the totals. */
    public IndexRun drain() {
        return drain(SILENT);
    }

    /** {@link #drain()}, telling {@code listener} of each batch applied and each commit. */
    public IndexRun drain(Listener listener) {
        long started = System.nanoTime();
        long from = writer.committedSeq();
        long seq = from;
        Counts counts = new Counts();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1) : null;
        try (FeedReader reader = new FeedReader(feed, from, batchSize, READ_AHEAD)) {
            long lastCommit = System.nanoTime();
            while (!stopping) {
                List<Article> batch = reader.next();
                if (batch.isEmpty()) {
                    break;
                }
                for (Article article : batch) {
                    if (article.seq() <= seq) {
                        throw new IllegalStateException("change feed went backwards: " + article.seq() + " after " + seq);
                    }
                    seq = article.seq();
                }
                applyAll(batch, pool, counts);
                listener.applied(counts.run(from, seq, started));
                if (System.nanoTime() - lastCommit >= commitIntervalNanos) {
                    commit(seq, pool);
                    lastCommit = System.nanoTime();
                    listener.committed(counts.run(from, seq, started));
                }
            }
            if (seq != writer.committedSeq()) {
                commit(seq, pool);
                listener.committed(counts.run(from, seq, started));
            }
            return counts.run(from, seq, started);
        } catch (InterruptedException e) {
            // Nothing applied since the last commit is committed: the next run re-applies it.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private void commit(long seq, ExecutorService pool) {
        if (pool != null) {
            // Each thread writes one of the in-memory segments, at the same time; the commit
            // then has only to sync them, instead of writing them one after the other.
            onAllThreads(pool, () -> {
                try {
                    while (writer.flushBuffered()) {
                        // the next segment, if another thread has not taken it
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        try {
            writer.commit(seq);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Applies the batch on all threads (this one included) and waits for all.
    private void applyAll(List<Article> batch, ExecutorService pool, Counts counts) {
        if (pool == null || batch.size() < 2) {
            batch.forEach(a -> apply(a, counts));
            return;
        }
        if (eachArticleOnce(batch)) {
            // No order to keep: each thread takes the next article as it finishes one, so none
            // sits idle while another still works through a longer share.
            AtomicInteger next = new AtomicInteger();
            onAllThreads(pool, part -> {
                for (int i = next.getAndIncrement(); i < batch.size(); i = next.getAndIncrement()) {
                    apply(batch.get(i), counts);
                }
            });
            return;
        }
        // An article changed twice in the batch: its changes go to one thread, in feed order.
        List<List<Article>> parts = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            parts.add(new ArrayList<>());
        }
        for (Article a : batch) {
            parts.get(Math.floorMod(a.id().value().hashCode(), threads)).add(a);
        }
        // The batch is not committed if any part fails; the next run re-applies it.
        onAllThreads(pool, part -> parts.get(part).forEach(a -> apply(a, counts)));
    }

    private static boolean eachArticleOnce(List<Article> batch) {
        Set<ArticleId> seen = new HashSet<>(batch.size() * 2);
        for (Article a : batch) {
            if (!seen.add(a.id())) {
                return false;
            }
        }
        return true;
    }

    private void onAllThreads(ExecutorService pool, Runnable task) {
        onAllThreads(pool, part -> task.run());
    }

    /** Runs {@code task} with each part number 0 to threads - 1, part 0 on this thread, and waits for all. */
    private void onAllThreads(ExecutorService pool, IntConsumer task) {
        List<Future<?>> others = new ArrayList<>(threads - 1);
        for (int part = 1; part < threads; part++) {
            int p = part;
            others.add(pool.submit(() -> task.accept(p)));
        }
        RuntimeException failure = null;
        try {
            task.accept(0);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : new IllegalStateException("interrupted while indexing", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void apply(Article article, Counts counts) {
        try {
            writer.apply(article);
            if (article.isDeleted()) {
                counts.deleted.increment();
            } else {
                counts.indexed.increment();
            }
        } catch (IOException e) {
            // The index itself failed: stop without committing this batch.
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // A single article the analysis chain cannot handle must not stall the feed.
            counts.failed.increment();
            LOG.warn("article {} (seq {}) not indexed: {}", article.id(), article.seq(), e.toString());
        }
    }

    private static final class Counts {
        final LongAdder indexed = new LongAdder();
        final LongAdder deleted = new LongAdder();
        final LongAdder failed = new LongAdder();

        IndexRun run(long from, long to, long startedNanos) {
            return new IndexRun(indexed.sum(), deleted.sum(), failed.sum(), from, to,
                    Duration.ofNanos(System.nanoTime() - startedNanos));
        }
    }
}
