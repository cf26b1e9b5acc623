package org.akhbar.tools.bench.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    private static List<RankedDoc> ranking(String... ids) {
        double score = ids.length;
        List<RankedDoc> out = new java.util.ArrayList<>();
        for (String id : ids) {
            out.add(new RankedDoc(id, score--));
        }
        return out;
    }

    @Test
    void relevantDocumentFirstGivesPerfectScores() {
        Map<String, Integer> rel = Map.of("d1", 1);
        List<RankedDoc> r = ranking("d1", "d2", "d3");
        assertThat(RankingMetrics.ndcg(r, rel, 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.reciprocalRank(r, rel, 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.recall(r, rel, 100)).isEqualTo(1.0);
    }

    @Test
    void relevantDocumentThirdIsDiscountedByLogOfRank() {
        Map<String, Integer> rel = Map.of("d3", 1);
        List<RankedDoc> r = ranking("d1", "d2", "d3");
        assertThat(RankingMetrics.ndcg(r, rel, 10)).isCloseTo(1 / (Math.log(4) / Math.log(2)), within(1e-12));
        assertThat(RankingMetrics.reciprocalRank(r, rel, 10)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void aRelevantDocumentBeyondTheCutOffCountsForNothing() {
        Map<String, Integer> rel = Map.of("d3", 1);
        List<RankedDoc> r = ranking("d1", "d2", "d3");
        assertThat(RankingMetrics.ndcg(r, rel, 2)).isZero();
        assertThat(RankingMetrics.reciprocalRank(r, rel, 2)).isZero();
        assertThat(RankingMetrics.recall(r, rel, 2)).isZero();
    }

    @Test
    void recallIsTheShareOfRelevantDocumentsRetrieved() {
        Map<String, Integer> rel = Map.of("d1", 1, "d4", 1, "d9", 1);
        assertThat(RankingMetrics.recall(ranking("d1", "d2", "d4"), rel, 100)).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void ndcgIdealUsesTheHighestGradesFirst() {
        Map<String, Integer> rel = Map.of("a", 2, "b", 1);
        // Actual: b (1) at rank 1, a (2) at rank 2; ideal: a then b.
        double dcg = 1 + 2 / (Math.log(3) / Math.log(2));
        double ideal = 2 + 1 / (Math.log(3) / Math.log(2));
        assertThat(RankingMetrics.ndcg(ranking("b", "a"), rel, 10)).isCloseTo(dcg / ideal, within(1e-12));
    }

    @Test
    void meanIsOverJudgedQueriesAndAMissingRunCountsAsZero() {
        Qrels qrels = new Qrels(Map.of("q1", Map.of("d1", 1), "q2", Map.of("d2", 1)));
        Evaluation e = Evaluation.of(qrels, Map.of("q1", ranking("d1"), "q-unjudged", ranking("d2")));
        assertThat(e.queries()).isEqualTo(2);
        assertThat(e.mrr10()).isEqualTo(0.5);
        assertThat(e.ndcg10()).isEqualTo(0.5);
        assertThat(e.recall100()).isEqualTo(0.5);
    }

    @Test
    void equalScoresAreOrderedByDocIdWhateverTheInputOrder() {
        List<RankedDoc> r = RankedDoc.ranking(List.of(
                new RankedDoc("z", 1.0), new RankedDoc("b", 2.0), new RankedDoc("a", 1.0)), 10);
        assertThat(r).extracting(RankedDoc::docId).containsExactly("b", "a", "z");
        assertThat(RankedDoc.ranking(r, 2)).hasSize(2);
    }
}
