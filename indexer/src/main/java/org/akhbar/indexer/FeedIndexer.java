package org.akhbar.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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

    public FeedIndexer(ChangeFeed feed, ArticleIndexWriter writer, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.feed = feed;
        this.writer = writer;
        this.batchSize = batchSize;
    }

    /** Applies every change available now, committing after each batch; returns the totals. */
    public IndexRun drain() {
        long from = writer.committedSeq();
        long seq = from;
        long indexed = 0;
        long deleted = 0;
        long failed = 0;
        while (true) {
            List<Article> batch = feed.changesAfter(seq, batchSize);
            if (batch.isEmpty()) {
                return new IndexRun(indexed, deleted, failed, from, seq);
            }
            for (Article article : batch) {
                if (article.seq() <= seq) {
                    throw new IllegalStateException("change feed went backwards: " + article.seq() + " after " + seq);
                }
                try {
                    writer.apply(article);
                    if (article.isDeleted()) {
                        deleted++;
                    } else {
                        indexed++;
                    }
                } catch (IOException e) {
                    // The index itself failed: stop without committing this batch.
                    throw new UncheckedIOException(e);
                } catch (RuntimeException e) {
                    // A single article the analysis chain cannot handle must not stall the feed.
                    failed++;
                    LOG.warn("article {} (seq {}) not indexed: {}", article.id(), article.seq(), e.toString());
                }
                seq = article.seq();
            }
            try {
                writer.commit(seq);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
