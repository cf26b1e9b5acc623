package org.akhbar.scraper.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.akhbar.domain.Outcome;
import org.akhbar.domain.OutcomeCounts;
import org.akhbar.domain.Source;
import org.akhbar.progress.Progress;
import org.akhbar.store.FrontierEntry;
import org.akhbar.store.LeaseEnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawl loop: seed the frontier from every source, then let worker threads lease due
 * URLs and run each through the {@link ArticlePipeline} until nothing is due, handing what each
 * page leaves behind to a {@link CrawlWriter}, which writes it and counts the page.
 *
 * <p>{@link #runOnce} does that once and returns the counts (a URL whose transient failure
 * is rescheduled for later is counted failed, and is not due in this run, so the run ends).
 * {@link #runContinuously} repeats the seeding every {@code repollInterval} and, between
 * polls, keeps draining retries that come due, until {@link #stop} is called. Plain Java:
 * the frontier, the pipeline and where its records go are passed in.
 */
public final class Crawler {
    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    private static final Duration IDLE_POLL = Duration.ofSeconds(30);
    private static final Duration SUMMARY_EVERY = Duration.ofMinutes(1);
    /**
     * URLs a worker leases at once without a host delay: a lease transaction per four pages
     * instead of one per page. Few enough that at the end of a crawl no worker sits idle for
     * long while another works through its share.
     */
    private static final int LEASE_BATCH = 4;
    /**
     * Pages written between two reclaims of the frontier's dead entries: on PostgreSQL, about
     * every 5 s of a crawl at full speed, which kept a 123,936-URL crawl's leases cheap.
     */
    static final int RECLAIM_EVERY = 5_000;
    /** {@link #RECLAIM_EVERY}, smaller in tests. */
    private int reclaimEvery = RECLAIM_EVERY;
    /** Pages written by this crawler, across runs: continuous mode drains a few at a time. */
    private final AtomicLong written = new AtomicLong();
    private final AtomicBoolean reclaiming = new AtomicBoolean();

    private final Seeder seeder;
    private final ArticlePipeline pipeline;
    private final CrawlFrontier frontier;
    private final CrawlRecords records;
    private final CrawlSettings settings;
    private final Function<String, Instant> pacerNextFree;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile PageListener listener = (sourceId, outcome) -> {};

    /** Told how each article URL ended, from the worker that handled it. */
    @FunctionalInterface
    public interface PageListener {
        void page(String sourceId, Outcome outcome);
    }

    public Crawler(Seeder seeder, ArticlePipeline pipeline, CrawlFrontier frontier, CrawlRecords records,
            CrawlSettings settings) {
        this(seeder, pipeline, frontier, records, settings, host -> Instant.MIN);
    }

    /**
     * @param pacerNextFree when the fetcher's pacer expects each host's next request slot to be
     *     free (see {@link org.akhbar.scraper.fetch.RequestPacer#nextFree}); with a host delay,
     *     workers take URLs from the host whose slot frees up first
     */
    public Crawler(Seeder seeder, ArticlePipeline pipeline, CrawlFrontier frontier, CrawlRecords records,
            CrawlSettings settings, Function<String, Instant> pacerNextFree) {
        this.seeder = seeder;
        this.pipeline = pipeline;
        this.frontier = frontier;
        this.records = records;
        this.settings = settings;
        this.pacerNextFree = pacerNextFree;
    }

    /** Seeds every source, drains the frontier, and returns how each page ended. */
    public OutcomeCounts runOnce(List<Source> sources) {
        return runOnce(sources, due -> Progress.silent("crawl", due));
    }

    /**
     * As {@link #runOnce(List)}, showing progress: {@code progress} is given the number of URLs
     * due once seeding is done, and each page steps the returned {@link Progress}.
     */
    public OutcomeCounts runOnce(List<Source> sources, LongFunction<Progress> progress) {
        OutcomeCounts counts = new OutcomeCounts();
        seedAll(sources, counts);
        try (Progress p = progress.apply(frontier.pending())) {
            drain(sources, counts, p);
        }
        return counts;
    }

    private void seedAll(List<Source> sources, OutcomeCounts counts) {
        long started = System.nanoTime();
        // One cutoff for the whole poll, so that relisting never revives a page completed
        // while later sources were still being seeded, nor one fetched just before the poll
        // (by another scraper on the same store, started a little earlier).
        Instant completedBefore = Instant.now().minus(settings.recheckAfter());
        for (Source s : sources) {
            if (stopped.get()) {
                break;
            }
            seeder.seed(s, counts, completedBefore);
        }
        LOG.info("seeding took {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Crawls until {@link #stop}: sources seeded every repoll interval, due URLs drained, retries
     * in between; a summary line (pages done, rate, outcomes, pending) is logged every
     * {@code summaryEvery}.
     */
    public void runContinuously(List<Source> sources, Duration summaryEvery) {
        try (Progress summary = Progress.lines("crawl", 0, summaryEvery)) {
            runContinuously(sources, summary);
        }
    }

    /** As {@link #runContinuously(List, Duration)}, with a summary line every minute. */
    public void runContinuously(List<Source> sources) {
        runContinuously(sources, SUMMARY_EVERY);
    }

    private void runContinuously(List<Source> sources, Progress summary) {
        while (!stopped.get()) {
            Instant nextPoll = Instant.now().plus(settings.repollInterval());
            OutcomeCounts counts = new OutcomeCounts();
            seedAll(sources, counts);
            drainInto(summary, sources, counts);
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
                drainInto(summary, sources, retries);
                if (retries.total() > 0) {
                    LOG.info("retries: {}", retries);
                }
            }
        }
    }

    /** Tells {@code listener} of every page from now on (metrics). */
    public void listen(PageListener listener) {
        this.listener = java.util.Objects.requireNonNull(listener);
    }

    /** Makes a running crawl finish the pages in hand and return. */
    public void stop() {
        stopped.set(true);
    }

    /** {@link #drain} stepping a running summary, whose total becomes what is done plus what is due now. */
    private void drainInto(Progress summary, List<Source> sources, OutcomeCounts counts) {
        summary.total(summary.done() + frontier.pending());
        drain(sources, counts, summary);
    }

    /** Processes due frontier entries with the configured threads until none is due. */
    public void drain(List<Source> sources, OutcomeCounts counts) {
        drain(sources, counts, Progress.silent("crawl", 0));
    }

    private void drain(List<Source> sources, OutcomeCounts counts, Progress progress) {
        Map<String, Source> byId = new LinkedHashMap<>();
        sources.forEach(s -> byId.put(s.id(), s));
        // Turns over the hosts only matter when requests to a host are spaced.
        HostTurns turns = settings.hostDelay().isZero() ? null
                : new HostTurns(sources, settings.hostDelay(), pacerNextFree);
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(),
                Thread.ofPlatform().name("crawl-worker").daemon().factory());
        // One reclaim at a time, beside the crawl: it neither blocks nor is blocked by leases.
        ExecutorService housekeeping = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("crawl-housekeeping").daemon().factory());
        CrawlWriter writer = new CrawlWriter(records, frontier,
                entry -> Instant.now().plus(settings.backoff(entry.attempts())),
                (entry, result) -> {
                    count(entry, result, counts, progress);
                    if (written.incrementAndGet() % reclaimEvery == 0 && reclaiming.compareAndSet(false, true)) {
                        housekeeping.execute(this::reclaim);
                    }
                });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < settings.threads(); i++) {
                running.add(workers.submit(() -> {
                    work(byId, turns, writer);
                    return null;
                }));
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
            closeWriter(writer);
            finish(housekeeping);
        }
    }

    /** Lets a reclaim under way end with the crawl rather than after it. */
    private static void finish(ExecutorService housekeeping) {
        housekeeping.shutdown();
        try {
            if (!housekeeping.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("the frontier's reclaim is still running; the crawl ends without it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reclaims the frontier every {@code pages} pages written instead of {@link #RECLAIM_EVERY}. */
    void reclaimEvery(int pages) {
        if (pages < 1) {
            throw new IllegalArgumentException("pages must be at least 1");
        }
        this.reclaimEvery = pages;
    }

    private void reclaim() {
        try {
            frontier.reclaimDeadEntries();
        } catch (RuntimeException e) {
            // Housekeeping only: the crawl goes on, and the next reclaim tries again.
            LOG.warn("reclaiming the frontier's dead entries failed: {}", e.toString());
        } finally {
            reclaiming.set(false);
        }
    }

    /** Waits until every page handed over is written, even when the crawl is stopping. */
    private static void closeWriter(CrawlWriter writer) {
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                writer.close();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void work(Map<String, Source> sources, HostTurns turns, CrawlWriter writer) throws InterruptedException {
        while (!stopped.get() && !Thread.currentThread().isInterrupted()) {
            List<FrontierEntry> leased = leaseNext(turns);
            if (leased.isEmpty()) {
                return;
            }
            List<LeaseEnd> handedBack = new ArrayList<>();
            for (FrontierEntry entry : leased) {
                if (stopped.get()) {
                    // Stopping hands the rest back at once instead of leaving it to the lease's end.
                    handedBack.add(LeaseEnd.retryAt(entry.url(), Instant.now(), "crawl stopped"));
                } else {
                    writer.submit(entry, handle(entry, sources.get(entry.sourceId())));
                }
            }
            if (!handedBack.isEmpty()) {
                frontier.endLeases(handedBack);
            }
        }
    }

    /**
     * The next URL: with host turns, from the source whose host is free first; once every
     * source is exhausted (or without turns), whatever is due first, which also finishes
     * URLs of sources no longer configured.
     */
    private List<FrontierEntry> leaseNext(HostTurns turns) {
        if (turns != null) {
            // One at a time: the next URL must come from whichever host is free next.
            for (Optional<Source> s = turns.next(); s.isPresent(); s = turns.next()) {
                List<FrontierEntry> leased = frontier.leaseFrom(s.get().id(), 1, settings.leaseFor());
                if (!leased.isEmpty()) {
                    return leased;
                }
                turns.exhausted(s.get());
            }
            return frontier.lease(1, settings.leaseFor());
        }
        return frontier.lease(LEASE_BATCH, settings.leaseFor());
    }

    /** Processes one leased URL; writes nothing (its result says what is to be written). */
    private PageResult handle(FrontierEntry entry, Source source) {
        if (source == null) {
            // A URL left by a source no longer configured: finish it so it stops coming back.
            return PageResult.of(Outcome.skipped("unknown source"));
        }
        if (!FrontierEntry.ARTICLE.equals(entry.kind())) {
            return PageResult.of(Outcome.skipped("not an article url"));
        }
        URI url;
        try {
            url = URI.create(entry.url());
        } catch (IllegalArgumentException e) {
            return PageResult.of(Outcome.skipped("bad url"));
        }
        return pipeline.process(source, url);
    }

    /** Counts a page whose records are written (on the writer's thread). */
    private void count(FrontierEntry entry, PageResult result, OutcomeCounts counts, Progress progress) {
        counts.add(result.outcome());
        listener.page(entry.sourceId(), result.outcome());
        progress.step(result.outcome().kind().name().toLowerCase(Locale.ROOT));
        LOG.debug("{} -> {}", entry.url(), result.describe());
    }
}
