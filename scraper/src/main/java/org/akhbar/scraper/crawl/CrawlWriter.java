package org.akhbar.scraper.crawl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.akhbar.domain.Article;
import org.akhbar.domain.Outcome;
import org.akhbar.domain.RawPage;
import org.akhbar.store.FrontierEntry;
import org.akhbar.store.LeaseEnd;
import org.akhbar.store.UpsertResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what the crawl's workers processed, on a thread of its own, many pages per
 * transaction: each page's archived raw page, its article and the end of its lease commit
 * together, and a page is counted ({@code done}) only once they have.
 *
 * <p>Why: a worker that wrote its own page waited for the database's round trips and log flush
 * before fetching the next, so on PostgreSQL the crawl spent most of its time waiting; and
 * each page paid for transactions of its own. Here workers hand pages over and go on; the
 * writer takes everything queued while it wrote the previous batch, so batches grow just as
 * large as the database is slow. The queue is bounded: workers wait when the writer falls
 * behind, so memory stays bounded too.
 *
 * <p>Nothing is lost in a crash: a page's lease ends in the transaction that writes the page,
 * so a page not yet written is still leased, and is fetched again when the lease runs out. A
 * batch that fails is written again page by page, so one bad page fails alone: it is counted
 * failed ("store error") and its lease made due again after a back-off.
 */
final class CrawlWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlWriter.class);
    /** Pages per transaction at most: a few MB of compressed pages and article text. */
    static final int MAX_BATCH = 64;
    /** Pages waiting at most; a worker handing over one more waits. */
    private static final int QUEUE = 2 * MAX_BATCH;

    private final CrawlRecords records;
    private final CrawlFrontier frontier;
    private final Function<FrontierEntry, Instant> retryAt;
    private final BiConsumer<FrontierEntry, PageResult> done;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private volatile boolean closing;

    private record Item(FrontierEntry entry, PageResult result) {}

    /**
     * @param frontier where a page's lease is ended when its records cannot be written
     * @param retryAt when an entry whose page asks for a retry is due again
     * @param done told of each page once written, with its final result (on the writer's thread)
     */
    CrawlWriter(CrawlRecords records, CrawlFrontier frontier, Function<FrontierEntry, Instant> retryAt,
            BiConsumer<FrontierEntry, PageResult> done) {
        this.records = Objects.requireNonNull(records, "records");
        this.frontier = Objects.requireNonNull(frontier, "frontier");
        this.retryAt = Objects.requireNonNull(retryAt, "retryAt");
        this.done = Objects.requireNonNull(done, "done");
        this.thread = new Thread(this::run, "crawl-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands over a processed page; waits while the queue is full. */
    void submit(FrontierEntry entry, PageResult result) throws InterruptedException {
        Item item = new Item(Objects.requireNonNull(entry, "entry"), Objects.requireNonNull(result, "result"));
        while (!queue.offer(item, 1, TimeUnit.SECONDS)) {
            if (!thread.isAlive()) {
                throw new IllegalStateException("the crawl writer has stopped");
            }
        }
    }

    /** Writes what is queued, then stops the writer's thread. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        thread.join();
    }

    private void run() {
        List<Item> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            Item first;
            try {
                first = queue.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // Closing is asked by close(), never by an interrupt: finish what is queued.
                continue;
            }
            if (first == null) {
                if (closing && queue.isEmpty()) {
                    return;
                }
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            write(batch);
            batch.clear();
        }
    }

    private void write(List<Item> batch) {
        List<PageResult> written;
        try {
            written = writeTogether(batch);
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                // Nothing of the batch was written: each page alone, so only a bad one fails.
                for (Item item : batch) {
                    write(List.of(item));
                }
                return;
            }
            written = List.of(failed(batch.get(0), e));
        }
        for (int i = 0; i < batch.size(); i++) {
            try {
                done.accept(batch.get(i).entry(), written.get(i));
            } catch (RuntimeException e) {
                LOG.warn("reporting {} failed: {}", batch.get(i).entry().url(), e.toString());
            }
        }
    }

    /** Writes the batch in one transaction; returns each page's final result. */
    private List<PageResult> writeTogether(List<Item> batch) {
        List<RawPage> pages = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (Item item : batch) {
            if (item.result().raw() != null) {
                pages.add(item.result().raw());
            }
            if (item.result().article() != null) {
                articles.add(item.result().article());
            }
        }
        List<PageResult> finals = new ArrayList<>(batch.size());
        records.write(pages, articles, upserts -> {
            // Inside the transaction, once the articles are upserted.
            List<LeaseEnd> ends = new ArrayList<>(batch.size());
            int next = 0;
            for (Item item : batch) {
                PageResult result = item.result();
                if (result.article() != null) {
                    result = result.written(upserts.get(next++));
                }
                finals.add(result);
                ends.add(leaseEnd(item.entry(), result));
            }
            return ends;
        });
        return finals;
    }

    private LeaseEnd leaseEnd(FrontierEntry entry, PageResult result) {
        return result.retry() ? LeaseEnd.retryAt(entry.url(), retryAt.apply(entry), result.describe())
                : LeaseEnd.completed(entry.url(), result.describe());
    }

    /** The page's records could not be written: it is due again after a back-off, if even that can be written. */
    private PageResult failed(Item item, RuntimeException e) {
        LOG.warn("{}: storing failed: {}", item.entry().url(), e.toString());
        PageResult failed = new PageResult(Outcome.failed("store error"), e.toString(), true);
        try {
            frontier.endLeases(List.of(leaseEnd(item.entry(), failed)));
        } catch (RuntimeException again) {
            // The database is away: the lease runs out and the page is fetched again then.
            LOG.warn("{}: ending the lease failed too: {}", item.entry().url(), again.toString());
        }
        return failed;
    }
}
