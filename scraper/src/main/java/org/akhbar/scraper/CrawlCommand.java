package org.akhbar.scraper;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.akhbar.domain.OutcomeCounts;
import org.akhbar.domain.Source;
import org.akhbar.extract.Extractor;
import org.akhbar.scraper.config.SourcesConfigException;
import org.akhbar.scraper.config.SourcesFile;
import org.akhbar.scraper.crawl.ArticlePipeline;
import org.akhbar.scraper.crawl.ArticleWithdrawal;
import org.akhbar.scraper.crawl.CrawlFrontier;
import org.akhbar.scraper.crawl.CrawlRecords;
import org.akhbar.scraper.crawl.Crawler;
import org.akhbar.scraper.crawl.Seeder;
import org.akhbar.progress.Progress;
import org.akhbar.scraper.fetch.HostPacer;
import org.akhbar.scraper.fetch.PoliteFetcher;
import org.akhbar.scraper.fetch.RequestPacer;
import org.akhbar.scraper.fetch.SharedHostPacer;
import org.akhbar.scraper.service.ScraperStatus;
import org.akhbar.store.ArticleStore;
import org.akhbar.store.FrontierStore;
import org.akhbar.store.HostScheduleStore;
import org.akhbar.store.RawPageStore;
import org.akhbar.store.SourceStore;
import org.akhbar.store.Transactions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crawl}: loads the sources file, starts the Micronaut context (database, Flyway),
 * saves the sources, and crawls: once until nothing is due ({@code --once}, printing
 * "stored N, unchanged N, skipped N (...), failed N (...)"), or continuously, re-polling
 * feeds and sitemaps every {@code akhbar.scraper.repoll-interval} and serving {@code /health}
 * and {@code /prometheus} on a management port.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Crawl the sources: discover, fetch, archive, extract, store.")
public final class CrawlCommand implements Callable<Integer> {

    @Option(names = "--sources", required = true, paramLabel = "FILE", description = "the sources YAML file")
    Path sources;

