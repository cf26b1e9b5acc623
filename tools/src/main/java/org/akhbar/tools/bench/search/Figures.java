package org.akhbar.tools.bench.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.akhbar.search.query.ArticleSimilarity.Bm25;
import org.akhbar.tools.bench.Machine;

/** The figures of one run, printed on the console and as a markdown report. */
/**
 * @param chainDocsPerSecond the project's analysis chain alone in stock's raw indexing, on {@code threads} threads
 */
record Figures(Row akhbar, Row stock, Latencies akhbarPageRanking, double chainDocsPerSecond, int threads,
        Map<String, SetFigures> perSet, String akhbarScoring, Bm25 stockParams, int pageSize) {

    /**
     * One system's figures.
     *
     * @param times the timed user call (a page of {@code pageSize} hits)
     * @param rankingTimes the quality pass: top 100, ids only
     */
    record Row(String name, Evaluation eval, Latencies times, Latencies rankingTimes, double indexDocsPerSecond,
            String indexThreads) {}

    record SetFigures(Evaluation akhbar, Evaluation stock) {}

    String console() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-7s %8s %8s %8s   %-33s %s%n", "system", "nDCG@10", "MRR@10", "R@100",
                "query ms mean / p50 / p99", "index docs/s"));
        for (Row r : List.of(akhbar, stock)) {
            sb.append(String.format(Locale.ROOT, "%-7s %8.4f %8.4f %8.4f   %7.2f / %6.2f / %6.2f %10s %,.0f (%s)%n",
                    r.name(), r.eval().ndcg10(), r.eval().mrr10(), r.eval().recall100(),
                    r.times().meanMs(), r.times().percentileMs(50), r.times().percentileMs(99), "",
                    r.indexDocsPerSecond(), r.indexThreads()));
        }
        sb.append(String.format(Locale.ROOT,
                "akhbar - stock: nDCG@10 %+.4f, MRR@10 %+.4f, R@100 %+.4f; mean query time %.2fx stock's; indexing %.2fx stock's%n",
                akhbar.eval().ndcg10() - stock.eval().ndcg10(), akhbar.eval().mrr10() - stock.eval().mrr10(),
                akhbar.eval().recall100() - stock.eval().recall100(),
                akhbar.times().meanMs() / stock.times().meanMs(),
                akhbar.indexDocsPerSecond() / stock.indexDocsPerSecond()));
        sb.append(String.format(Locale.ROOT,
                "query ms: akhbar = the API's search call (%d hits with articles, snippets, total); stock = IndexSearcher top %d%n",
                pageSize, pageSize));
        sb.append(String.format(Locale.ROOT,
                "ranking only, page of %d with ids (the work stock's call does; same pass): akhbar mean %.2f / p50 %.2f / p99 %.2f ms = %.2fx stock's mean, %.2fx its p50%n",
                pageSize, akhbarPageRanking.meanMs(), akhbarPageRanking.percentileMs(50), akhbarPageRanking.percentileMs(99),
                akhbarPageRanking.meanMs() / stock.times().meanMs(),
                akhbarPageRanking.percentileMs(50) / stock.times().percentileMs(50)));
        sb.append(String.format(Locale.ROOT,
                "indexing, the analysis chain alone (stock's raw IndexWriter and one text field, the project's chain on %d threads): %,.0f docs/s = %.2fx stock's%n",
                threads, chainDocsPerSecond, chainDocsPerSecond / stock.indexDocsPerSecond()));
        sb.append(String.format(Locale.ROOT,
                "ranking pass (top 100, ids only): akhbar mean %.2f ms p99 %.2f; stock mean %.2f ms p99 %.2f%n",
                akhbar.rankingTimes().meanMs(), akhbar.rankingTimes().percentileMs(99),
                stock.rankingTimes().meanMs(), stock.rankingTimes().percentileMs(99)));
        perSet.forEach((name, f) -> sb.append(String.format(Locale.ROOT,
                "  %-14s %4d q  akhbar %.4f / %.4f / %.4f   stock %.4f / %.4f / %.4f  (nDCG@10 / MRR@10 / R@100)%n",
                name, f.akhbar().queries(), f.akhbar().ndcg10(), f.akhbar().mrr10(), f.akhbar().recall100(),
                f.stock().ndcg10(), f.stock().mrr10(), f.stock().recall100())));
        sb.append("akhbar scoring: ").append(akhbarScoring).append(String.format(Locale.ROOT,
                "; stock: BM25(k1=%s, b=%s)%n", stockParams.k1(), stockParams.b()));
        return sb.toString();
    }

    String markdown(SearchBenchCommand.Collection collection, String command, List<Sweep.Point> sweep) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Search benchmark, ").append(LocalDate.now()).append("\n\n");
        sb.append("Machine: ").append(Machine.describe()).append("\n\n");
        sb.append("Command:\n\n```\n").append(command).append("\n```\n\n");
        sb.append(collection.describe()).append(".\n\n");
        sb.append("| system | nDCG@10 | MRR@10 | Recall@100 | query ms mean | p50 | p99 | index docs/s |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : List.of(akhbar, stock)) {
            sb.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.2f | %.2f | %.2f | %,.0f (%s) |%n",
                    r.name(), r.eval().ndcg10(), r.eval().mrr10(), r.eval().recall100(), r.times().meanMs(),
                    r.times().percentileMs(50), r.times().percentileMs(99), r.indexDocsPerSecond(), r.indexThreads()));
        }
        sb.append(String.format(Locale.ROOT,
                "%nakhbar − stock: nDCG@10 %+.4f, MRR@10 %+.4f, Recall@100 %+.4f; mean query time %.2f× stock's; "
                        + "indexing throughput %.2f× stock's.%n%n",
                akhbar.eval().ndcg10() - stock.eval().ndcg10(), akhbar.eval().mrr10() - stock.eval().mrr10(),
                akhbar.eval().recall100() - stock.eval().recall100(),
                akhbar.times().meanMs() / stock.times().meanMs(),
                akhbar.indexDocsPerSecond() / stock.indexDocsPerSecond()));
        sb.append(String.format(Locale.ROOT,
                "Query ms: akhbar is the API's search call (`ArticleSearcher.search`, page of %d hits with articles, "
                        + "snippets and the total); stock is `IndexSearcher.search(query, %d)` with the ids. "
                        + "Ranking only (`ArticleSearcher.ranking`, the same page with ids only, timed in the same pass): "
                        + "akhbar mean %.2f ms, p50 %.2f, p99 %.2f: %.2f× stock's mean, %.2f× its p50. "
                        + "Ranking pass (top 100, ids only, the figures above are computed from it): akhbar mean %.2f ms, "
                        + "p99 %.2f; stock mean %.2f ms, p99 %.2f.%n%n",
                pageSize, pageSize, akhbarPageRanking.meanMs(), akhbarPageRanking.percentileMs(50),
                akhbarPageRanking.percentileMs(99), akhbarPageRanking.meanMs() / stock.times().meanMs(),
                akhbarPageRanking.percentileMs(50) / stock.times().percentileMs(50),
                akhbar.rankingTimes().meanMs(), akhbar.rankingTimes().percentileMs(99),
                stock.rankingTimes().meanMs(), stock.rankingTimes().percentileMs(99)));
        sb.append(String.format(Locale.ROOT,
                "Indexing: akhbar is the product's writer (`ArticleIndexWriter`: the article stored, title, body and "
                        + "dateline in one field with offsets and exact-form payloads) on %d threads; stock is a raw "
                        + "IndexWriter with `ArabicAnalyzer` on one thread. The analysis chain alone, in stock's raw "
                        + "IndexWriter with the same one field, on %d threads: %,.0f docs/s, %.2f× stock's.%n%n",
                threads, threads, chainDocsPerSecond, chainDocsPerSecond / stock.indexDocsPerSecond()));
        sb.append("| set | questions | akhbar nDCG@10 | MRR@10 | R@100 | stock nDCG@10 | MRR@10 | R@100 |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        perSet.forEach((name, f) -> sb.append(String.format(Locale.ROOT,
                "| %s | %d | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f |%n", name, f.akhbar().queries(),
                f.akhbar().ndcg10(), f.akhbar().mrr10(), f.akhbar().recall100(),
                f.stock().ndcg10(), f.stock().mrr10(), f.stock().recall100())));
        sb.append("\nakhbar scoring: ").append(akhbarScoring).append(String.format(Locale.ROOT,
                "; stock: BM25(k1=%s, b=%s).%n", stockParams.k1(), stockParams.b()));
        if (!sweep.isEmpty()) {
            sb.append("\n## BM25 sweep (akhbar, same index)\n\n");
            sb.append("| k1 | b | nDCG@10 | MRR@10 | Recall@100 |\n|---:|---:|---:|---:|---:|\n");
            for (Sweep.Point p : sweep) {
                sb.append(String.format(Locale.ROOT, "| %.2f | %.2f | %.4f | %.4f | %.4f |%n",
                        p.params().k1(), p.params().b(), p.eval().ndcg10(), p.eval().mrr10(), p.eval().recall100()));
            }
        }
        return sb.toString();
    }
}
