package org.akhbar.api.index;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.akhbar.api.ApiSettings;
import org.akhbar.api.error.IndexUnavailableException;
import org.akhbar.search.query.ArticleSearcher;
import org.akhbar.search.query.SearchRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the one {@link ArticleSearcher} of the service and keeps it current.
 *
 * <p>Every second it asks the searcher to pick up a newer commit, so what the indexer commits
 * becomes searchable without a restart. An index directory that does not exist yet (the API
 * started before the first indexer run) searches as empty, and is re-opened on each tick
 * until a first commit appears. An index that exists but cannot be opened makes
 * {@link #searcher()} throw {@link IndexUnavailableException} (503) and the health DOWN,
 * and is retried on each tick too.
 *
 * <p>A replica ({@link ReplicaSettings#enabled()}) starts on its replica directory, which holds
 * no commit of its own, so it searches as empty until its {@link ReplicaFollower} hands it a
 * copy with {@link #serve(Path)}. A searcher that is replaced is closed some seconds later,
 * not at once, so the searches that hold it finish.
 */
@Singleton
// Only in the API's own context: a test context that merely has the API on its class path
// (the end-to-end tests' store) would otherwise try to schedule its refresh, and fail.
@Requires(property = "akhbar.index-dir")
public final class IndexHolder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexHolder.class);

    /** What the holder currently has: a searcher over a commit, over nothing yet, or a failure. */
    public enum State { OPEN, NO_INDEX_YET, UNAVAILABLE }

    /**
     * How long a replaced searcher stays open for the searches that hold it: far longer than a
     * search waits and runs, short enough that a replica taking a revision a second keeps few
     * old readers.
     */
    private static final java.time.Duration RETIRE_AFTER = java.time.Duration.ofSeconds(10);

    private volatile Path indexDir;
    private final boolean replica;
    private volatile ArticleSearcher searcher;
    private volatile State state = State.UNAVAILABLE;
    private volatile String failure;

    public IndexHolder(ApiSettings settings, ReplicaSettings replicaSettings) {
        this.replica = replicaSettings.enabled();
        this.indexDir = replica ? replicaSettings.dirPath() : settings.indexPath();
        reopen();
    }

    /** True when the index is copied from an indexer rather than read where the indexer writes it. */
    public boolean isReplica() {
        return replica;
    }

    /** Serves the index in {@code dir} from now on (a replica's new copy). */
    public synchronized void serve(Path dir) {
        indexDir = dir;
        reopen();
    }

    /** The current searcher; throws {@link IndexUnavailableException} when the index cannot be read. */
    public ArticleSearcher searcher() {
        ArticleSearcher current = searcher;
        if (current == null) {
            throw new IndexUnavailableException();
        }
        return current;
    }

    public Path indexDir() {
        return indexDir;
    }

    public State state() {
        return state;
    }

    /** Why the index could not be opened, for operators (health details, logs); null when open. */
    public String failure() {
        return failure;
    }

    /** Picks up new commits; re-opens when there was no index yet or the last open failed. */
    @Scheduled(fixedDelay = "1s", initialDelay = "1s")
    public synchronized void refresh() {
        ArticleSearcher current = searcher;
        if (current == null || state == State.NO_INDEX_YET) {
            if (current == null || hasCommit(indexDir)) {
                reopen();
            }
            return;
        }
        try {
            current.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // Keep serving the last good view: a failed refresh must not take search down.
            LOG.warn("Refreshing the index in {} failed; still serving the previous view", indexDir, e);
        }
    }

    private synchronized void reopen() {
        boolean committed = hasCommit(indexDir);
        try {
            ArticleSearcher opened = ArticleSearcher.open(indexDir);
            ArticleSearcher previous = searcher;
            searcher = opened;
            state = committed ? State.OPEN : State.NO_INDEX_YET;
            failure = null;
            retireLater(previous);
            if (committed) {
                if (replica) {
                    LOG.debug("Serving the index in {} ({} articles)", indexDir, opened.articleCount());
                } else {
                    LOG.info("Serving the index in {} ({} articles)", indexDir, opened.articleCount());
                }
                warmUp(opened);
            }
        } catch (IOException | RuntimeException e) {
            if (state != State.UNAVAILABLE || failure == null) {
                LOG.error("Cannot open the index in {}", indexDir, e);
            }
            closeQuietly(searcher);
            searcher = null;
            state = State.UNAVAILABLE;
            failure = e.getClass().getSimpleName();
        }
    }

    /**
     * True once a Lucene commit exists in {@code dir}. Lucene names each commit point
     * {@code segments_N}; looking for that file tells "no index yet" from "empty index"
     * without opening a reader.
     */
    static boolean hasCommit(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs a few searches off the request path, so the first reader's query does not pay for
     * class loading and the JIT (about half a second, measured on the demo).
     */
    private static void warmUp(ArticleSearcher opened) {
        Thread.ofVirtual().name("index-warm-up").start(() -> {
            for (String q : WARM_UP_QUERIES) {
                try {
                    opened.search(new SearchRequest(q, List.of(), null, null, 1, 10));
                } catch (IOException | RuntimeException e) {
                    return; // the searcher was replaced or closed meanwhile: nothing to warm
                }
            }
        });
    }

    /** Words, a clitic form, a phrase, an exclusion and the empty (newest first) listing. */
    private static final List<String> WARM_UP_QUERIES =
            List.of("الأخبار", "والمدينة", "\"وزارة الداخلية\"", "الأمن -الرياضة", "");

    // Searches that took the old searcher just before the swap still run on it (and its
    // analyzer, which closing would take away): close it once they are surely done.
    private static void retireLater(ArticleSearcher s) {
        if (s == null) {
            return;
        }
        Thread.ofVirtual().name("index-retire").start(() -> {
            try {
                Thread.sleep(RETIRE_AFTER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            closeQuietly(s);
        });
    }

    private static void closeQuietly(ArticleSearcher s) {
        if (s == null) {
            return;
        }
        try {
            s.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing a replaced searcher failed", e);
        }
    }

    @PreDestroy
    @Override
    public synchronized void close() {
        closeQuietly(searcher);
        searcher = null;
    }
}