    @Option(names = "--once", description = "drain the frontier once, print the counts and exit")
    boolean once;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data",
            description = "data directory; the embedded H2 database lives in DIR/db (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--delay-ms", paramLabel = "N", description = "pause between requests to one host, in ms")
    Long delayMs;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads")
    Integer threads;

    @Option(names = "--port", paramLabel = "N",
            description = "continuous mode: port of /health and /prometheus (default: AKHBAR_SCRAPER_HTTP_PORT, else 8091)")
    Integer port;

    @Option(names = "--no-http", description = "continuous mode: run without the management server")
    boolean noHttp;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Source> sourceList;
        try {
            sourceList = SourcesFile.load(sources);
        } catch (SourcesConfigException e) {
            err.println("error: " + e.getMessage());
            return ScraperMain.EXIT_CONFIG;
        }
        if (delayMs != null && delayMs < 0) {
            err.println("error: --delay-ms must not be negative");
            return ScraperMain.EXIT_CONFIG;
        }
        if (threads != null && threads < 1) {
            err.println("error: --threads must be at least 1");
            return ScraperMain.EXIT_CONFIG;
        }
        Path dataDir = data.toAbsolutePath().normalize();
        Files.createDirectories(dataDir.resolve("db"));
        Map<String, Object> props = new HashMap<>();
        props.put("akhbar.data-dir", dataDir.toString());
        if (delayMs != null) {
            props.put("akhbar.scraper.delay", delayMs + "ms");
        }
        if (threads != null) {
            props.put("akhbar.scraper.threads", threads);
        }
        if (port != null) {
            props.put("micronaut.server.port", port);
        }
        try {
            return crawl(props, sourceList, out, err);
        } finally {
            closed.countDown();
        }
    }

    /** Counted down once the context and the fetcher are closed; the shutdown hook waits for it. */
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    private int crawl(Map<String, Object> props, List<Source> sourceList, PrintWriter out, PrintWriter err)
            throws Exception {
        try (ApplicationContext ctx = ApplicationContext.builder().properties(props).start()) {
            ScraperConfiguration config;
            try {
                checkKeys(ctx);
                config = ctx.getBean(ScraperConfiguration.class);
            } catch (IllegalArgumentException | BeanInstantiationException e) {
                err.println("error: " + rootMessage(e));
                return ScraperMain.EXIT_CONFIG;
            }
            SourceStore sourceStore = ctx.getBean(SourceStore.class);
            sourceList.forEach(sourceStore::save);
            CrawlFrontier frontier = CrawlFrontier.of(ctx.getBean(FrontierStore.class));
            HostScheduleStore hostSchedule = ctx.getBean(HostScheduleStore.class);
            // On a database several scrapers can share, the per-host delay is kept in it so that
            // it holds across them; the embedded database has one process, paced in memory.
            RequestPacer pacer = hostSchedule.isShared() ? new SharedHostPacer(slotsIn(hostSchedule)) : new HostPacer();
            try (PoliteFetcher fetcher = new PoliteFetcher(config.fetchSettings(), pacer)) {
                Extractor extractor = new Extractor();
                ArticleStore articles = ctx.getBean(ArticleStore.class);
                ArticlePipeline pipeline = new ArticlePipeline(fetcher, extractor::extract, ArticleWithdrawal.of(articles));
                CrawlRecords records = CrawlRecords.of(ctx.getBean(Transactions.class), ctx.getBean(RawPageStore.class),
                        articles, ctx.getBean(FrontierStore.class));
                Crawler crawler = new Crawler(new Seeder(fetcher, frontier), pipeline, frontier, records,
                        config.crawlSettings(), pacer::nextFree);
                if (once) {
                    OutcomeCounts counts = crawler.runOnce(sourceList, due -> Progress.start("crawl", due));
                    out.println(counts);
                    out.flush();
                    return 0;
                }
                Thread main = Thread.currentThread();
                Thread hook = new Thread(() -> {
                    crawler.stop();
                    main.interrupt();
                    // The JVM halts once the hooks return: wait until the main thread has closed
                    // the fetcher and the database pool, so a stop never cuts a write short.
                    try {
                        closed.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "crawl-shutdown");
                Runtime.getRuntime().addShutdownHook(hook);
                ScraperStatus status = ctx.getBean(ScraperStatus.class);
                status.countDueWith(frontier::pending);
                crawler.listen(status::page);
                fetcher.observeRequests(status::fetched);
                EmbeddedServer server = null;
                try {
                    if (!noHttp) {
                        try {
                            server = ctx.getBean(EmbeddedServer.class).start();
                        } catch (RuntimeException e) {
                            err.println("error: cannot start the management server (--port, AKHBAR_SCRAPER_HTTP_PORT, "
                                    + "or --no-http to run without it): " + rootMessage(e));
                            return ScraperMain.EXIT_CONFIG;
                        }
                        out.println("/health and /prometheus on " + server.getURL());
                        out.flush();
                    }
                    crawler.runContinuously(sourceList);
                } finally {
                    if (server != null) {
                        server.stop();
                    }
                    // The stop request arrived as an interrupt; clear it so closing the pool
                    // below is not itself interrupted.
                    Thread.interrupted();
                }
                return 0;
            }
        }
    }

    /** The database's host schedule as the fetcher's pacer sees it. */
    private static SharedHostPacer.SlotStore slotsIn(HostScheduleStore schedule) {
        return new SharedHostPacer.SlotStore() {
            @Override
            public SharedHostPacer.Claim claim(String hostKey, java.time.Duration hold) {
                HostScheduleStore.Claim c = schedule.claim(hostKey, hold);
                return new SharedHostPacer.Claim(c.granted(), c.nextFreeAt());
            }

            @Override
            public void release(String hostKey, java.time.Instant heldUntil, java.time.Duration delay) {
                schedule.release(hostKey, heldUntil, delay);
            }
        };
    }

    /** An unknown key under akhbar.scraper is a typo that would silently keep a default. */
    private static void checkKeys(ApplicationContext ctx) {
        for (String key : ctx.getEnvironment().getPropertyEntries("akhbar.scraper")) {
            String lower = key.toLowerCase(Locale.ROOT);
            String norm = lower.replace("-", "").replace("_", "");
            // An environment variable such as AKHBAR_SCRAPER_RECHECK_AFTER also shows up
            // split at its underscores, as the entry "recheck": a first word of a known key.
            boolean known = ScraperConfiguration.KEYS.stream()
                    .anyMatch(k -> k.replace("-", "").equals(norm) || k.startsWith(lower + "-"));
            if (!known) {
                throw new IllegalArgumentException("akhbar.scraper." + key + ": unknown setting, expected one of "
                        + new java.util.TreeSet<>(ScraperConfiguration.KEYS));
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
