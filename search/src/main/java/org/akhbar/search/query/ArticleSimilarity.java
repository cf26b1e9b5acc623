package org.akhbar.search.query;

import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * BM25 over the article's one searchable field, {@link org.akhbar.search.index.Fields#TEXT},
 * with the parameters the search benchmark chose on its dev sets (see
 * {@code docs/benchmarks/}). Only search-time scoring depends on them, since BM25 norms are
 * the same for every k1 and b, so changing them needs no reindexing.
 */
public final class ArticleSimilarity extends BM25Similarity {
    /** BM25 parameters. */
    public record Bm25(float k1, float b) {
        public Bm25 {
            if (!(k1 >= 0) || !Float.isFinite(k1) || !(b >= 0 && b <= 1)) {
                throw new IllegalArgumentException("BM25 needs k1 >= 0 and 0 <= b <= 1: " + k1 + ", " + b);
            }
        }
    }

    /**
     * b = 0.9 rather than Lucene's 0.75: length normalisation stronger than the default kept
     * a long article that mentions a word in passing from outranking a short one about it
     * (+0.02 nDCG@10 on the benchmark's dev sets).
     */
    public static final Bm25 DEFAULT = new Bm25(1.2f, 0.9f);

    private final Bm25 params;

    /** The product's parameters. */
    public ArticleSimilarity() {
        this(DEFAULT);
    }

    public ArticleSimilarity(Bm25 params) {
        super(params.k1(), params.b());
        this.params = params;
    }

    public Bm25 params() {
        return params;
    }

    @Override
    public String toString() {
        return "BM25(k1=" + params.k1() + ", b=" + params.b() + ")";
    }
}
