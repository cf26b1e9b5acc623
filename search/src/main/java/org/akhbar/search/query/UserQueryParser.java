package org.akhbar.search.query;

import java.util.ArrayList;
import java.util.List;
import org.akhbar.search.index.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

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
 * beyond cost 0.3 nDCG@10 against any-word matching. Each word matches the stemmed title
 * and body scored as one field (BM25F, Lucene's {@link CombinedFieldQuery}), where a title
 * occurrence counts as {@value #TITLE_WEIGHT} body occurrences: a title match weighs more
 * than a body match, yet a headline sharing one common word with the query cannot outrank a
 * body full of the rarer ones, as summing separately scored fields let it (0.02 nDCG@10
 * lower on the dev sets at the best title boost). The dateline adds a small bonus.
 * Exact-form matches on the exact fields and a sloppy phrase over the bare words are
 * returned apart in {@link ParsedQuery#rescore()}: on the top hits an exact form and words
 * standing close together outrank a mere stem match, without making every candidate pay
 * for positions and four more fields. Phrases match adjacent words on the stemmed fields,
 * and adjacent exact forms score higher. A query with no word at all (empty, only
 * punctuation or operators) or with only exclusions is {@linkplain ParsedQuery#ranked()
 * unranked} and matches all articles (minus exclusions); a query whose words are all stop
 * words matches nothing.
 * At most {@value #MAX_CLAUSES} words and phrases are used.
 */
public final class UserQueryParser {
    /** The cap on words and phrases taken from one query, to bound query cost. */
    public static final int MAX_CLAUSES = 32;

    private static final int PROXIMITY_SLOP = 4;

    private record Weighted(String field, float boost) {}

    // Matching runs on the stemmed fields only: every exact match is also a stem match (the
    // stemmed field holds the stem of every exact token at the same position), so the exact
    // fields add ranking, not recall, and are left to the rescoring of the top hits.
    // Weights chosen on the search benchmark's dev sets (docs/benchmarks/search-*.md).
    /** A word in the title counts as this many occurrences in the body (BM25F). */
    static final float TITLE_WEIGHT = 2f;
    private static final float DATELINE_WEIGHT = 0.5f;
    /** Added to the first-pass score of the top hits: half a stem match again for an exact form. */
    private static final float EXACT_BOOST = 0.5f;

    private static final List<Weighted> PHRASE_FIELDS = List.of(
            new Weighted(Fields.TITLE, 2f),
            new Weighted(Fields.BODY, 1f));

    private static final List<Weighted> EXACT_PHRASE_FIELDS = List.of(
            new Weighted(Fields.TITLE_EXACT, 1f),
            new Weighted(Fields.BODY_EXACT, 0.5f));

    private static final float PROXIMITY_BOOST = 0.5f;

    /**
     * A parsed user query.
     *
     * @param query what must match (words, phrases, exclusions), scored on the stemmed fields
     * @param ranked false when there was nothing to rank by (sort by date instead)
     * @param rescore the ranking refinements applied to the top hits only: exact-form matches
     *     on the exact fields and a sloppy phrase rewarding bare words that stand close
     *     together; null when there is nothing to refine
     */
    public record ParsedQuery(Query query, boolean ranked, Query rescore) {
        public ParsedQuery(Query query, boolean ranked) {
            this(query, ranked, null);
        }
    }

    /** One syntactic unit of the query text. */
    record Part(Occur occur, String text, boolean phrase) {}

    private final QueryBuilder builder;
    private final Analyzer analyzer;

    /** A parser analysing with {@code analyzer} (normally {@link Fields#analyzer()}). */
    public UserQueryParser(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
        this.analyzer = analyzer;
    }

    /** The query for {@code text}; never throws on any text, including null. */
    public ParsedQuery parse(String text) {
        List<Part> parts = split(text == null ? "" : text);
        List<Query> should = new ArrayList<>();
        List<String> shouldWords = new ArrayList<>();
        List<Query> must = new ArrayList<>();
        List<Query> mustNot = new ArrayList<>();
        List<Query> refinements = new ArrayList<>();
        int positiveParts = 0;
        for (Part part : parts) {
            if (part.occur() != Occur.MUST_NOT) {
                positiveParts++;
            }
            Query q = part.phrase()
                    ? fieldsQuery(part.text(), PHRASE_FIELDS, true)
                    : wordQuery(part.text(), Fields.TITLE, Fields.BODY, 1f);
            if (q == null) {
                continue;
            }
            if (part.occur() != Occur.MUST_NOT) {
                Query exact = part.phrase()
                        ? fieldsQuery(part.text(), EXACT_PHRASE_FIELDS, true)
                        : wordQuery(part.text(), Fields.TITLE_EXACT, Fields.BODY_EXACT, EXACT_BOOST);
                if (exact != null) {
                    refinements.add(exact);
                }
            }
            switch (part.occur()) {
                case MUST -> must.add(q);
                case MUST_NOT -> mustNot.add(q);
                default -> {
                    should.add(q);
                    if (!part.phrase()) {
                        shouldWords.add(part.text());
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
        Query proximity = proximityQuery(shouldWords);
        if (proximity != null) {
            refinements.add(new BoostQuery(proximity, PROXIMITY_BOOST));
        }
        Query rescore = null;
        if (!refinements.isEmpty()) {
            BooleanQuery.Builder r = new BooleanQuery.Builder();
            refinements.forEach(q -> r.add(q, Occur.SHOULD));
            rescore = r.build();
        }
        return new ParsedQuery(withExclusions(core.build(), mustNot), true, rescore);
    }

    private static Query withExclusions(Query base, List<Query> mustNot) {
        if (mustNot.isEmpty()) {
            return base;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, Occur.MUST);
        mustNot.forEach(q -> b.add(q, Occur.MUST_NOT));
        return b.build();
    }

    private Query fieldsQuery(String text, List<Weighted> fields, boolean phrase) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (Weighted f : fields) {
            Query q = phrase
                    ? builder.createPhraseQuery(f.field(), text, 0)
                    : builder.createBooleanQuery(f.field(), text, Occur.MUST);
            if (q != null) {
                b.add(new BoostQuery(q, f.boost()), Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : b.build();
    }

    /**
     * One word over a title field and a body field scored as one field (BM25F), a title
     * occurrence counting as {@link #TITLE_WEIGHT} body occurrences, plus the dateline for the
     * stemmed fields. Every term the word analyses to must match; the readings of one word
     * (the stemmer's candidates, same position) are alternatives.
     */
    private Query wordQuery(String word, String titleField, String bodyField, float boost) {
        List<List<BytesRef>> groups = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(bodyField, word)) {
            TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (pos.getPositionIncrement() > 0 || groups.isEmpty()) {
                    groups.add(new ArrayList<>());
                }
                groups.getLast().add(BytesRef.deepCopyOf(term.getBytesRef()));
            }
            ts.end();
        } catch (java.io.IOException e) {
            // Analysis of an in-memory string does no I/O.
            throw new java.io.UncheckedIOException(e);
        }
        if (groups.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<BytesRef> readings : groups) {
            CombinedFieldQuery.Builder c = new CombinedFieldQuery.Builder()
                    .addField(titleField, TITLE_WEIGHT).addField(bodyField, 1f);
            readings.forEach(c::addTerm);
            all.add(c.build(), Occur.MUST);
        }
        Query combined = groups.size() == 1 ? all.build().clauses().getFirst().query() : all.build();
        Query scored = boost == 1f ? combined : new BoostQuery(combined, boost);
        if (!titleField.equals(Fields.TITLE)) {
            return scored;
        }
        Query dateline = builder.createBooleanQuery(Fields.DATELINE, word, Occur.MUST);
        if (dateline == null) {
            return scored;
        }
        return new BooleanQuery.Builder().add(scored, Occur.SHOULD)
                .add(new BoostQuery(dateline, DATELINE_WEIGHT), Occur.SHOULD).build();
    }

    private Query proximityQuery(List<String> words) {
        if (words.size() < 2) {
            return null;
        }
        // One sloppy phrase on the stemmed body: it sees every clitic form, and one positional
        // clause keeps multi-word queries cheap.
        return builder.createPhraseQuery(Fields.BODY, String.join(" ", words), PROXIMITY_SLOP);
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
