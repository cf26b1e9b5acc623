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
 * Ranks every question again with each k1 x b of a grid, for bodies (titles as set) and/or
 * for titles (bodies as set), on the same index: BM25's parameters act at search time only.
 */
final class Sweep {
    record Point(String field, Bm25 params, Evaluation eval) {}

    private final SearchBenchCommand.Collection collection;
    private final AkhbarSystem akhbar;
    private final ArticleSimilarity base;
    private final List<String> fields;
    private final List<Float> k1s;
    private final List<Float> bs;
    private final PrintStream console;

    Sweep(SearchBenchCommand.Collection collection, AkhbarSystem akhbar, ArticleSimilarity base,
            List<String> fields, List<Float> k1s, List<Float> bs, PrintStream console) {
        for (String f : fields) {
            if (!f.equals("body") && !f.equals("title")) {
                throw new IllegalArgumentException("a sweep varies body or title, not " + f);
            }
        }
        this.fields = fields;
        this.collection = collection;
        this.akhbar = akhbar;
        this.base = base;
        this.k1s = k1s;
        this.bs = bs;
        this.console = console;
    }

    List<Point> run() throws IOException {
        List<Point> points = new ArrayList<>();
        console.println("BM25 sweep (akhbar): field k1 b -> nDCG@10 MRR@10 R@100");
        for (String field : fields) {
            for (float k1 : k1s) {
                for (float b : bs) {
                    Bm25 p = new Bm25(k1, b);
                    ArticleSimilarity sim = field.equals("body")
                            ? new ArticleSimilarity(base.title(), p) : new ArticleSimilarity(p, base.body());
                    akhbar.rescoreWith(sim);
                    Evaluation e = Evaluation.of(collection.qrels(), rank());
                    points.add(new Point(field, p, e));
                    console.printf(Locale.ROOT, "  %-5s %.2f %.2f -> %.4f %.4f %.4f%n", field, k1, b,
                            e.ndcg10(), e.mrr10(), e.recall100());
                }
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
