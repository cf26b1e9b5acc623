package org.akhbar.search.query;

import java.io.IOException;
import java.util.List;
import org.akhbar.search.query.UserQueryParser.ExactForm;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;

/**
 * The exact-form bonus of the top hits: for each query word, BM25 (the searcher's similarity,
 * the word's stem statistics) of how often the hit has the very form typed, read from the
 * payloads of the word's primary stem (see {@link org.akhbar.search.index.ArticleText}).
 *
 * <p>Why not a query: the bonus is needed for a few dozen documents only, and a span query
 * checking payloads pays for span machinery and payload copies at every position; reading
 * the postings of one stem per word directly, for just those documents, costs a fraction.
 */
final class ExactForms {
    private ExactForms() {}

    /**
     * Adds each word's bonus to the score of every hit in {@code hits} (ordered by doc id) that
     * has the word's exact form; the stems' statistics come from {@code termStates}.
     */
    static void addBonus(IndexSearcher searcher, List<ExactForm> forms, ScoreDoc[] hits, QueryTermStates termStates)
            throws IOException {
        if (forms.isEmpty() || hits.length == 0) {
            return;
        }
        String field = forms.getFirst().stem().field();
        CollectionStatistics collection = searcher.collectionStatistics(field);
        if (collection == null) {
            return;
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ExactForm form : forms) {
            TermStates states = termStates.states(form.stem());
            if (states.docFreq() == 0) {
                continue;
            }
            TermStatistics stats = searcher.termStatistics(form.stem(), states.docFreq(), states.totalTermFreq());
            SimScorer scorer = searcher.getSimilarity().scorer(form.boost(), collection, stats);
            int hit = 0;
            for (LeafReaderContext leaf : leaves) {
                int end = leaf.docBase + leaf.reader().maxDoc();
                int first = hit;
                while (hit < hits.length && hits[hit].doc < end) {
                    hit++;
                }
                if (first < hit) {
                    addBonus(leaf, states, form, scorer, hits, first, hit);
                }
            }
        }
    }

    // The bonus for the hits [from, to), all in this leaf.
    private static void addBonus(LeafReaderContext leaf, TermStates states, ExactForm form, SimScorer scorer,
            ScoreDoc[] hits, int from, int to) throws IOException {
        IOSupplier<TermState> state = states.get(leaf);
        Terms terms = leaf.reader().terms(form.stem().field());
        if (state == null || terms == null) {
            return;
        }
        TermState termState = state.get();
        if (termState == null) {
            return;
        }
        TermsEnum termsEnum = terms.iterator();
        termsEnum.seekExact(form.stem().bytes(), termState);
        PostingsEnum postings = termsEnum.postings(null, PostingsEnum.PAYLOADS);
        NumericDocValues norms = leaf.reader().getNormValues(form.stem().field());
        BytesRef wanted = form.payload();
        for (int i = from; i < to; i++) {
            int doc = hits[i].doc - leaf.docBase;
            if (postings.docID() < doc) {
                postings.advance(doc);
            }
            if (postings.docID() != doc) {
                continue;
            }
            int exact = 0;
            for (int n = postings.freq(); n > 0; n--) {
                postings.nextPosition();
                BytesRef payload = postings.getPayload();
                if (wanted == null ? payload == null : payload != null && payload.bytesEquals(wanted)) {
                    exact++;
                }
            }
            if (exact > 0) {
                long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                hits[i].score += scorer.score(exact, norm);
            }
        }
    }
}
