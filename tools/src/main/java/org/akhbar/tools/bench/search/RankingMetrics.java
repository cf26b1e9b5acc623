package org.akhbar.tools.bench.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The retrieval measures of the benchmark, per query, on a ranking already in its final
 * order (see {@link RankedDoc#ranking}). Definitions as trec_eval computes them:
 * nDCG with gain = grade and discount 1/log2(rank + 1), the ideal from the judged grades;
 * reciprocal rank of the first relevant document within the cut-off, else 0; recall as the
 * share of relevant documents retrieved within the cut-off.
 */
final class RankingMetrics {
    private RankingMetrics() {}

    static double ndcg(List<RankedDoc> ranking, Map<String, Integer> relevant, int k) {
        if (relevant.isEmpty()) {
            return 0;
        }
        double dcg = 0;
        int n = Math.min(k, ranking.size());
        for (int i = 0; i < n; i++) {
            dcg += relevant.getOrDefault(ranking.get(i).docId(), 0) / log2(i + 2);
        }
        List<Integer> grades = new ArrayList<>(relevant.values());
        grades.sort(Comparator.reverseOrder());
        double ideal = 0;
        for (int i = 0; i < Math.min(k, grades.size()); i++) {
            ideal += grades.get(i) / log2(i + 2);
        }
        return dcg / ideal;
    }

    static double reciprocalRank(List<RankedDoc> ranking, Map<String, Integer> relevant, int k) {
        int n = Math.min(k, ranking.size());
        for (int i = 0; i < n; i++) {
            if (relevant.getOrDefault(ranking.get(i).docId(), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    static double recall(List<RankedDoc> ranking, Map<String, Integer> relevant, int k) {
        if (relevant.isEmpty()) {
            return 0;
        }
        int found = 0;
        int n = Math.min(k, ranking.size());
        for (int i = 0; i < n; i++) {
            if (relevant.getOrDefault(ranking.get(i).docId(), 0) > 0) {
                found++;
            }
        }
        return (double) found / relevant.size();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
