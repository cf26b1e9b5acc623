package org.akhbar.tools.bench.pipeline.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.akhbar.tools.bench.pipeline.database.BenchDatabase;
import org.akhbar.tools.bench.pipeline.process.ProcessFigures;
import org.akhbar.tools.bench.pipeline.process.ProductLauncher;
import org.akhbar.tools.bench.pipeline.process.ProductProcess;
import org.akhbar.tools.bench.pipeline.site.NewsSiteServer;
import org.akhbar.tools.bench.pipeline.site.RequestLog;

/**
 * Runs the product's scraper over a served news site: {@code ./akhbar crawl --sources F --once
 * --threads T --delay-ms D --data DIR}, each crawl into an empty database of its own, and reads
 * its figures from the site's request log, its counts line and its database.
 */
public final class Crawls {
    private static final long PROGRESS_MILLIS = 60_000;

    private final ProductLauncher launcher;
    private final Path work;
    private final String maxHeap;
    private final Consumer<String> progress;

    /**
     * Crawls with a {@code -Xmx maxHeap}; their data folders go under {@code work}; a line on
     * how a long crawl is getting on goes to {@code progress} every minute.
     */
    public Crawls(ProductLauncher launcher, Path work, String maxHeap, Consumer<String> progress) {
        this.launcher = launcher;
        this.work = work;
        this.maxHeap = maxHeap;
        this.progress = progress;
    }

    public String maxHeap() {
        return maxHeap;
    }

    /** A crawl's data folder and empty database. */
    public record Target(Path dataDir, BenchDatabase.Store store) {}

    /** An empty database (and data folder) for the crawl {@code name}. */
    public Target target(String name, BenchDatabase database) throws IOException {
        Path dataDir = Files.createDirectories(work.resolve(name.replaceAll("[^A-Za-z0-9]+", "-")));
        return new Target(dataDir, database.fresh(name, dataDir));
    }

    /** Starts one crawl process of {@code server}'s sources into {@code target}. */
    public ProductProcess start(String name, NewsSiteServer server, Target target, int threads, long delayMs)
            throws IOException {
        Path sources = target.dataDir().resolve("sources.yml");
        Files.writeString(sources, server.sourcesYaml(), StandardCharsets.UTF_8);
        return launcher.start(name, maxHeap, target.store().env(), List.of("crawl", "--sources", sources.toString(),
                "--once", "--threads", Integer.toString(threads), "--delay-ms", Long.toString(delayMs),
                "--data", target.dataDir().toString()));
    }

    /** One crawl, alone, into an empty database: started, waited for, and measured. */
    public CrawlResult crawl(String name, NewsSiteServer server, BenchDatabase database, int threads, long delayMs)
            throws IOException, InterruptedException, SQLException {
        Target target = target(name, database);
        server.log().reset();
        ProductProcess p = start(name, server, target, threads, delayMs);
        long before = 0;
        while (!p.hasEnded(PROGRESS_MILLIS)) {
            long now = server.log().count(RequestLog.Kind.ARTICLE);
            progress.accept(String.format(Locale.ROOT, "%s: %,d of %,d article pages asked for, %.1f pages/s in the "
                    + "last minute", name, now, server.site().articlePages(), (now - before) * 1000.0 / PROGRESS_MILLIS));
            before = now;
        }
        ProcessFigures figures = p.waitFor();
        ServedFigures served = ServedFigures.of(server.log());
        return result(name, server, target, served, figures);
    }

    /** The figures of a crawl that has ended: its counts line and what its database holds. */
    public CrawlResult result(String name, NewsSiteServer server, Target target, ServedFigures served,
            ProcessFigures figures) throws SQLException {
        long[] rows = storedRows(target.store(), server);
        return new CrawlResult(name, target.store(), target.dataDir(), server.site().articlePages(),
                server.site().articlePagesWithText(), served, CrawlCounts.find(figures.stdout()), rows[0], rows[1],
                figures);
    }

    /** Live article rows, and how many of them are not article pages of the site. */
    public static long[] storedRows(BenchDatabase.Store store, NewsSiteServer server) throws SQLException {
        long rows = 0;
        long notArticles = 0;
        try (Connection c = store.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT url FROM article WHERE deleted_at IS NULL")) {
            while (r.next()) {
                rows++;
                if (!isArticle(server, r.getString(1))) {
                    notArticles++;
                }
            }
        } catch (SQLException e) {
            if (isMissingTable(e)) {
                return new long[] {0, 0}; // the crawl died before it migrated the schema
            }
            throw e;
        }
        return new long[] {rows, notArticles};
    }

    private static boolean isArticle(NewsSiteServer server, String url) {
        try {
            return server.isArticleUrl(URI.create(url));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // Class 42 (syntax error or access rule violation) holds PostgreSQL's 42P01 and H2's 42S02, table not found.
    private static boolean isMissingTable(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("42");
    }
}
