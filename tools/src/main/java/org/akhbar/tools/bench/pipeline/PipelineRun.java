package org.akhbar.tools.bench.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.akhbar.tools.bench.pipeline.Settings.Phase;
import org.akhbar.tools.bench.pipeline.api.ApiClient;
import org.akhbar.tools.bench.pipeline.api.ApiService;
import org.akhbar.tools.bench.pipeline.api.BenchQueries;
import org.akhbar.tools.bench.pipeline.api.ClosedLoopLoad;
import org.akhbar.tools.bench.pipeline.api.LoadResult;
import org.akhbar.tools.bench.pipeline.api.RawSearch;
import org.akhbar.tools.bench.pipeline.crawl.CrawlCounts;
import org.akhbar.tools.bench.pipeline.crawl.CrawlResult;
import org.akhbar.tools.bench.pipeline.crawl.Crawls;
import org.akhbar.tools.bench.pipeline.crawl.FetchLoops;
import org.akhbar.tools.bench.pipeline.crawl.ServedFigures;
import org.akhbar.tools.bench.pipeline.database.BenchDatabase;
import org.akhbar.tools.bench.pipeline.index.Indexing;
import org.akhbar.tools.bench.pipeline.index.StockIndexing;
import org.akhbar.tools.bench.pipeline.process.ProcessFigures;
import org.akhbar.tools.bench.pipeline.process.ProductLauncher;
import org.akhbar.tools.bench.pipeline.process.ProductProcess;
import org.akhbar.tools.bench.pipeline.site.Corpus;
import org.akhbar.tools.bench.pipeline.site.CorpusArticle;
import org.akhbar.tools.bench.pipeline.site.NewsSite;
import org.akhbar.tools.bench.pipeline.site.NewsSiteServer;

/**
 * One run of the pipeline benchmark, phase by phase: the crawls (small and big, on each
 * database) and their baselines, indexing and its baseline, the API under load and its
 * baselines, and two scrapers sharing one PostgreSQL. Each phase reports its figures and
 * targets as it ends.
 */
final class PipelineRun {
    /** The seed of the queries made from the corpus: the same queries in every run. */
    static final long QUERY_SEED = 20_261_206L;
    /** The share of the per-host delay a measured gap may fall short by: the server's own scheduling jitter. */
    static final double DELAY_TOLERANCE = 0.1;

    private final Settings s;
    private final Report report;
    private final ProductLauncher launcher;
    private final Path work;
    private final List<BenchDatabase.Store> stores = new ArrayList<>();

    PipelineRun(Settings settings, Report report, ProductLauncher launcher, Path work) {
        this.s = settings;
        this.report = report;
        this.launcher = launcher;
        this.work = work;
    }

    void run() throws IOException, InterruptedException, SQLException {
        List<CorpusArticle> corpus = Corpus.read(s.corpus());
        if (corpus.isEmpty()) {
            throw new IOException(s.corpus() + " holds no article with an id, a source and a title");
        }
        if (s.apiIndex() != null) {
            // Only the API, again, on an index an earlier run built: for tuning the API.
            attempt("API", () -> api(corpus, s.apiIndex()));
            return;
        }
        NewsSite smallSite = NewsSite.of(corpus.subList(0, Math.min(s.small(), corpus.size())), 1);
        NewsSite bigSite = NewsSite.of(corpus, s.copies());
        report.section("Site");
        report.line("corpus: %d articles, %d with text, %d sources", corpus.size(),
                corpus.stream().filter(CorpusArticle::hasText).count(), bigSite.sources().size());
        report.line("small site: the first %d articles, 1 copy: %d article pages, %d with text", smallSite.articlePages(),
                smallSite.articlePages(), smallSite.articlePagesWithText());
        report.line("big site: all articles, %d copies: %d article pages, %d with text", s.copies(),
                bigSite.articlePages(), bigSite.articlePagesWithText());
        try (NewsSiteServer smallServer = NewsSiteServer.start(smallSite);
                NewsSiteServer bigServer = NewsSiteServer.start(bigSite)) {
            Crawls crawls = new Crawls(launcher, work.resolve("crawls"), s.crawlHeap(), report::progress);
            Map<String, CrawlResult> big = new LinkedHashMap<>();
            for (BenchDatabase db : s.databases()) {
                attempt("crawls on " + db.name(), () -> crawl(crawls, db, smallServer, bigServer)).ifPresent(
                        r -> big.put(db.name(), r));
            }
            if (s.runs(Phase.CRAWL_BASELINES)) {
                attempt("crawl baselines", () -> crawlBaselines(bigServer, big));
            }
            CrawlResult toIndex = big.isEmpty() ? null : big.values().iterator().next();
            Optional<Path> indexDir = Optional.empty();
            if (s.runs(Phase.INDEX) && toIndex != null) {
                indexDir = attempt("indexing", () -> index(toIndex));
            }
            if (s.runs(Phase.API) && indexDir.isPresent()) {
                Path dir = indexDir.get();
                attempt("API", () -> api(corpus, dir));
            }
            if (s.runs(Phase.SCRAPERS)) {
                attempt("two scrapers", () -> twoScrapers(crawls, smallServer));
            }
        } finally {
            for (BenchDatabase.Store store : stores) {
                try {
                    store.dropStored();
                } catch (RuntimeException e) {
                    report.line("could not drop %s: %s", store.description(), e.getMessage());
                }
            }
        }
    }

