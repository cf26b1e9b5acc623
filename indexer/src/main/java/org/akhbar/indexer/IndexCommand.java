package org.akhbar.indexer;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.akhbar.indexer.service.IndexerStatus;
import org.akhbar.progress.Progress;
import org.akhbar.search.index.ArticleIndexWriter;
import org.akhbar.search.replica.RevisionPublisher;
import org.akhbar.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code akhbar index}: tails the article change feed in the database into the Lucene index.
 *
 * <p>With {@code --once} it applies everything there is, prints the counts and exits 0;
 * without it, it keeps polling for new changes until stopped, publishes each commit to API
 * replicas and serves replication, {@code /health} and {@code /prometheus} over HTTP.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Apply the database's article change feed to the Lucene index.")
public final class IndexCommand implements Callable<Integer> {

    @Option(names = "--once", description = "Apply what is there, print counts, exit.")
    boolean once;

    @Option(names = "--data", defaultValue = "./data", description = "Data directory (embedded database and index). Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--index", description = "Index directory. Default: DATA/index")
    Path indexDir;

    @Option(names = "--rebuild", description = "Delete the index and rebuild it from the database.")
    boolean rebuild;

    @Option(names = "--batch", defaultValue = "500", description = "Articles read from the database at a time. Default: ${DEFAULT-VALUE}")
    int batch;

    @Option(names = "--commit-seconds", defaultValue = "15",
            description = "While changes keep coming, commit at least this often (0: after every batch); "
                    + "what is there is always committed at the end. Default: ${DEFAULT-VALUE}")
    long commitSeconds;

    @Option(names = "--threads", description = "Threads applying each batch (analysis runs on all). Default: the number of processors")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--poll-ms", defaultValue = "1000", description = "Pause between polls when idle. Default: ${DEFAULT-VALUE}")
    long pollMs;

    @Option(names = "--port", description = "Continuous mode: port of the HTTP server (replication, health, metrics). "
            + "Default: AKHBAR_INDEXER_PORT, else 8090")
    Integer port;

    @Option(names = "--no-http", description = "Continuous mode: run without the HTTP server.")
    boolean noHttp;

    /** Continuous mode: the wait before reading the change feed again after it failed. */
    static final Duration FEED_RETRY = Duration.ofSeconds(5);

    /** How long a replaced revision stays on disk for replicas still copying it. */
    static final Duration RETAIN_DEFAULT = Duration.ofMinutes(2);

    /** How often the continuous indexer logs what it has done. */
    static final Duration SUMMARY_INTERVAL = Duration.ofMinutes(1);

