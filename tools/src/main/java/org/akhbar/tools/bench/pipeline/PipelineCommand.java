package org.akhbar.tools.bench.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.akhbar.tools.bench.Folders;
import org.akhbar.tools.bench.pipeline.database.BenchDatabase;
import org.akhbar.tools.bench.pipeline.process.ProductLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench pipeline}: the end-to-end scale benchmark. Serves a news site built from a
 * corpus, crawls it with the product's scraper, indexes it with the product's indexer, serves
 * it with the product's API and loads the API, each as its own process started through the
 * launcher, and prints every figure beside a baseline measured in the same run, with the
 * targets of docs/benchmarks/README.md.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"End-to-end scale benchmark: crawl a news site built from a corpus with the product's scraper "
                + "(H2 and/or PostgreSQL), index it, serve it and load the API, each figure beside a baseline of the "
                + "same run; prints PASS/FAIL against the targets and writes a dated report."})
public final class PipelineCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE",
            description = "Corpus in JSON Lines ({id, source, date_extracted, title, author, text}), may be gzipped.")
    Path corpus;

    @Option(names = "--copies", paramLabel = "K", defaultValue = "1",
            description = "Copies of each article in the big site, under distinct URLs (default: ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = "--small", paramLabel = "N", defaultValue = "3000",
            description = "Articles of the small site: the corpus's first N, one copy (default: ${DEFAULT-VALUE}).")
    int small;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "4",
            description = "Crawl threads, and threads of the bare fetch loops (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--databases", paramLabel = "LIST", split = ",",
            description = "h2, postgres or both, in order (default: postgres when one is configured, else h2).")
    List<String> databases;

    @Option(names = "--postgres", paramLabel = "JDBC-URL",
            description = "PostgreSQL server (default: DATASOURCES_DEFAULT_URL); each crawl gets a fresh schema.")
    String postgresUrl;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "API queries, one a line or id<TAB>question (default: made from the corpus).")
    Path queries;

    @Option(names = "--query-count", paramLabel = "N", defaultValue = "1000",
            description = "Queries made from the corpus (default: ${DEFAULT-VALUE}).")
    int queryCount;

    @Option(names = "--clients", paramLabel = "LIST", split = ",", defaultValue = "1,8,50",
            description = "API load levels, concurrent clients (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--overload", paramLabel = "N", defaultValue = "500",
            description = "Clients of the overload level (default: ${DEFAULT-VALUE}).")
    int overload;

    @Option(names = "--api-warmup", paramLabel = "S", defaultValue = "5",
            description = "Seconds of warm-up before each API level (default: ${DEFAULT-VALUE}).")
    int apiWarmup;

    @Option(names = "--api-seconds", paramLabel = "S", defaultValue = "20",
            description = "Seconds measured at each API level (default: ${DEFAULT-VALUE}).")
    int apiSeconds;

    @Option(names = "--latency-ms", paramLabel = "MS", defaultValue = "100",
            description = "Two-scraper phase: the site answers after this long, as a remote one (default: ${DEFAULT-VALUE}).")
    long latencyMs;

    @Option(names = "--pair-threads", paramLabel = "N", defaultValue = "2",
            description = "Two-scraper phase: threads of each crawl (default: ${DEFAULT-VALUE}).")
    int pairThreads;

    @Option(names = "--pair-delay-ms", paramLabel = "MS", defaultValue = "100",
            description = "Two-scraper phase: the per-host delay of the paced run (default: ${DEFAULT-VALUE}).")
    long pairDelayMs;

    @Option(names = "--crawl-heap", paramLabel = "SIZE", defaultValue = "512m",
            description = "-Xmx of the crawls (default: ${DEFAULT-VALUE}).")
    String crawlHeap;

    @Option(names = "--index-heap", paramLabel = "SIZE", defaultValue = "1g",
            description = "-Xmx of the indexer (default: ${DEFAULT-VALUE}).")
    String indexHeap;

    @Option(names = "--api-heap", paramLabel = "SIZE", defaultValue = "1g",
            description = "-Xmx of the API (default: ${DEFAULT-VALUE}).")
    String apiHeap;

    @Option(names = "--skip", paramLabel = "LIST", split = ",",
            description = "Phases to leave out: small-crawl, big-crawl, crawl-baselines, index, index-baseline, api, "
                    + "api-baseline, overload, scrapers.")
    List<String> skip;

    @Option(names = "--api-index", paramLabel = "DIR",
            description = "Load the API on this index, built by an earlier run (--keep) or by ./akhbar index, "
                    + "and skip the site, the crawls and the indexing; the corpus still makes the queries.")
    Path apiIndex;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where the run makes its folder for the crawls' data, indexes and logs (default: the system's temporary folder).")
    Path workDir;

    @Option(names = "--keep", description = "Keep the run's folder and the PostgreSQL schemas.")
    boolean keep;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Markdown report (default: docs/benchmarks/pipeline-YYYY-MM-DD.md in the repository).")
    Path report;

    @Option(names = "--root", paramLabel = "DIR", hidden = true,
            description = "The repository, holding ./akhbar (default: AKHBAR_ROOT, which the launcher sets, else the first parent holding it).")
    Path root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException, SQLException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Settings settings;
        Path repository;
        try {
            repository = repositoryRoot();
            settings = settings();
        } catch (IllegalArgumentException e) {
            err.println("akhbar bench pipeline: " + e.getMessage());
            err.flush();
            return 2;
        }
        // A folder of its own in --work, so that no crawl ever finds an earlier run's database.
        Path work = workDir != null ? Files.createTempDirectory(Files.createDirectories(workDir), "pipeline-")
                : Files.createTempDirectory("akhbar-pipeline-");
        Report figures = new Report(out);
        List<String> notes = new ArrayList<>();
        notes.add("Work folder: `" + work + "`" + (keep ? " (kept)" : " (deleted at the end)") + ". This JVM (the site, "
                + "the baselines, the load generator): `" + String.join(" ",
                        ManagementFactory.getRuntimeMXBean().getInputArguments()) + "`.");
        Path file = report != null ? report : repository.resolve("docs/benchmarks/pipeline-" + LocalDate.now() + ".md");
        String command = "./akhbar " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        // Stopped midway (Ctrl-C), a long run still leaves the figures it measured.
        Thread stopped = new Thread(() -> {
            List<String> partial = new ArrayList<>(notes);
            partial.add("**The run was stopped before its end**: these are the figures measured until then. "
                    + "PostgreSQL schemas `akhbar_bench_*` it made may be left, and its work folder.");
            try {
                figures.printTargets();
                figures.write(file, command, partial);
            } catch (IOException e) {
                // nothing more can be done on the way out
            }
        }, "pipeline-report");
        Runtime.getRuntime().addShutdownHook(stopped);
        try {
            ProductLauncher launcher = new ProductLauncher(repository, work.resolve("logs"));
            new PipelineRun(settings, figures, launcher, work).run();
        } catch (IllegalArgumentException e) {
            err.println("akhbar bench pipeline: " + e.getMessage());
            err.flush();
            return 2;
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopped);
            figures.printTargets();
            figures.write(file, command, notes);
            out.println("report: " + file);
            out.flush();
            if (!keep) {
                Folders.deleteTree(work);
            }
        }
        return 0;
    }

    private Settings settings() {
        if (copies < 1 || small < 1 || threads < 1 || queryCount < 1 || overload < 1 || apiWarmup < 0 || apiSeconds < 1
                || latencyMs < 0 || pairThreads < 1 || pairDelayMs < 0 || clients.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("counts, threads and seconds must be positive, delays not negative");
        }
        if (!Files.isRegularFile(corpus)) {
            throw new IllegalArgumentException("no corpus at " + corpus);
        }
        if (apiIndex != null && !Files.isDirectory(apiIndex)) {
            throw new IllegalArgumentException("no index folder at " + apiIndex);
        }
        if (queries != null && !Files.isRegularFile(queries)) {
            throw new IllegalArgumentException("no queries file at " + queries);
        }
        String url = postgresUrl != null ? postgresUrl : System.getenv(BenchDatabase.URL);
        BenchDatabase.Postgres postgres = url == null || url.isBlank() ? null
                : new BenchDatabase.Postgres(url, blankToNull(System.getenv(BenchDatabase.USERNAME)),
                        blankToNull(System.getenv(BenchDatabase.PASSWORD)), keep);
        List<String> names = databases != null ? databases : List.of(postgres != null ? "postgres" : "h2");
        List<BenchDatabase> dbs = new ArrayList<>();
        for (String name : names) {
            switch (name.strip()) {
                case "h2" -> dbs.add(new BenchDatabase.H2());
                case "postgres" -> {
                    if (postgres == null) {
                        throw new IllegalArgumentException("--databases postgres needs --postgres URL or "
                                + BenchDatabase.URL);
                    }
                    dbs.add(postgres);
                }
                default -> throw new IllegalArgumentException("unknown database '" + name + "': h2 or postgres");
            }
        }
        Set<Settings.Phase> skipped = EnumSet.noneOf(Settings.Phase.class);
        if (skip != null) {
            skip.forEach(p -> skipped.add(Settings.Phase.of(p.strip())));
        }
        return new Settings(corpus, copies, small, threads, dbs, postgres, queries, queryCount, List.copyOf(clients),
                overload, apiWarmup, apiSeconds, latencyMs, pairThreads, pairDelayMs, crawlHeap, indexHeap, apiHeap,
                skipped, apiIndex == null ? null : apiIndex.toAbsolutePath().normalize());
    }

    private Path repositoryRoot() {
        if (root != null) {
            return root.toAbsolutePath().normalize();
        }
        String launcherRoot = System.getenv("AKHBAR_ROOT");
        if (launcherRoot != null && !launcherRoot.isBlank()) {
            return Path.of(launcherRoot).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("akhbar")) && Files.isDirectory(dir.resolve("scraper"))) {
                return dir;
            }
        }
        throw new IllegalArgumentException("cannot find the repository (run through ./akhbar, or pass --root DIR)");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
