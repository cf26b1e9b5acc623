package org.akhbar.scraper.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.akhbar.domain.Outcome;
import org.akhbar.domain.OutcomeCounts;
import org.akhbar.domain.Source;
import org.akhbar.store.FrontierEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawl loop: seed the frontier from every source, then let worker threads lease due
 * URLs and run each through the {@link ArticlePipeline} until nothing is due.
 *
 * <p>{@link #runOnce} does that once and returns the counts (a URL whose transient failure
 * is rescheduled for later is counted failed, and is not due in this run, so the run ends).
 * {@link #runContinuously} repeats the seeding every {@code repollInterval} and, between
 * polls, keeps draining retries that come due, until {@link #stop} is called. Plain Java:
 * the frontier, archive, extractor and article store are passed in.
 */
public final class Crawler {
    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    private static final Duration IDLE_POLL = Duration.ofSeconds(30);

    private final Seeder seeder;
    private final ArticlePipeline pipeline;
    private final CrawlFrontier frontier;
    private final CrawlSettings settings;
    private final AtomicBoolean stopped = new AtomicBoolean();

    public Crawler(Seeder seeder, ArticlePipeline pipeline, CrawlFrontier frontier, CrawlSettings settings) {
        this.seeder = seeder;
        this.pipeline = pipeline;
        this.frontier = frontier;
        this.settings = settings;
    }

    /** Seeds every source, drains the frontier, and returns how each page ended. */
    public OutcomeCounts runOnce(List<Source> sources) {
        OutcomeCounts counts = new OutcomeCounts();
        for (Source s : sources) {
            if (stopped.get()) {
                break;
            }
            seeder.seed(s, counts);
        }
        drain(sources, counts);
        return counts;
    }

    /** Crawls until {@link #stop}: a full {@link #runOnce} every repoll interval, retries in between. */
    public void runContinuously(List<Source> sources) {
        while (!stopped.get()) {
            Instant nextPoll = Instant.now().plus(settings.repollInterval());
            OutcomeCounts counts = runOnce(sources);
            LOG.info("poll done: {}", counts);
            while (!stopped.get() && Instant.now().isBefore(nextPoll)) {
                try {
                    Duration left = Duration.between(Instant.now(), nextPoll);
                    Thread.sleep(left.compareTo(IDLE_POLL) < 0 ? left : IDLE_POLL);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                OutcomeCounts retries = new OutcomeCounts();
                drain(sources, retries);
                if (retries.total() > 0) {
                    LOG.info("retries: {}", retries);
                }
            }
        }
    }

    /** Makes a running crawl finish the pages in hand and return. */
    public void stop() {
        stopped.set(true);
    }

    /** Processes due frontier entries with the configured threads until none is due. */
    public void drain(List<Source> sources, OutcomeCounts counts) {
        Map<String, Source> byId = new LinkedHashMap<>();
        sources.forEach(s -> byId.put(s.id(), s));
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "crawl-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < settings.threads(); i++) {
                running.add(workers.submit(() -> work(byId, counts)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("crawl worker died", e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private void work(Map<String, Source> sources, OutcomeCounts counts) {
        while (!stopped.get() && !Thread.currentThread().isInterrupted()) {
            // One at a time, so a worker never sits on leased URLs another could be fetching.
            List<FrontierEntry> leased = frontier.lease(1, settings.leaseFor());
            if (leased.isEmpty()) {
                return;
            }
            for (FrontierEntry entry : leased) {
                handle(entry, sources.get(entry.sourceId()), counts);
            }
        }
    }

    private void handle(FrontierEntry entry, Source source, OutcomeCounts counts) {
        PageResult result;
        if (source == null) {
            // A URL left by a source no longer configured: finish it so it stops coming back.
            result = PageResult.of(Outcome.skipped("unknown source"));
        } else if (!FrontierEntry.ARTICLE.equals(entry.kind())) {
            result = PageResult.of(Outcome.skipped("not an article url"));
        } else {
            URI url;
            try {
                url = URI.create(entry.url());
            } catch (IllegalArgumentException e) {
                url = null;
            }
            result = url == null ? PageResult.of(Outcome.skipped("bad url")) : pipeline.process(source, url);
        }
        counts.add(result.outcome());
        LOG.debug("{} -> {}", entry.url(), result.describe());
        if (result.retry()) {
            frontier.retryLater(entry.url(), Instant.now().plus(settings.backoff(entry.attempts())),
                    result.describe());
        } else {
            frontier.complete(entry.url(), result.describe());
        }
    }
}