    /** One step of the run; a step that fails is reported and the run goes on with the next. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws IOException, SQLException, InterruptedException;
    }

    /** A step whose result is not needed. */
    @FunctionalInterface
    private interface Action {
        void run() throws IOException, SQLException, InterruptedException;
    }

    private <T> Optional<T> attempt(String what, Step<T> step) throws InterruptedException {
        try {
            return Optional.ofNullable(step.run());
        } catch (IOException | SQLException | RuntimeException e) {
            report.target(what + " ran to its end", e.getClass().getSimpleName() + ": " + e.getMessage(), "no error",
                    false);
            return Optional.empty();
        }
    }

    private void attempt(String what, Action action) throws InterruptedException {
        attempt(what, () -> {
            action.run();
            return Boolean.TRUE;
        });
    }

    /**
     * The small and the big crawl on {@code db}; returns the big one, or the small one where no
     * big one ran (null when neither ran).
     */
    private CrawlResult crawl(Crawls crawls, BenchDatabase db, NewsSiteServer smallServer, NewsSiteServer bigServer)
            throws IOException, InterruptedException, SQLException {
        if (!s.runs(Phase.SMALL_CRAWL) && !s.runs(Phase.BIG_CRAWL)) {
            return null;
        }
        report.section("Crawl, " + db.name() + " (" + s.threads() + " threads, delay 0, -Xmx" + s.crawlHeap() + ")");
        CrawlResult small = s.runs(Phase.SMALL_CRAWL) ? crawl(crawls, "crawl " + db.name() + " small", smallServer, db)
                : null;
        CrawlResult large = s.runs(Phase.BIG_CRAWL) ? crawl(crawls, "crawl " + db.name() + " big", bigServer, db) : null;
        if (large != null) {
            ServedFigures f = large.served();
            report.target(large.name() + ": seeding over the crawl's time",
                    String.format(Locale.ROOT, "%.1f s / %.1f s = %.3f", f.seedingNanos() / 1e9,
                            f.articleSpanNanos() / 1e9, share(f.seedingNanos(), f.articleSpanNanos())),
                    "≤ 0.1", f.seedingNanos() >= 0 && share(f.seedingNanos(), f.articleSpanNanos()) <= 0.1);
            report.target(large.name() + ": runs in a " + s.crawlHeap() + " heap (" + large.articlePages()
                    + " article pages)", "exit " + large.process().exitCode() + ", "
                    + large.process().heap(), "exit 0", large.process().exitCode() == 0);
        }
        if (small != null && large != null) {
            double ratio = ratio(large.served().pagesPerSecond(), small.served().pagesPerSecond());
            report.target("crawl " + db.name() + ": big site's pages/s over the small site's",
                    String.format(Locale.ROOT, "%.1f / %.1f = %.2f", large.served().pagesPerSecond(),
                            small.served().pagesPerSecond(), ratio), "≥ 0.8", ratio >= 0.8);
        }
        return large != null ? large : small;
    }

