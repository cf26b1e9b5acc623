package org.akhbar.indexer.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.akhbar.indexer.FeedIndexer;
import org.akhbar.indexer.IndexRun;
import org.akhbar.search.replica.Revision;
import org.akhbar.search.replica.RevisionPublisher;
import org.akhbar.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the continuous indexer has done, for {@code /health} and {@code /prometheus}: the seqs
 * applied and committed, the newest seq in the feed (so the lag), articles by outcome, the
 * last commit, and the revision published to replicas.
 *
 * <p>The command tells it of each batch and commit through {@link #listener()}; the newest
 * seq is read from the database when asked, at most once a second.
 */
@Singleton
public final class IndexerStatus {
    private static final Logger LOG = LoggerFactory.getLogger(IndexerStatus.class);
    private static final long FEED_SEQ_TTL_NANOS = 1_000_000_000L;

    private final LongSupplier newestSeq;
    private final AtomicLong appliedSeq = new AtomicLong();
    private final AtomicLong committedSeq = new AtomicLong();
    private final AtomicLong lastCommitMillis = new AtomicLong();
    private final Counter indexed;
    private final Counter deleted;
    private final Counter failed;
    private volatile double articlesPerSecond;
    private volatile RevisionPublisher publisher;
    private long cachedFeedSeq = -1;
    private long cachedAtNanos;

    public IndexerStatus(MeterRegistry registry, ArticleStore store) {
        this(registry, store::lastSeq);
    }

    IndexerStatus(MeterRegistry registry, LongSupplier newestSeq) {
        this.newestSeq = newestSeq;
        this.indexed = articles(registry, "indexed");
        this.deleted = articles(registry, "deleted");
        this.failed = articles(registry, "failed");
        Gauge.builder("akhbar.indexer.applied.seq", appliedSeq, AtomicLong::get)
                .description("Last change-feed seq applied to the index (committed or not)").register(registry);
        Gauge.builder("akhbar.indexer.committed.seq", committedSeq, AtomicLong::get)
                .description("Last change-feed seq in an index commit").register(registry);
        Gauge.builder("akhbar.indexer.feed.seq", this, s -> s.feedSeq())
                .description("Newest seq in the database's change feed").register(registry);
        Gauge.builder("akhbar.indexer.lag", this, s -> s.lag())
                .description("Changes in the feed not yet applied: newest seq minus applied seq").register(registry);
        Gauge.builder("akhbar.indexer.last.commit.timestamp.seconds", lastCommitMillis, m -> m.get() / 1000.0)
                .description("When the indexer last committed (Unix time)").register(registry);
        Gauge.builder("akhbar.indexer.articles.per.second", this, s -> s.articlesPerSecond)
                .description("Articles indexed per second in the current or last pass over the feed").register(registry);
        Gauge.builder("akhbar.replication.published.generation", this,
                        s -> s.published().map(Revision::generation).orElse(0L))
                .description("Generation of the index commit published to replicas").register(registry);
        Gauge.builder("akhbar.replication.published.seq", this, s -> s.published().map(Revision::seq).orElse(0L))
                .description("Change-feed seq of the revision published to replicas").register(registry);
        Gauge.builder("akhbar.replication.held.revisions", this, s -> s.publisher == null ? 0 : s.publisher.held())
                .description("Revisions whose files are kept for replicas").register(registry);
    }

    private static Counter articles(MeterRegistry registry, String outcome) {
        return Counter.builder("akhbar.indexer.articles").tag("outcome", outcome)
                .description("Changes applied to the index, by outcome").register(registry);
    }

    /** The index starts at {@code seq}, committed. */
    public void started(long seq) {
        appliedSeq.set(seq);
        committedSeq.set(seq);
    }

    /** Replicas are served from {@code publisher}; its latest revision is the last commit so far. */
    public void publishing(RevisionPublisher publisher) {
        this.publisher = publisher;
        publisher.latest().ifPresent(r -> lastCommitMillis.compareAndSet(0, r.committedAt().toEpochMilli()));
    }

    /** The publisher replicas read, once the indexer publishes. */
    public Optional<RevisionPublisher> publisher() {
        return Optional.ofNullable(publisher);
    }

    /** The revision replicas get; empty before the first publication. */
    public Optional<Revision> published() {
        RevisionPublisher p = publisher;
        return p == null ? Optional.empty() : p.latest();
    }

    public long appliedSeq() {
        return appliedSeq.get();
    }

    public long committedSeq() {
        return committedSeq.get();
    }

    /** When the indexer last committed; null before its first commit in this process. */
    public Instant lastCommit() {
        long m = lastCommitMillis.get();
        return m == 0 ? null : Instant.ofEpochMilli(m);
    }

    /** The newest seq in the feed, read at most once a second; -1 when the database cannot be read. */
    public synchronized long feedSeq() {
        long now = System.nanoTime();
        if (cachedFeedSeq < 0 || now - cachedAtNanos > FEED_SEQ_TTL_NANOS) {
            try {
                cachedFeedSeq = newestSeq.getAsLong();
            } catch (RuntimeException e) {
                LOG.debug("cannot read the newest seq", e);
                cachedFeedSeq = -1;
            }
            cachedAtNanos = now;
        }
        return cachedFeedSeq;
    }

    /** Changes waiting to be applied; NaN when the database cannot be read. */
    public double lag() {
        long feed = feedSeq();
        return feed < 0 ? Double.NaN : Math.max(0, feed - appliedSeq.get());
    }

    /**
     * A listener for one pass over the feed ({@link FeedIndexer#drain}): counts what it
     * applies, and after each commit publishes it to replicas.
     */
    public FeedIndexer.Listener listener() {
        return new FeedIndexer.Listener() {
            private long seenIndexed;
            private long seenDeleted;
            private long seenFailed;

            @Override
            public void applied(IndexRun run) {
                indexed.increment(run.indexed() - seenIndexed);
                deleted.increment(run.deleted() - seenDeleted);
                failed.increment(run.failed() - seenFailed);
                seenIndexed = run.indexed();
                seenDeleted = run.deleted();
                seenFailed = run.failed();
                appliedSeq.set(run.toSeq());
                articlesPerSecond = run.perSecond();
            }

            @Override
            public void committed(IndexRun run) {
                committedSeq.set(run.toSeq());
                lastCommitMillis.set(System.currentTimeMillis());
                articlesPerSecond = run.perSecond();
                RevisionPublisher p = publisher;
                if (p != null) {
                    try {
                        p.publish();
                    } catch (IOException | RuntimeException e) {
                        // Replicas keep the revision they have; the next commit is published again.
                        LOG.warn("publishing the commit of seq {} to replicas failed", run.toSeq(), e);
                    }
                }
            }
        };
    }
}
