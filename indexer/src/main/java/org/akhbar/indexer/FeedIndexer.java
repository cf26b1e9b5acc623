package org.akhbar.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.akhbar.domain.Article;
import org.akhbar.search.index.ArticleIndexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the change feed to the index, one batch per Lucene commit.
 *
 * <p>Each batch is committed together with the seq of its last article, so the commit is the
 * checkpoint: after a crash at any point the next run starts from {@link
 * ArticleIndexWriter#committedSeq()} and re-applies at most the batch that was in flight.
 * Re-applying is harmless because documents are replaced by id.
 */
public final class FeedIndexer {
    private static final Logger LOG = LoggerFactory.getLogger(FeedIndexer.class);

    private final ChangeFeed feed;
    private final ArticleIndexWriter writer;
    private final int batchSize;
    private final int threads;

    /** An indexer applying each batch on one thread. */
    public FeedIndexer(ChangeFeed feed, ArticleIndexWriter writer, int batchSize) {
        this(feed, writer, batchSize, 1);
    }

    /**
     * An indexer applying each batch on {@code threads} threads: analysis, the bulk of
     * indexing, then runs on all of them (the search benchmark measures indexing this way).
     * The changes of one article always go to the same thread, in feed order, so an update
     * followed by a delete in one batch ends deleted.
     */
    public FeedIndexer(ChangeFeed feed, ArticleIndexWriter writer, int batchSize, int threads) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.feed = feed;
        this.writer = writer;
        this.batchSize = batchSize;
        this.threads = threads;
    }

    /** Applies every change available now, committing after each batch; returns the totals. */
    public IndexRun drain() {
        long from = writer.committedSeq();
        long seq = from;
        Counts counts = new Counts();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1) : null;
        try {
            while (true) {
                List<Article> batch = feed.changesAfter(seq, batchSize);
                if (batch.isEmpty()) {
                    return new IndexRun(counts.indexed.sum(), counts.deleted.sum(), counts.failed.sum(), from, seq);
                }
                for (Article article : batch) {
                    if (article.seq() <= seq) {
                        throw new IllegalStateException("change feed went backwards: " + article.seq() + " after " + seq);
                    }
                    seq = article.seq();
                }
                applyAll(batch, pool, counts);
                try {
                    writer.commit(seq);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    // Splits the batch by article id over the threads (this one included) and waits for all.
    private void applyAll(List<Article> batch, ExecutorService pool, Counts counts) {
        if (pool == null || batch.size() < 2) {
            batch.forEach(a -> apply(a, counts));
            return;
        }
        List<List<Article>> parts = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            parts.add(new ArrayList<>());
        }
        for (Article a : batch) {
            parts.get(Math.floorMod(a.id().value().hashCode(), threads)).add(a);
        }
        List<Future<?>> others = new ArrayList<>(threads - 1);
        for (List<Article> part : parts.subList(1, threads)) {
            others.add(pool.submit(() -> part.forEach(a -> apply(a, counts))));
        }
        RuntimeException failure = null;
        try {
            parts.getFirst().forEach(a -> apply(a, counts));
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
            // The batch is not committed; the next run re-applies it.
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
    }
}