    private CrawlResult crawl(Crawls crawls, String name, NewsSiteServer server, BenchDatabase db)
            throws IOException, InterruptedException, SQLException {
        CrawlResult r = crawls.crawl(name, server, db, s.threads(), 0);
        stores.add(r.store());
        report.line("%s: %s", name, r.served().describe());
        report.line("%s: %s", name, r.describeStored());
        report.process(r.process());
        report.target(name + ": article pages with text stored", String.format(Locale.ROOT, "%.2f%% (%d of %d)",
                100 * r.keptShare(), r.keptArticles(), r.pagesWithText()), "≥ 99.5%", r.keptShare() >= 0.995);
        report.target(name + ": section, tag and listing pages stored", Long.toString(r.storedNotArticles()), "0",
                r.storedNotArticles() == 0 && r.process().exitCode() == 0);
        report.target(name + ": article URLs fetched twice", Integer.toString(r.served().fetchedTwice()), "0",
                r.served().fetchedTwice() == 0);
        return r;
    }

    /** The bare fetch loop and the fetch + parse loop over the big site's URLs, beside each big crawl. */
    private void crawlBaselines(NewsSiteServer server, Map<String, CrawlResult> crawled) throws IOException {
        report.section("Crawl baselines (" + s.threads() + " threads, the big site's article URLs, in this JVM)");
        FetchLoops loops = new FetchLoops(server, s.threads());
        var urls = server.articleUrls();
        loops.warmUp(urls);
        FetchLoops.Result fetch = loops.run(urls, false);
        report.line("bare fetch loop (java.net.http, body read and dropped): %s; non-200: %d",
                fetch.served().describe(), fetch.failures());
        FetchLoops.Result parse = loops.run(urls, true);
        report.line("bare fetch + jsoup parse loop: %s; non-200: %d", parse.served().describe(), parse.failures());
        for (CrawlResult c : crawled.values()) {
            if (c.articlePages() != server.site().articlePages()) {
                continue; // a small crawl stands in for a skipped big one: not the same URLs
            }
            double ratio = ratio(c.served().pagesPerSecond(), parse.served().pagesPerSecond());
            report.target(c.name() + ": pages/s over the bare fetch + parse loop's",
                    String.format(Locale.ROOT, "%.1f / %.1f = %.2f (bare fetch %.1f)", c.served().pagesPerSecond(),
                            parse.served().pagesPerSecond(), ratio, fetch.served().pagesPerSecond()),
                    "≥ 0.5", ratio >= 0.5);
        }
    }

    /** Rebuilds the index from {@code crawl}'s database; returns the index folder. */
    private Path index(CrawlResult crawl) throws IOException, InterruptedException, SQLException {
        report.section("Indexing (" + crawl.name() + ", " + crawl.store().database() + ", -Xmx" + s.indexHeap()
                + ", the indexer's default threads)");
        Indexing.Result product = new Indexing(launcher, s.indexHeap())
                .rebuild("index " + crawl.store().database(), crawl.dataDir(), crawl.store());
        report.line("product, database to committed index: %s", product.describe());
        report.process(product.process());
        product.startUp().ifPresent(report::process);
        if (s.runs(Phase.INDEX_BASELINE)) {
            StockIndexing.Read read = StockIndexing.read(crawl.store());
            int n = read.articles().size();
            long nanos = StockIndexing.index(read.articles(), work.resolve("stock-index"), work.resolve("stock-warmup"));
            double inMemory = n / (nanos / 1e9);
            double withRead = n / ((nanos + read.nanos()) / 1e9);
            report.line("stock ArabicAnalyzer + raw IndexWriter, 1 thread, after a %d-article warm-up: %d articles in %.1f s: "
                    + "%.0f articles/s from memory; JDBC read %.1f s (%.0f articles/s read and indexed)",
                    Math.min(n, StockIndexing.WARMUP_ARTICLES), n, nanos / 1e9, inMemory, read.nanos() / 1e9, withRead);
            double ratio = ratio(product.perSecond(), inMemory);
            report.target("indexing, database to committed index, over stock's raw rate from memory",
                    String.format(Locale.ROOT, "%.0f / %.0f = %.2f (%.2f over stock with its JDBC read)",
                            product.perSecond(), inMemory, ratio, ratio(product.perSecond(), withRead)),
                    "≥ 0.8", ratio >= 0.8);
        }
        return crawl.dataDir().resolve("index");
    }

