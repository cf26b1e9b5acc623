package org.akhbar.tools.bench.search;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.akhbar.search.query.ArticleSimilarity;
import org.akhbar.search.query.ArticleSimilarity.Bm25;

/**
 * Ranks every question again with each k1 x b of a grid on the same index: BM25's parameters
 * act at search time only.
 */
final class Sweep {
    record Point(Bm25 params, Evaluation eval) {}

    private final SearchBenchCommand.Collection collection;
    private final AkhbarSystem akhbar;
    private final List<Float> k1s;
    private final List<Float> bs;
    private final PrintStream console;

    Sweep(SearchBenchCommand.Collection collection, AkhbarSystem akhbar, List<Float> k1s, List<Float> bs,
            PrintStream console) {
        this.collection = collection;
        this.akhbar = akhbar;
        this.k1s = k1s;
        this.bs = bs;
        this.console = console;
    }

    List<Point> run() throws IOException {
        List<Point> points = new ArrayList<>();
        console.println("BM25 sweep (akhbar): k1 b -> nDCG@10 MRR@10 R@100");
        for (float k1 : k1s) {
            for (float b : bs) {
                Bm25 p = new Bm25(k1, b);
                akhbar.rescoreWith(new ArticleSimilarity(p));
                Evaluation e = Evaluation.of(collection.qrels(), rank());
                points.add(new Point(p, e));
                console.printf(Locale.ROOT, "  %.2f %.2f -> %.4f %.4f %.4f%n", k1, b, e.ndcg10(), e.mrr10(), e.recall100());
            }
        }
        return points;
    }

    private Map<String, List<RankedDoc>> rank() throws IOException {
        Map<String, List<RankedDoc>> runs = new LinkedHashMap<>();
        for (Map.Entry<String, String> q : collection.queries().entrySet()) {
            runs.put(q.getKey(), RankedDoc.ranking(
                    akhbar.rank(q.getValue(), SearchBenchCommand.RANKING_DEPTH), SearchBenchCommand.RANKING_DEPTH));
        }
        return runs;
    }
}
