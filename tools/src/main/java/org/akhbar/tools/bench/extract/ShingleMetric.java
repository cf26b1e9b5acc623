package org.akhbar.tools.bench.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction-benchmark's text metric for one page: both texts become multisets of
 * shingles of four consecutive word tokens ({@link WordTokenizer}); a text of fewer than four
 * tokens is one shorter shingle, an empty text none. True positives are the shingles the two
 * multisets share (counted with multiplicity).
 */
public final class ShingleMetric {

    /** Shingle length of the benchmark. */
    public static final int SHINGLE = 4;

    private ShingleMetric() {}

    /**
     * Shingle counts of one page.
     *
     * @param predicted how many shingles the extraction has
     * @param expected how many shingles the expected text has
     * @param shared how many of them match, with multiplicity
     */
    public record Counts(int predicted, int expected, int shared) {
        /** Precision of this page, or NaN when the extraction is empty (it does not count in P). */
        public double precision() {
            return predicted == 0 ? Double.NaN : (double) shared / predicted;
        }

        /** Recall of this page, or NaN when the expected text is empty (it does not count in R). */
        public double recall() {
            return expected == 0 ? Double.NaN : (double) shared / expected;
        }
    }

    /** Compares the extracted text with the expected one. */
    public static Counts compare(String predicted, String expected) {
        Map<String, Integer> want = shingles(expected);
        Map<String, Integer> got = shingles(predicted);
        int shared = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            Integer n = want.get(e.getKey());
            if (n != null) {
                shared += Math.min(n, e.getValue());
            }
        }
        return new Counts(total(got), total(want), shared);
    }

    /** The multiset of shingles of a text, as shingle → count. */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = WordTokenizer.tokens(text);
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        int count = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < count; i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            out.merge(shingle, 1, Integer::sum);
        }
        return out;
    }

    private static int total(Map<String, Integer> multiset) {
        int n = 0;
        for (int v : multiset.values()) {
            n += v;
        }
        return n;
    }
}
