package org.akhbar.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The statistics of the terms one search looks up, each looked up once: a word's term query
 * and the exact-form re-ranking of the same word read the same term, and looking a term up
 * in every segment is a good part of a short query's cost. One instance per search, on one
 * thread.
 */
final class QueryTermStates {
    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new HashMap<>();

    QueryTermStates(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** A term query over statistics looked up once. */
    Query termQuery(Term term) {
        return new TermQuery(term, states(term));
    }

    /** The term's statistics and per-segment states, looked up on first use. */
    TermStates states(Term term) {
        return states.computeIfAbsent(term, t -> {
            try {
                return TermStates.build(searcher, t, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
