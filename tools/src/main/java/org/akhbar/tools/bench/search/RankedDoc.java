package org.akhbar.tools.bench.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One retrieved document of a ranking: its benchmark id and the score the system gave it.
 */
record RankedDoc(String docId, double score) {
    /** Higher score first; equal scores by doc id, so a ranking never depends on index order. */
    static final Comparator<RankedDoc> BY_SCORE_THEN_ID =
            Comparator.comparingDouble(RankedDoc::score).reversed().thenComparing(RankedDoc::docId);

    /** {@code docs} in {@link #BY_SCORE_THEN_ID} order, cut to {@code k}. */
    static List<RankedDoc> ranking(List<RankedDoc> docs, int k) {
        List<RankedDoc> sorted = new ArrayList<>(docs);
        sorted.sort(BY_SCORE_THEN_ID);
        return List.copyOf(sorted.subList(0, Math.min(k, sorted.size())));
    }
}