    /** The API under closed-loop load at each client count, beside raw searches and a static page. */
    private void api(List<CorpusArticle> corpus, Path indexDir) throws IOException, InterruptedException {
        report.section("API (-Xmx" + s.apiHeap() + ")");
        List<String> queries = s.queries() != null ? BenchQueries.read(s.queries())
                : BenchQueries.fromCorpus(corpus, s.queryCount(), QUERY_SEED);
        report.line("%d queries (%s); each level: %d s warm-up, then %d s measured; clients on kept-alive connections, "
                + "each from its own offset in the list", queries.size(),
                s.queries() != null ? s.queries().getFileName().toString()
                        : "from the corpus: a title word, two title words, or a paragraph's opening as a question",
                s.apiWarmupSeconds(), s.apiSeconds());
        Duration warm = Duration.ofSeconds(s.apiWarmupSeconds());
        Duration window = Duration.ofSeconds(s.apiSeconds());
        ApiService.Running api = ApiService.start(launcher, s.apiHeap(), indexDir);
        boolean aliveAfterLoad = false;
        try {
            if (s.runs(Phase.API_BASELINE)) {
                try (RawSearch raw = new RawSearch(indexDir)) {
                    ClosedLoopLoad load = new ClosedLoopLoad(queries, warm, window, false);
                    int cores = Runtime.getRuntime().availableProcessors();
                    for (int threads : cores > 1 ? List.of(1, cores) : List.of(1)) {
                        LoadResult r = load.run("raw", threads, raw::client);
                        report.line("raw IndexSearcher top 10 (%d documents), %d thread(s): %s", raw.documents(), threads,
                                r.figures());
                    }
                }
            }
            List<String> paths = queries.stream().map(BenchQueries::searchPath).toList();
            Supplier<ClosedLoopLoad.Client> http = () -> new ApiClient("127.0.0.1", api.port());
            new ClosedLoopLoad(paths, Duration.ZERO, warm.multipliedBy(3), true).run("warm-up", 8, http);
            ClosedLoopLoad search = new ClosedLoopLoad(paths, warm, window, true);
            ClosedLoopLoad page = new ClosedLoopLoad(List.of("/"), warm, window, true);
            Map<Integer, LoadResult> searches = new LinkedHashMap<>();
            for (int clients : s.clients()) {
                LoadResult r = search.run("search", clients, http);
                searches.put(clients, r);
                report.line("search  %s", r.describe());
                report.line("static / %s", page.run("static", clients, http).describe());
            }
            apiTargets(searches);
            if (s.runs(Phase.OVERLOAD)) {
                LoadResult r = search.run("overload", s.overload(), http);
                report.line("overload: search %s", r.describe());
                report.line("overload: %d answers 503, %d with Retry-After, %d as application/problem+json", r.shed(),
                        r.shedWithRetryAfter(), r.shedAsProblem());
                boolean bounded = r.accepted().percentileMs(99) <= 1000;
                report.target("API at " + s.overload() + " clients: sheds with 503, Retry-After and problem+json; "
                        + "accepted p99", String.format(Locale.ROOT, "%d of %d calls shed, %d with Retry-After, %d problem+json; "
                                + "accepted p99 %.1f ms, max %.1f ms", r.shed(), r.calls(), r.shedWithRetryAfter(),
                                r.shedAsProblem(), r.accepted().percentileMs(99), r.accepted().maxMs()),
                        "503s all with both, accepted p99 ≤ 1000 ms",
                        r.shed() > 0 && r.shedWithRetryAfter() == r.shed() && r.shedAsProblem() == r.shed() && bounded);
            }
            aliveAfterLoad = api.process().isAlive();
        } finally {
            ProcessFigures f = api.process().stop();
            report.process(f);
            report.target("API serves the index in a " + s.apiHeap() + " heap", "alive after the load: " + aliveAfterLoad
                    + "; " + f.heap(), "alive", aliveAfterLoad);
        }
    }

    private void apiTargets(Map<Integer, LoadResult> searches) {
        LoadResult one = searches.get(1);
        LoadResult fifty = searches.get(50);
        if (one != null && fifty != null) {
            double ratio = ratio(fifty.perSecond(), one.perSecond());
            report.target("API search: requests/s at 50 clients over 1 client",
                    String.format(Locale.ROOT, "%.1f / %.1f = %.2f", fifty.perSecond(), one.perSecond(), ratio), "≥ 1.5",
                    ratio >= 1.5);
        }
        if (fifty != null) {
            report.target("API search: p99 at 50 clients", String.format(Locale.ROOT, "%.1f ms",
                    fifty.accepted().percentileMs(99)), "≤ 100 ms", fifty.accepted().percentileMs(99) <= 100);
        }
        long slow = searches.values().stream().mapToLong(LoadResult::overOneSecond).sum();
        long calls = searches.values().stream().mapToLong(LoadResult::calls).sum();
        report.target("API search: calls over 1 s at " + searches.keySet() + " clients",
                String.format(Locale.ROOT, "%d of %d", slow, calls), "0", slow == 0);
    }

