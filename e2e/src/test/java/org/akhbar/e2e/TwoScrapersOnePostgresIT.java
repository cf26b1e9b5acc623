package org.akhbar.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.akhbar.scraper.ScraperMain;
import org.akhbar.store.testing.PostgresTestDatabase;
import org.akhbar.store.testing.StoreTestContext;
import org.akhbar.tools.bench.pipeline.site.Corpus;
import org.akhbar.tools.bench.pipeline.site.NewsSite;
import org.akhbar.tools.bench.pipeline.site.NewsSiteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Two {@code crawl --once} runs at the same time on one PostgreSQL schema, each with its own
 * Micronaut context and connection pool as two processes would have, over one news site:
 * they share the frontier (no article page asked for twice, every one stored) and the
 * per-host schedule (no two requests to one host closer than the delay). Skipped when no
 * PostgreSQL is configured ({@value PostgresTestDatabase#URL_ENV}).
 */
class TwoScrapersOnePostgresIT {
    private static final int DELAY_MS = 100;
    /**
     * A host is claimed before a request and released when it is answered, free again the delay
     * after: the next request cannot reach the site before the previous one did plus the delay,
     * however late either was on its way. What is left is the difference between the site's
     * clock reading and the crawlers' (same machine), well under this.
     */
    private static final double CLOCK_SLACK_MS = 5;

    @Test
    void twoCrawlsShareTheFrontierAndTheHostDelay(@TempDir Path dir) throws Exception {
        String configured = System.getenv(PostgresTestDatabase.URL_ENV);
        assumeThat(configured != null && !configured.isBlank()).as(PostgresTestDatabase.URL_ENV + " is set").isTrue();
        NewsSite site = NewsSite.of(Corpus.read(PipelineBenchIT.writeCorpus(dir.resolve("corpus.jsonl"))), 2);
        PostgresTestDatabase database = PostgresTestDatabase.create();
        Map<String, String> datasource = Map.of(
                "datasources.default.url", PipelineBenchIT.serverUrl(database),
                "datasources.default.dialect", "POSTGRES",
                "datasources.default.driver-class-name", "org.postgresql.Driver");
        try (NewsSiteServer server = NewsSiteServer.start(site)) {
            Path sources = Files.writeString(dir.resolve("sources.yml"), server.sourcesYaml());
            datasource.forEach(System::setProperty);
            // Migrate once, so the two runs do not both start on an empty schema.
            StoreTestContext.start(database).close();
            server.log().reset();
            ExecutorService two = Executors.newFixedThreadPool(2);
            List<Future<Run>> runs = new ArrayList<>();
            try {
                for (String name : List.of("a", "b")) {
                    runs.add(two.submit(() -> crawl(sources, dir.resolve(name), "--once", "--threads", "2",
                            "--delay-ms", Integer.toString(DELAY_MS))));
                }
                int storedTogether = 0;
                for (Future<Run> f : runs) {
                    Run run = f.get();
                    assertThat(run.exitCode()).as(run.err()).isZero();
                    storedTogether += run.stored();
                }
                int pages = site.articlePagesWithText();
                assertThat(server.log().distinctArticles()).isEqualTo(site.articlePages());
                assertThat(server.log().articlesFetchedTwice()).isZero();
                assertThat(storedTogether).isEqualTo(pages);
                assertThat(liveArticles(database)).isEqualTo(pages);
                long[] close = server.log().hostGapsShorterThan(DELAY_MS * 1_000_000L);
                double shortestMs = server.log().shortestHostGapNanos() / 1e6;
                System.out.printf("two crawls, delay %d ms: shortest gap between two requests to one host %.1f ms;"
                        + " %d of %d gaps under the delay%n", DELAY_MS, shortestMs, close[0], close[1]);
                assertThat(close[1]).isGreaterThan(pages);
                assertThat(shortestMs).isGreaterThanOrEqualTo(DELAY_MS - CLOCK_SLACK_MS);
            } finally {
                two.shutdownNow();
            }
        } finally {
            datasource.keySet().forEach(System::clearProperty);
            database.close();
        }
    }

    private record Run(int exitCode, String out, String err) {
        int stored() {
            Matcher m = Pattern.compile("^stored (\\d+),").matcher(out);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        }
    }

    private static Run crawl(Path sources, Path data, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ScraperMain());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("crawl", "--sources", sources.toString(), "--data", data.toString()));
        all.addAll(List.of(args));
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, out.toString().strip(), err.toString());
    }

    private static long liveArticles(PostgresTestDatabase database) throws Exception {
        try (Connection c = DriverManager.getConnection(PipelineBenchIT.serverUrl(database));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM article WHERE deleted_at IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
