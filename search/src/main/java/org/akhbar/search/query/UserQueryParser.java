package org.akhbar.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.akhbar.search.analysis.ArabicNewsAnalyzer;
import org.akhbar.search.index.ArticleText;
import org.akhbar.search.index.ArticleText.QueryPosition;
import org.akhbar.search.index.Fields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.payloads.SpanPayloadCheckQuery;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns whatever a user types into a Lucene query, and never throws.
 *
 * <p>Syntax: bare words; {@code "quoted phrases"} (also “curly” and «guillemet» quotes; an
 * unclosed quote runs to the end); {@code +word} or {@code +"phrase"} required;
 * {@code -word} or {@code -"phrase"} excluded. Everything else (stray operators, punctuation,
 * control characters) is just text for the analyzer, which drops what is not a word.
 *
 * <p>Semantics: bare words are alternatives: a document matching any of them is a hit, and
 * BM25 ranks documents matching more of them, and rarer ones, higher. Requiring all words (or
 * a share of them) loses the answer whenever the document words it differently, which for
 * questions is most of the time: on the search benchmark's dev sets, all-of-three plus 70%
 * beyond cost 0.3 nDCG@10 against any-word matching. Each word is one term query (its stem
 * readings as synonyms) on the article's one searchable field, {@link Fields#TEXT}, where
 * a title occurrence counts as two body occurrences (see {@link ArticleText}): a title match
 * weighs more than a body match, yet a headline sharing one common word with the query
 * cannot outrank a body full of the rarer ones, as summing separately scored fields let it
 * (0.02 nDCG@10 lower on the dev sets at the best title boost). Being plain term queries on
 * one field, the words of a long query are skipped through block by block instead of scored
 * on every candidate. Exact-form matches (the stem at a position whose payload is the
 * typed form's hash) and a sloppy phrase over the bare words are returned apart in
 * {@link ParsedQuery#rescore()}: on the top hits an exact form and words standing close
 * together outrank a mere stem match, without making every candidate pay for positions and
 * payloads. Phrases match adjacent stems, and adjacent exact forms score higher. A query with no word at all (empty, only
 * punctuation or operators) or with only exclusions is {@linkplain ParsedQuery#ranked()
 * unranked} and matches all articles (minus exclusions); a query whose words are all stop
 * words matches nothing.
 * At most {@value #MAX_CLAUSES} words and phrases are used.
 */
public final class UserQueryParser {
    /** The cap on words and phrases taken from one query, to bound query cost. */
    public static final int MAX_CLAUSES = 32;

    private static final int PROXIMITY_SLOP = 4;
    /**
     * The most bare words the proximity phrase is tried for. It asks for all of them within
     * a few positions of each other, which a longer query (a question typed out) all but
     * never meets, and it costs every query its positions: on the search benchmark's dev
     * sets, made of such questions, it changed no ranking at all (nDCG@10 0.7229 without it,
     * 0.7228 with it) and took a fifth of the ranking time.
     */
    static final int PROXIMITY_MAX_WORDS = 5;

    // Chosen on the search benchmark's dev sets (docs/benchmarks/search-*.md).
    /** Added to the first-pass score of the top hits: half a stem match again for an exact form. */
    private static final float EXACT_BOOST = 0.5f;
    private static final float PROXIMITY_BOOST = 0.5f;

    /**
     * A parsed user query.
     *
     * @param query what must match (words, phrases, exclusions), scored on the stems
     * @param ranked false when there was nothing to rank by (sort by date instead)
     * @param exactForms the words whose exact form the top hits are re-ranked by (see
     *     {@link ExactForms}), one per word of one position
     * @param rescore the other refinements of the top hits: exact forms of phrases and words
     *     of several positions, and a sloppy phrase rewarding bare words that stand close
     *     together; null when there are none
     */
    public record ParsedQuery(Query query, boolean ranked, List<ExactForm> exactForms, Query rescore) {
        public ParsedQuery(Query query, boolean ranked) {
            this(query, ranked, List.of(), null);
        }
    }

    /**
     * The exact form of a query word: its primary stem, and the payload that stem carries
     * where the article has the very form typed (null: none, the stem is the form);
     * {@code boost} scales its BM25 score.
     */
    public record ExactForm(Term stem, BytesRef payload, float boost) {}

    /** One syntactic unit of the query text. */
    record Part(Occur occur, String text, boolean phrase) {}

    private final ArabicNewsAnalyzer exactAnalyzer = ArabicNewsAnalyzer.exact();

    /**
     * A parser analysing as {@link ArticleText} indexes: the exact chain, then the stemmer's
     * readings of each exact form.
     */
    public UserQueryParser() {}

    /** The query for {@code text}; never throws on any text, including null. */
    public ParsedQuery parse(String text) {
        return parse(text, TermQuery::new);
    }

    /**
     * The query for {@code text}, each single-term clause made by {@code termQueries} (a
     * searcher passes one that reuses the term's statistics for the re-ranking).
     */
    public ParsedQuery parse(String text, Function<Term, Query> termQueries) {
        List<Part> parts = split(text == null ? "" : text);
        List<Query> should = new ArrayList<>();
        List<QueryPosition> bareWords = new ArrayList<>();
        List<Query> must = new ArrayList<>();
        List<Query> mustNot = new ArrayList<>();
        List<ExactForm> exactForms = new ArrayList<>();
        List<Query> refinements = new ArrayList<>();
        int positiveParts = 0;
        for (Part part : parts) {
            if (part.occur() != Occur.MUST_NOT) {
                positiveParts++;
            }
            List<QueryPosition> positions = ArticleText.analyzeQuery(exactAnalyzer, part.text());
            if (positions.isEmpty()) {
                continue;
            }
            Query q = part.phrase() ? phraseQuery(positions, 0, termQueries) : wordQuery(positions, termQueries);
            if (part.occur() != Occur.MUST_NOT) {
                if (positions.size() == 1) {
                    QueryPosition p = positions.getFirst();
                    exactForms.add(new ExactForm(new Term(Fields.TEXT, p.readings().getFirst()),
                            p.exactFormPayload(), EXACT_BOOST));
                } else {
                    refinements.add(new BoostQuery(exactPhraseQuery(positions), EXACT_BOOST));
                }
            }
            switch (part.occur()) {
                case MUST -> must.add(q);
                case MUST_NOT -> mustNot.add(q);
                default -> {
                    should.add(q);
                    if (!part.phrase()) {
                        bareWords.addAll(positions);
                    }
                }
            }
        }
        if (should.isEmpty() && must.isEmpty()) {
            if (positiveParts > 0) {
                // The user asked for words, all of which are stop words or noise.
                return new ParsedQuery(new MatchNoDocsQuery("only stop words"), true);
            }
            return new ParsedQuery(withExclusions(new MatchAllDocsQuery(), mustNot), false);
        }
        BooleanQuery.Builder core = new BooleanQuery.Builder();
        must.forEach(q -> core.add(q, Occur.MUST));
        // Without required parts, at least one of the optional ones matches (a pure disjunction).
        should.forEach(q -> core.add(q, Occur.SHOULD));
        if (bareWords.size() >= 2 && bareWords.size() <= PROXIMITY_MAX_WORDS) {
            // One sloppy phrase over the bare words' stems: it sees every clitic form, and one
            // positional clause keeps multi-word queries cheap.
            refinements.add(new BoostQuery(
                    phraseQuery(renumbered(bareWords), PROXIMITY_SLOP, termQueries), PROXIMITY_BOOST));
        }
        Query rescore = null;
        if (!refinements.isEmpty()) {
            BooleanQuery.Builder r = new BooleanQuery.Builder();
            refinements.forEach(q -> r.add(q, Occur.SHOULD));
            rescore = r.build();
        }
        return new ParsedQuery(withExclusions(core.build(), mustNot), true, List.copyOf(exactForms), rescore);
    }

    private static Query withExclusions(Query base, List<Query> mustNot) {
        if (mustNot.isEmpty()) {
            return base;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, Occur.MUST);
        mustNot.forEach(q -> b.add(q, Occur.MUST_NOT));
        return b.build();
    }

    /**
     * One word: every position it analyses to must match (a word glued to a number is two),
     * each by any of its stem readings, scored as one term (a synonym query).
     */
    private static Query wordQuery(List<QueryPosition> positions, Function<Term, Query> termQueries) {
        if (positions.size() == 1) {
            return readingsQuery(positions.getFirst(), termQueries);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        positions.forEach(p -> all.add(readingsQuery(p, termQueries), Occur.MUST));
        return all.build();
    }

    /** A word by any of its readings, and by the other side of its nisba pair at a lower weight, scored as one term. */
    private static Query readingsQuery(QueryPosition p, Function<Term, Query> termQueries) {
        if (p.nisbaPartner() == null && p.readings().size() == 1) {
            return termQueries.apply(new Term(Fields.TEXT, p.readings().getFirst()));
        }
        SynonymQuery.Builder b = new SynonymQuery.Builder(Fields.TEXT);
        p.readings().forEach(r -> b.addTerm(new Term(Fields.TEXT, r)));
        if (p.nisbaPartner() != null) {
            b.addTerm(new Term(Fields.TEXT, p.nisbaPartner()), ArticleText.NISBA_PARTNER_WEIGHT);
        }
        return b.build();
    }

    /** The positions as a phrase of stems (any reading at each position), {@code slop} apart at most. */
    private static Query phraseQuery(List<QueryPosition> positions, int slop, Function<Term, Query> termQueries) {
        if (positions.size() == 1) {
            return readingsQuery(positions.getFirst(), termQueries);
        }
        MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder().setSlop(slop);
        for (QueryPosition p : positions) {
            b.add(p.readings().stream().map(r -> new Term(Fields.TEXT, r)).toArray(Term[]::new), p.position());
        }
        return b.build();
    }

    // Positions one after another: bare words are typed apart, so their gaps mean nothing.
    private static List<QueryPosition> renumbered(List<QueryPosition> positions) {
        List<QueryPosition> out = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            QueryPosition p = positions.get(i);
            out.add(new QueryPosition(i, p.exactForm(), p.readings(), p.nisbaPartner()));
        }
        return out;
    }

    /**
     * The exact forms of a phrase or a word of several positions, adjacent and in order: the
     * primary stem of each position where its payload is the one of the exact form typed (the
     * form's hash, or none when the stem is the form). Every stem of a token carries its exact
     * form's payload, so the primary stem, which the typed form and the indexed one share, is
     * enough to look at.
     */
    private static Query exactPhraseQuery(List<QueryPosition> positions) {
        SpanQuery[] terms = new SpanQuery[positions.size()];
        List<BytesRef> payloads = new ArrayList<>(positions.size());
        for (int i = 0; i < terms.length; i++) {
            QueryPosition p = positions.get(i);
            terms[i] = new SpanTermQuery(new Term(Fields.TEXT, p.readings().getFirst()));
            payloads.add(p.exactFormPayload());
        }
        return new SpanPayloadCheckQuery(new SpanNearQuery(terms, 0, true), payloads);
    }

    /** Splits query text into words and phrases with their operators. */
    static List<Part> split(String text) {
        List<Part> parts = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n && parts.size() < MAX_CLAUSES) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            Occur occur = Occur.SHOULD;
            if ((c == '+' || c == '-') && i + 1 < n && !isSpace(text.charAt(i + 1))) {
                occur = c == '+' ? Occur.MUST : Occur.MUST_NOT;
                i++;
                c = text.charAt(i);
            }
            if (isQuote(c)) {
                int start = i + 1;
                int end = start;
                while (end < n && !isQuote(text.charAt(end))) {
                    end++;
                }
                String phrase = text.substring(start, end).trim();
                if (hasLetterOrDigit(phrase)) {
                    parts.add(new Part(occur, phrase, true));
                }
                i = Math.min(n, end + 1);
                continue;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i)) && !isQuote(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            if (hasLetterOrDigit(word)) {
                parts.add(new Part(occur, word, false));
            }
        }
        return parts;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }
}
