package org.akhbar.tools.bench.search;

import java.util.List;
import java.util.Map;

/**
 * The mean of each measure over every judged query; a judged query the system returned
 * nothing for counts as 0, as in trec_eval with {@code -c}.
 */
record Evaluation(int queries, double ndcg10, double mrr10, double recall100) {
    static Evaluation of(Qrels qrels, Map<String, List<RankedDoc>> runs) {
        double ndcg = 0;
        double mrr = 0;
        double recall = 0;
        for (String qid : qrels.queries()) {
            List<RankedDoc> ranking = runs.getOrDefault(qid, List.of());
            Map<String, Integer> relevant = qrels.relevant(qid);
            ndcg += RankingMetrics.ndcg(ranking, relevant, 10);
            mrr += RankingMetrics.reciprocalRank(ranking, relevant, 10);
            recall += RankingMetrics.recall(ranking, relevant, 100);
        }
        int n = qrels.queries().size();
        return n == 0 ? new Evaluation(0, 0, 0, 0) : new Evaluation(n, ndcg / n, mrr / n, recall / n);
    }
}
