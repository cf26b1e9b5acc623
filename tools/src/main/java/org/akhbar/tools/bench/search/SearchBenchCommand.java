package org.akhbar.tools.bench.search;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.akhbar.search.analysis.ArabicNewsAnalyzer;
import org.akhbar.search.query.ArticleSimilarity;
import org.akhbar.tools.bench.Folders;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.akhbar.search.query.ArticleSimilarity.Bm25;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Search quality and speed of the project beside stock Lucene, in one run over the same
 * documents and questions: see {@code docs/benchmarks/README.md}.
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Search quality and speed: the project's analysis, document mapping and API search call "
                    + "vs stock Lucene ArabicAnalyzer (BM25, title+text in one field, questions as OR'ed terms), "
                    + "both indexed over the same documents in the same run.",
            "Prints nDCG@10, MRR@10, Recall@100, query ms (mean, p50, p99) and indexing docs/s for both, "
                    + "and writes TREC run files."})
public final class SearchBenchCommand implements Callable<Integer> {
    @Option(names = "--retrieval", arity = "1..*", required = true, paramLabel = "DIR",
            description = "Retrieval sets to pool: folders with corpus.jsonl[.gz], queries.tsv, qrels.tsv.")
    List<Path> retrieval;

    @Option(names = "--distractors", arity = "0..*", paramLabel = "FILE",
            description = "JSON Lines files ({id, title, text}, may be gzipped) of unjudged documents added to the collection.")
    List<Path> distractors = List.of();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench-search",
            description = "Where the TREC run files go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the figures as a markdown report.")
    Path report;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where the two temporary indexes are built (default: the system's temp folder); deleted at the end.")
    Path work;

    @Option(names = "--reuse-indexes", paramLabel = "DIR",
            description = "Keep the two indexes in DIR and reuse them when DIR already holds them (for trying query-side "
                    + "changes quickly; indexing is then not timed). The collection must be the same.")
    Path reuse;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads the project's indexing may use (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "10",
            description = "Hits per API call in the latency pass, as a user asks for them (default: ${DEFAULT-VALUE}, the API's default).")
    int pageSize;

    @Option(names = "--bm25", paramLabel = "K1,B", description = "The project's BM25 k1,b (default: the product's).")
    String akhbarBm25;

    @Option(names = "--stock-bm25", paramLabel = "K1,B", defaultValue = "1.2,0.75",
            description = "Stock's BM25 k1,b (default: ${DEFAULT-VALUE}, Lucene's).")
    String stockBm25;

    @Option(names = "--sweep-k1", split = ",", paramLabel = "K1",
            description = "With --sweep-b: also rank with every k1 x b of these and print the figures of each.")
    List<Float> sweepK1 = List.of();

    @Option(names = "--sweep-b", split = ",", paramLabel = "B", description = "See --sweep-k1.")
    List<Float> sweepB = List.of();

    @Option(names = "--index-warmup", paramLabel = "N", defaultValue = DEFAULT_INDEX_WARMUP,
            description = "Before indexing is timed, each system indexes the first N documents into a scratch index "
                    + "that is thrown away, so that neither is timed while the JIT compiles its code "
                    + "(default: ${DEFAULT-VALUE}; 0 for none).")
    int indexWarmup;

    private static final String DEFAULT_INDEX_WARMUP = "4000";

    @Option(names = "--queries", paramLabel = "N",
            description = "Use only the first N judged queries of each set (for a quick look; reported figures use all).")
    Integer queryLimit;

    static final int RANKING_DEPTH = 100;

    @Override
    public Integer call() throws Exception {
        PrintStream console = System.out;
        Collection collection = Collection.read(retrieval, distractors, queryLimit);
        console.println(collection.describe());

        Bm25 stockParams = parseBm25(stockBm25, "--stock-bm25");
        ArticleSimilarity similarity = new ArticleSimilarity(
                akhbarBm25 == null ? ArticleSimilarity.DEFAULT : parseBm25(akhbarBm25, "--bm25"));

        Path workDir = reuse != null ? mkdirs(reuse) : Files.createTempDirectory(
                work == null ? Path.of(System.getProperty("java.io.tmpdir")) : mkdirs(work), "akhbar-bench-search-");
        boolean reusing = reuse != null && Files.exists(workDir.resolve("complete"));
        try (StockSystem stock = new StockSystem(workDir.resolve("stock"), stockParams.k1(), stockParams.b());
                AkhbarSystem akhbar = new AkhbarSystem(workDir.resolve("akhbar"), collection.docs())) {
            int docs = collection.docs().size();
            double stockRate = Double.NaN;
            double akhbarRate = Double.NaN;
            double chainRate = Double.NaN;
            if (reusing) {
                console.println("reusing the indexes in " + workDir + " (indexing not timed)");
                stock.open();
                akhbar.open(similarity);
            } else {
                console.printf("indexing %,d documents: stock on 1 thread, akhbar on %d ...%n", docs, threads);
                if (indexWarmup > 0) {
                    int n = Math.min(indexWarmup, docs);
                    console.printf("warming up: each system indexes %,d documents into a scratch index ...%n", n);
                    stock.warmUp(collection.docs().subList(0, n), workDir.resolve("warmup-stock"));
                    akhbar.warmUp(n, threads, workDir.resolve("warmup-akhbar"));
                    chainOnly(collection.docs().subList(0, n), workDir.resolve("warmup-chain"), similarity);
                    Folders.deleteTree(workDir.resolve("warmup-stock"));
                    Folders.deleteTree(workDir.resolve("warmup-akhbar"));
                }
                long stockIndexNanos = stock.index(collection.docs());
                long akhbarIndexNanos = akhbar.index(threads, similarity);
                long chainIndexNanos = chainOnly(collection.docs(), workDir.resolve("chain"), similarity);
                stockRate = docs / (stockIndexNanos / 1e9);
                akhbarRate = docs / (akhbarIndexNanos / 1e9);
                chainRate = docs / (chainIndexNanos / 1e9);
                if (reuse != null) {
                    Files.writeString(workDir.resolve("complete"), collection.describe());
                }
            }

            console.printf("ranking %,d questions (top %d) ...%n", collection.queries().size(), RANKING_DEPTH);
            Runs runs = rankAll(collection, stock, akhbar);
            Evaluation stockEval = Evaluation.of(collection.qrels(), runs.stock());
            Evaluation akhbarEval = Evaluation.of(collection.qrels(), runs.akhbar());

            console.printf("timing the API search call (%d hits, articles, snippets, total) beside stock top-%d ...%n",
                    pageSize, pageSize);
            Latencies stockTimes = new Latencies();
            Latencies akhbarTimes = new Latencies();
            Latencies akhbarPageRanking = new Latencies();
            timeAll(collection, stock, akhbar, stockTimes, akhbarTimes, akhbarPageRanking);

            Files.createDirectories(out);
            Path akhbarRun = out.resolve("akhbar.run");
            Path stockRun = out.resolve("stock.run");
            writeRun(akhbarRun, runs.akhbar(), "akhbar");
            writeRun(stockRun, runs.stock(), "stock-arabic");

            Figures figures = new Figures(
                    new Figures.Row("akhbar", akhbarEval, akhbarTimes, runs.akhbarTimes(), akhbarRate, threads + " threads"),
                    new Figures.Row("stock", stockEval, stockTimes, runs.stockTimes(), stockRate, "1 thread"),
                    akhbarPageRanking, chainRate, threads, perSet(collection, runs), similarity.toString(), stockParams,
                    pageSize);
            console.print(figures.console());
            console.println("run files: " + akhbarRun + ", " + stockRun);

            List<Sweep.Point> sweep = List.of();
            if (!sweepK1.isEmpty() && !sweepB.isEmpty()) {
                sweep = new Sweep(collection, akhbar, sweepK1, sweepB, console).run();
                akhbar.rescoreWith(similarity);
            }
            if (report != null) {
                mkdirs(report.toAbsolutePath().getParent());
                Files.writeString(report, figures.markdown(collection, commandLine(), sweep), StandardCharsets.UTF_8);
                console.println("report: " + report);
            }
        } finally {
            if (reuse == null) {
                Folders.deleteTree(workDir);
            }
        }
        return 0;
    }

    /**
     * The project's analysis chain alone: stock's raw indexing with the chain in place of
     * {@code ArabicAnalyzer}, on the project's threads, into a scratch index deleted after.
     */
    private long chainOnly(List<BenchDoc> docs, Path dir, ArticleSimilarity similarity) throws IOException {
        try (Directory scratch = FSDirectory.open(dir); Analyzer chain = ArabicNewsAnalyzer.stemmed()) {
            return RawIndexer.write(scratch, chain, similarity, docs, threads);
        } finally {
            Folders.deleteTree(dir);
        }
    }

    record Runs(Map<String, List<RankedDoc>> akhbar, Map<String, List<RankedDoc>> stock,
            Latencies akhbarTimes, Latencies stockTimes) {}

    private static Runs rankAll(Collection collection, StockSystem stock, AkhbarSystem akhbar) throws IOException {
        Map<String, List<RankedDoc>> akhbarRuns = new LinkedHashMap<>();
        Map<String, List<RankedDoc>> stockRuns = new LinkedHashMap<>();
        Latencies akhbarTimes = new Latencies();
        Latencies stockTimes = new Latencies();
        for (Map.Entry<String, String> q : collection.queries().entrySet()) {
            long t0 = System.nanoTime();
            List<RankedDoc> s = stock.search(q.getValue(), RANKING_DEPTH);
            long t1 = System.nanoTime();
            List<RankedDoc> a = akhbar.rank(q.getValue(), RANKING_DEPTH);
            long t2 = System.nanoTime();
            stockTimes.add(t1 - t0);
            akhbarTimes.add(t2 - t1);
            stockRuns.put(q.getKey(), RankedDoc.ranking(s, RANKING_DEPTH));
            akhbarRuns.put(q.getKey(), RankedDoc.ranking(a, RANKING_DEPTH));
        }
        return new Runs(akhbarRuns, stockRuns, akhbarTimes, stockTimes);
    }

    // Interleaved per query, so that load from other processes falls on both alike.
    private void timeAll(Collection collection, StockSystem stock, AkhbarSystem akhbar,
            Latencies stockTimes, Latencies akhbarTimes, Latencies akhbarPageRanking) throws IOException {
        long sink = 0;
        for (String q : collection.queries().values()) {
            long t0 = System.nanoTime();
            sink += stock.search(q, pageSize).size();
            long t1 = System.nanoTime();
            sink += akhbar.search(q, pageSize).hits().size();
            long t2 = System.nanoTime();
            // Ranking only: the same page as ids, which is all stock's call returns.
            sink += akhbar.rank(q, pageSize).size();
            long t3 = System.nanoTime();
            stockTimes.add(t1 - t0);
            akhbarTimes.add(t2 - t1);
            akhbarPageRanking.add(t3 - t2);
        }
        if (sink < 0) {
            throw new AssertionError("unreachable; keeps the results alive");
        }
    }

    private static Map<String, Figures.SetFigures> perSet(Collection collection, Runs runs) {
        Map<String, Figures.SetFigures> out = new LinkedHashMap<>();
        for (RetrievalSet set : collection.sets()) {
            Qrels qrels = collection.qrelsOf(set);
            out.put(set.name(), new Figures.SetFigures(
                    Evaluation.of(qrels, runs.akhbar()), Evaluation.of(qrels, runs.stock())));
        }
        return out;
    }

    private static void writeRun(Path file, Map<String, List<RankedDoc>> runs, String tag) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            TrecRun.write(w, runs, tag);
        }
    }

    static Bm25 parseBm25(String text, String option) {
        String[] parts = text.split(",");
        try {
            if (parts.length == 2) {
                return new Bm25(Float.parseFloat(parts[0].trim()), Float.parseFloat(parts[1].trim()));
            }
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(new SearchBenchCommand()), option + ": " + e.getMessage());
        }
        throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(new SearchBenchCommand()), option + " takes K1,B, e.g. 1.2,0.75: " + text);
    }

    private String commandLine() {
        List<String> parts = new ArrayList<>(List.of("./akhbar", "bench", "search", "--retrieval"));
        retrieval.forEach(p -> parts.add(p.toString()));
        if (!distractors.isEmpty()) {
            parts.add("--distractors");
            distractors.forEach(p -> parts.add(p.toString()));
        }
        if (akhbarBm25 != null) {
            parts.add("--bm25 " + akhbarBm25);
        }
        if (!sweepK1.isEmpty() && !sweepB.isEmpty()) {
            parts.add("--sweep-k1 " + String.join(",", sweepK1.stream().map(String::valueOf).toList()));
            parts.add("--sweep-b " + String.join(",", sweepB.stream().map(String::valueOf).toList()));
        }
        if (indexWarmup != Integer.parseInt(DEFAULT_INDEX_WARMUP)) {
            parts.add("--index-warmup " + indexWarmup);
        }
        if (report != null) {
            parts.add("--report " + report);
        }
        return String.join(" ", parts);
    }

    private static Path mkdirs(Path dir) throws IOException {
        return dir == null ? null : Files.createDirectories(dir);
    }

    /** The pooled documents, questions and judgements. */
    record Collection(List<RetrievalSet> sets, List<BenchDoc> docs, Map<String, String> queries, Qrels qrels,
            Map<String, Integer> docsPerSet, int skipped) {

        static Collection read(List<Path> setDirs, List<Path> distractorFiles, Integer queryLimit) throws IOException {
            List<RetrievalSet> sets = new ArrayList<>();
            List<BenchDoc> docs = new ArrayList<>();
            Map<String, String> queries = new LinkedHashMap<>();
            Map<String, Integer> perSet = new LinkedHashMap<>();
            Qrels qrels = new Qrels(Map.of());
            int skipped = 0;
            for (Path dir : setDirs) {
                RetrievalSet set = RetrievalSet.read(dir);
                sets.add(set);
                docs.addAll(set.docs());
                perSet.put(set.name(), set.docs().size());
                skipped += set.skippedDocs();
                int taken = 0;
                for (String qid : set.qrels().queries()) {
                    String text = set.queries().get(qid);
                    if (text == null) {
                        throw new IOException(set.name() + ": judged query " + qid + " is not in queries.tsv");
                    }
                    if (queryLimit != null && taken++ >= queryLimit) {
                        break;
                    }
                    queries.put(qid, text);
                }
                qrels = qrels.plus(set.qrels());
            }
            for (Path file : distractorFiles) {
                Jsonl.Read read = Jsonl.read(file, Jsonl.setName(file));
                docs.addAll(read.docs());
                perSet.merge(Jsonl.setName(file), read.docs().size(), Integer::sum);
                skipped += read.skippedWithoutTitle();
            }
            Set<String> ids = new HashSet<>();
            for (BenchDoc d : docs) {
                if (!ids.add(d.id())) {
                    throw new IOException("document id twice in the collection: " + d.id());
                }
            }
            Map<String, Map<String, Integer>> kept = new LinkedHashMap<>();
            for (String qid : queries.keySet()) {
                kept.put(qid, qrels.relevant(qid));
            }
            return new Collection(sets, docs, queries, new Qrels(kept), perSet, skipped);
        }

        Qrels qrelsOf(RetrievalSet set) {
            Map<String, Map<String, Integer>> kept = new LinkedHashMap<>();
            for (String qid : set.qrels().queries()) {
                if (queries.containsKey(qid)) {
                    kept.put(qid, set.qrels().relevant(qid));
                }
            }
            return new Qrels(kept);
        }

        String describe() {
            StringBuilder sb = new StringBuilder(String.format("collection: %,d documents (", docs.size()));
            List<String> parts = new ArrayList<>();
            docsPerSet.forEach((name, n) -> parts.add(String.format("%s %,d", name, n)));
            sb.append(String.join(", ", parts));
            if (skipped > 0) {
                sb.append(String.format("; %,d without a title skipped", skipped));
            }
            sb.append(String.format("), %,d judged questions", queries.size()));
            return sb.toString();
        }
    }
}