    /** Two crawl processes on one PostgreSQL schema beside one alone, on a site as slow to answer as a remote one. */
    private void twoScrapers(Crawls crawls, NewsSiteServer server) throws IOException, InterruptedException, SQLException {
        report.section("Two scrapers, one PostgreSQL (small site answering after " + s.latencyMs() + " ms, "
                + s.pairThreads() + " threads each)");
        if (s.postgres() == null) {
            report.line("skipped: needs PostgreSQL (--postgres URL or DATASOURCES_DEFAULT_URL)");
            return;
        }
        server.latency(Duration.ofMillis(s.latencyMs()));
        try {
            CrawlResult one = crawls.crawl("crawl pair one", server, s.postgres(), s.pairThreads(), 0);
            stores.add(one.store());
            report.line("one process: %s", one.served().describe());
            report.line("one process: %s", one.describeStored());
            report.process(one.process());
            ServedFigures two = together(crawls, "crawl pair two", server, 0);
            double ratio = ratio(two.pagesPerSecond(), one.served().pagesPerSecond());
            report.target("two scrapers: pages/s together over one alone", String.format(Locale.ROOT,
                    "%.1f / %.1f = %.2f", two.pagesPerSecond(), one.served().pagesPerSecond(), ratio), "≥ 1.6",
                    ratio >= 1.6);
            report.target("two scrapers: article URLs fetched twice", Integer.toString(two.fetchedTwice()), "0",
                    two.fetchedTwice() == 0);
            ServedFigures paced = together(crawls, "crawl pair delay", server, s.pairDelayMs());
            long[] close = server.log().hostGapsShorterThan(s.pairDelayMs() * 1_000_000L);
            report.line("crawl pair delay: %d of %d gaps between two requests to one host under the delay",
                    close[0], close[1]);
            double gapMs = paced.shortestHostGapNanos() / 1e6;
            report.target("two scrapers with --delay-ms " + s.pairDelayMs() + ": shortest gap between two requests to one host",
                    String.format(Locale.ROOT, "%.1f ms; %d URLs fetched twice", gapMs, paced.fetchedTwice()),
                    String.format(Locale.ROOT, "≥ %.0f ms (the delay less %.0f%% for the server's scheduling), none twice",
                            s.pairDelayMs() * (1 - DELAY_TOLERANCE), 100 * DELAY_TOLERANCE),
                    paced.shortestHostGapNanos() >= s.pairDelayMs() * 1e6 * (1 - DELAY_TOLERANCE)
                            && paced.fetchedTwice() == 0);
        } finally {
            server.latency(Duration.ZERO);
        }
    }

    /** Two crawl processes started together on one fresh schema; returns what the site saw of both. */
    private ServedFigures together(Crawls crawls, String name, NewsSiteServer server, long delayMs)
            throws IOException, InterruptedException, SQLException {
        Crawls.Target target = crawls.target(name, s.postgres());
        stores.add(target.store());
        server.log().reset();
        ProductProcess a = crawls.start(name + " a", server, target, s.pairThreads(), delayMs);
        ProductProcess b = crawls.start(name + " b", server, target, s.pairThreads(), delayMs);
        ProcessFigures fa = a.waitFor();
        ProcessFigures fb = b.waitFor();
        ServedFigures served = ServedFigures.of(server.log());
        long[] rows = Crawls.storedRows(target.store(), server);
        long stored = 0;
        for (ProcessFigures f : List.of(fa, fb)) {
            CrawlCounts c = CrawlCounts.find(f.stdout()).orElse(null);
            stored += c == null ? 0 : c.stored();
            report.line("%s: %s", f.name(), c == null ? "no counts line (exit " + f.exitCode() + ")" : c.toString());
        }
        report.line("%s (delay %d ms), both: %s; stored %d together, %d live rows for %d pages with text",
                name, delayMs, served.describe(), stored, rows[0], server.site().articlePagesWithText());
        report.process(fa);
        report.process(fb);
        return served;
    }

    private static double ratio(double a, double b) {
        return b <= 0 ? 0 : a / b;
    }

    private static double share(long part, long whole) {
        return whole <= 0 ? Double.POSITIVE_INFINITY : part / (double) whole;
    }
}
