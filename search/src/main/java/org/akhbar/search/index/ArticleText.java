package org.akhbar.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.akhbar.search.analysis.ArabicLightStemmer;
import org.akhbar.search.analysis.ArabicNewsAnalyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The one searchable field of an article, {@link Fields#TEXT}: its title, body and dateline
 * as one token stream, so that a word is one term query over the whole article.
 *
 * <p>Why one field: a query that scores title and body as one field (BM25F) over separate
 * fields must score every candidate, while a disjunction of term queries on one field is
 * skipped through block by block (block-max WAND); and one field of stems, instead of a
 * stemmed and an exact field per part, halves the terms an article adds to the index. What
 * the separate fields gave is kept:
 * <ul>
 *   <li>a title occurrence counts as two body occurrences (the BM25F weight chosen on the
 *       search benchmark): every title token is emitted twice at the same position, and BM25
 *       leaves same-position tokens out of the field length, so the length stays the number
 *       of words;
 *   <li>the exact form: each token's stem readings carry, as payload, a 16-bit hash of the
 *       token's exact (normalised, unstemmed) form, which the re-ranking of the top hits
 *       checks (an exact-form match outranks a mere stem match); a reading that is the exact
 *       form itself carries none, which says as much (half of news tokens: payloads were a
 *       fifth of the indexing CPU);
 *   <li>phrases and proximity never span two parts: each part starts {@value #PART_GAP}
 *       positions after the previous one.
 * </ul>
 *
 * <p>Offsets point into {@link #content}: title, body and dateline joined by {@code \n}, with
 * any newline inside the title or dateline turned into a space. The highlighter is given that
 * string and tells the parts apart by its first and last newline ({@link #bodyStart},
 * {@link #bodyEnd}).
 */
public final class ArticleText {
    private ArticleText() {}

    /** Positions between title, body and dateline. */
    static final int PART_GAP = 100;

    private static final char SEPARATOR = '\n';

    /** The string the field's offsets point into; {@code dateline} may be null. */
    public static String content(String title, String body, String dateline) {
        return oneLine(title) + SEPARATOR + body + SEPARATOR + oneLine(dateline);
    }

    /** Where the body starts in a {@link #content} string. */
    public static int bodyStart(String content) {
        return content.indexOf(SEPARATOR) + 1;
    }

    /** Where the body ends in a {@link #content} string. */
    public static int bodyEnd(String content) {
        return Math.max(bodyStart(content), content.lastIndexOf(SEPARATOR));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace(SEPARATOR, ' ');
    }

    /**
     * The field's tokens for an article's parts: each part through {@code exact} (the exact
     * chain), each exact form's readings from the stemmer, primary first at the form's
     * position and the others at the same one, as the stem filter emits them. All of it is
     * done here, on the caller's thread, and the stream returned replays it: the writer inverts
     * one document at a time, and then does nothing but invert. {@code dateline} may be null.
     */
    public static TokenStream tokens(ArabicNewsAnalyzer exact, String title, String body, String dateline) {
        String[] parts = {oneLine(title), body, oneLine(dateline)};
        int[] base = {0, parts[0].length() + 1, parts[0].length() + 1 + body.length() + 1};
        AnalyzedText out = AnalyzedText.withPayloads(base[2] + parts[2].length());
        Readings readings = new Readings();
        for (int part = 0; part < parts.length; part++) {
            addPart(exact, parts[part], base[part], part, out, readings);
        }
        return out.replay();
    }

    /**
     * One part's tokens. The loops are split into methods that each run once per part and
     * once per token, instead of one method holding all three: a loop long enough to be
     * compiled while it runs (on-stack replacement) was compiled two to four times over: in
     * rebuilds of 122,751 articles, JFR's compilation events put the optimising compiler's
     * time on it at 0.5 and 1.7 s, against 0.2 and 0.3 s for these methods together.
     */
    private static void addPart(ArabicNewsAnalyzer exact, String text, int base, int part, AnalyzedText out,
            Readings readings) {
        // The exact forms are consumed as the chain emits them: no copy of them is kept.
        try (TokenStream forms = exact.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = forms.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = forms.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = forms.addAttribute(OffsetAttribute.class);
            forms.reset();
            // A title token is there twice at its position: it counts as two body occurrences.
            int copies = part == 0 ? 2 : 1;
            boolean first = true;
            while (forms.incrementToken()) {
                int inc = pos.getPositionIncrement() + (first && part > 0 ? PART_GAP : 0);
                first = false;
                readings.add(term.buffer(), term.length(), inc, base + off.startOffset(), base + off.endOffset(),
                        copies, out);
            }
            forms.end();
        } catch (IOException e) {
            // Analysis of an in-memory string does no I/O.
            throw new UncheckedIOException(e);
        }
    }

    /** The stemmer's scratch space, reused from token to token of one article. */
    private static final class Readings {
        private final int[] triples = new int[ArabicLightStemmer.SLOTS * ArabicLightStemmer.MAX_CANDIDATES];
        private char[] stem = new char[32];

        /** Adds the readings of exact form {@code form[0, len)}, primary first, {@code copies} times. */
        void add(char[] form, int len, int inc, int start, int end, int copies, AnalyzedText out) {
            stem = ArrayUtil.grow(stem, len);
            int hash = exactFormHash(form, 0, len);
            int readings = ArabicLightStemmer.candidates(form, len, triples);
            for (int copy = 0; copy < copies; copy++) {
                for (int k = 0; k < readings; k++) {
                    int n = ArabicLightStemmer.reading(form, triples, k, stem);
                    int payload = Arrays.equals(stem, 0, n, form, 0, len) ? AnalyzedText.NO_PAYLOAD : hash;
                    out.add(stem, n, copy == 0 && k == 0 ? inc : 0, start, end, payload);
                }
            }
        }
    }

    /**
     * The 16-bit hash of an exact form, carried as payload by every stem of it. Two exact
     * forms of one stem share a hash with odds of 1 in 65,536, which at worst gives one
     * article the small exact-form bonus it did not earn.
     */
    static int exactFormHash(char[] buf, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + buf[i];
        }
        h ^= h >>> 16;
        return h & 0xFFFF;
    }

    /**
     * The payload {@code stem} carries where it was read from {@code exactForm} (a term of the
     * exact chain): the form's hash, or null (no payload) when the stem is the form itself.
     */
    public static BytesRef exactFormPayload(String exactForm, BytesRef stem) {
        if (stem.utf8ToString().equals(exactForm)) {
            return null;
        }
        char[] chars = exactForm.toCharArray();
        int h = exactFormHash(chars, 0, chars.length);
        return new BytesRef(new byte[] {(byte) (h >>> 8), (byte) h});
    }

    /**
     * One position of analysed query text: the exact (normalised, unstemmed) form and its
     * stem readings, primary first, as {@link #tokens} indexes them.
     *
     * @param position the position within the text, stop words counted as gaps
     * @param nisbaPartner the other side of the word's nisba pair (see {@link #nisbaPartner}),
     *     which a search also finds at {@link #NISBA_PARTNER_WEIGHT}; else null
     */
    public record QueryPosition(int position, String exactForm, List<BytesRef> readings, BytesRef nisbaPartner) {
        /** The payload of the primary stem where an article has this very form (null: none). */
        public BytesRef exactFormPayload() {
            return ArticleText.exactFormPayload(exactForm, readings.getFirst());
        }
    }

    /**
     * How much an occurrence of the other side of a nisba pair counts, in a search for one
     * side, against one of the word itself: the adjective's noun in a search for the
     * adjective, the noun's adjective in a search for the noun; the two meet, below an exact
     * match. Measured on the search benchmark: the adjective finding its noun at 0.3, nDCG@10
     * 0.7216 → 0.7224, MRR@10 and Recall@100 up too; the noun also finding its adjective, by
     * adding the adjective's stem to the query, 0.7224 → 0.7230, MRR@10 0.6870 → 0.6874, for
     * about a tenth more ranking time. (Indexing each adjective's noun in a field of its own
     * instead lost 0.0024 nDCG@10 at 0.3 and cost a quarter more ranking time.)
     */
    public static final float NISBA_PARTNER_WEIGHT = 0.3f;

    /**
     * Analyses query text the way {@link #tokens} analyses an article: the exact chain, then
     * the stemmer's readings of each exact form, primary first.
     */
    public static List<QueryPosition> analyzeQuery(ArabicNewsAnalyzer exact, String text) {
        AnalyzedText analyzed = AnalyzedText.of(exact, Fields.TEXT, text);
        List<QueryPosition> out = new ArrayList<>(analyzed.size());
        int position = -1;
        for (int i = 0; i < analyzed.size(); i++) {
            position += Math.max(1, analyzed.positionIncrement(i));
            String form = analyzed.term(i);
            String[] stems = ArabicLightStemmer.readings(form.toCharArray(), form.length());
            List<BytesRef> readings = new ArrayList<>(stems.length);
            for (String stem : stems) {
                readings.add(new BytesRef(stem));
            }
            out.add(new QueryPosition(position, form, readings, nisbaPartner(stems[0])));
        }
        return out;
    }

    /**
     * The other side of a nisba pair for a primary stem: the noun of an adjective (اقتصادي →
     * اقتصاد), or the adjective of a word that may be its noun (اقتصاد → اقتصادي); null when
     * neither can be.
     */
    static BytesRef nisbaPartner(String stem) {
        char[] s = stem.toCharArray();
        int noun = ArabicLightStemmer.nisbaBaseLength(s, s.length);
        if (noun > 0) {
            return new BytesRef(stem.substring(0, noun));
        }
        return ArabicLightStemmer.nisbaAdjectiveLength(s, s.length) > 0 ? new BytesRef(stem + 'ي') : null;
    }
}
