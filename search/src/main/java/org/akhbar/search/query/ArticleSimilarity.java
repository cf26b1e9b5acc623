package org.akhbar.search.query;

import java.util.Map;
import org.akhbar.search.index.Fields;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 with its parameters chosen per field. Titles are a handful of words, so their length
 * says little about how much of them is about the query; bodies vary from a paragraph to
 * many pages. The values are the ones the search benchmark chose on its dev sets (see
 * {@code docs/benchmarks/}); only search-time scoring depends on them, since BM25 norms are
 * the same for every k1 and b, so changing them needs no reindexing.
 */
public final class ArticleSimilarity extends PerFieldSimilarityWrapper {
    /** BM25 parameters of one field. */
    public record Bm25(float k1, float b) {
        public Bm25 {
            if (!(k1 >= 0) || !Float.isFinite(k1) || !(b >= 0 && b <= 1)) {
                throw new IllegalArgumentException("BM25 needs k1 >= 0 and 0 <= b <= 1: " + k1 + ", " + b);
            }
        }

        Similarity similarity() {
            return new BM25Similarity(k1, b);
        }
    }

    /** Title fields (stemmed and exact). */
    public static final Bm25 TITLE_DEFAULT = new Bm25(1.2f, 0.75f);
    /**
     * Body and every other field. b = 0.9 rather than Lucene's 0.75: length normalisation
     * stronger than the default kept a long article that mentions a word in passing from
     * outranking a short one about it (+0.02 nDCG@10 on the benchmark's dev sets).
     */
    public static final Bm25 BODY_DEFAULT = new Bm25(1.2f, 0.9f);

    private final Bm25 title;
    private final Bm25 body;
    private final Map<String, Similarity> perField;
    private final Similarity other;

    /** The product's parameters. */
    public ArticleSimilarity() {
        this(TITLE_DEFAULT, BODY_DEFAULT);
    }

    public ArticleSimilarity(Bm25 title, Bm25 body) {
        this.title = title;
        this.body = body;
        Similarity t = title.similarity();
        this.other = body.similarity();
        this.perField = Map.of(Fields.TITLE, t, Fields.TITLE_EXACT, t);
    }

    public Bm25 title() {
        return title;
    }

    public Bm25 body() {
        return body;
    }

    @Override
    public Similarity get(String field) {
        return perField.getOrDefault(field, other);
    }

    @Override
    public String toString() {
        return "BM25 title(k1=" + title.k1() + ", b=" + title.b() + ") body(k1=" + body.k1() + ", b=" + body.b() + ")";
    }
}