    @Override
    public Integer call() throws Exception {
        Path data = dataDir.toAbsolutePath().normalize();
        Path index = indexDir == null ? data.resolve("index") : indexDir.toAbsolutePath().normalize();
        if (batch < 1 || pollMs < 0 || threads < 1 || commitSeconds < 0) {
            System.err.println("error: --batch and --threads must be at least 1, --poll-ms and --commit-seconds not negative");
            return 2;
        }
        if (rebuild) {
            deleteRecursively(index);
        }
        Map<String, Object> props = new HashMap<>();
        props.put("akhbar.data-dir", data.toString());
        if (port != null) {
            props.put("micronaut.server.port", port);
        }
        try (ApplicationContext ctx = ApplicationContext.builder().properties(props).start();
                ArticleIndexWriter writer = ArticleIndexWriter.open(index)) {
            ArticleStore store = ctx.getBean(ArticleStore.class);
            FeedIndexer indexer = new FeedIndexer(store::changesAfter, writer, batch, threads,
                    Duration.ofSeconds(commitSeconds));
            this.indexer = indexer;
            if (once) {
                IndexRun run;
                // The feed holds at most this many changes: seqs of articles changed again since
                // are gone, so the bar may end short of its total, which is then set to the count.
                try (Progress progress = Progress.start("index", Math.max(0, store.lastSeq() - writer.committedSeq()))) {
                    run = indexer.drain(new ProgressListener(progress));
                    progress.total(run.changes());
                }
                System.out.println(run);
                return 0;
            }
            System.out.println("indexing from seq " + writer.committedSeq() + " into " + index + "; Ctrl-C to stop");
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopAndWait, "index-shutdown"));
            IndexerStatus status = ctx.getBean(IndexerStatus.class);
            status.started(writer.committedSeq());
            Duration retain = ctx.getProperty("akhbar.replication.retain", Duration.class).orElse(RETAIN_DEFAULT);
            EmbeddedServer server = null;
            // Continuous mode: a summary line every minute, whatever the output.
            try (RevisionPublisher publisher = new RevisionPublisher(writer, retain);
                    Progress summary = Progress.lines("index", 0, SUMMARY_INTERVAL)) {
                // Replicas can bootstrap from the index as it is before anything new comes.
                publisher.publish();
                status.publishing(publisher);
                if (!noHttp) {
                    try {
                        server = ctx.getBean(EmbeddedServer.class).start();
                    } catch (RuntimeException e) {
                        System.err.println("error: cannot start the HTTP server (--port, AKHBAR_INDEXER_PORT, "
                                + "or --no-http to run without it): " + e.getMessage());
                        return 2;
                    }
                    System.out.println("replication, /health and /prometheus on " + server.getURL());
                }
                boolean feedFailing = false;
                while (!stopping) {
                    IndexRun run;
                    try {
                        run = indexer.drain(both(new ProgressListener(summary), status.listener()));
                    } catch (java.io.UncheckedIOException indexFailed) {
                        throw indexFailed;
                    } catch (RuntimeException feedFailed) {
                        if (stopping) {
                            break;
                        }
                        // The database is out of reach: keep serving replicas the last revision
                        // and try again; what was applied and not committed is applied again.
                        if (!feedFailing) {
                            System.err.println("the change feed cannot be read; retrying every "
                                    + FEED_RETRY.toSeconds() + " s: " + feedFailed);
                            feedFailing = true;
                        }
                        idle.await(FEED_RETRY.toMillis(), TimeUnit.MILLISECONDS);
                        continue;
                    }
                    if (feedFailing) {
                        System.err.println("the change feed can be read again");
                        feedFailing = false;
                    }
                    if (run.toSeq() != run.fromSeq()) {
                        System.out.println(run);
                    } else {
                        idle.await(pollMs, TimeUnit.MILLISECONDS);
                    }
                }
            } finally {
                if (server != null) {
                    server.stop();
                }
                // Closing below releases the index lock and the pool; the hook waits for it.
                Thread.interrupted();
            }
            return 0;
        } finally {
            closed.countDown();
        }
    }

    /** Set by the shutdown hook: finish the batch in hand, commit, then stop. */
    private volatile boolean stopping;
    /** The running indexer, told to stop by the shutdown hook. */
    private volatile FeedIndexer indexer;
    /** Counted down by the hook to end an idle wait at once. */
    private final CountDownLatch idle = new CountDownLatch(1);
    /** Counted down once the writer and the context are closed. */
    private final CountDownLatch closed = new CountDownLatch(1);

    /**
     * The JVM halts when the hooks return, so the hook tells the indexer to stop after the
     * batch in hand and waits for it to commit and close: a stop then never leaves changes
     * applied but uncommitted (which would be safe anyway, since the next run re-applies from
     * the committed seq, but slower).
     */
    private void stopAndWait() {
        stopping = true;
        FeedIndexer running = indexer;
        if (running != null) {
            running.stop();
        }
        idle.countDown();
        try {
            closed.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static FeedIndexer.Listener both(FeedIndexer.Listener first, FeedIndexer.Listener second) {
        return new FeedIndexer.Listener() {
            @Override
            public void applied(IndexRun run) {
                first.applied(run);
                second.applied(run);
            }

            @Override
            public void committed(IndexRun run) {
                first.committed(run);
                second.committed(run);
            }
        };
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
