package org.akhbar.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.search.analysis.ArabicLightStemFilter;
import org.akhbar.search.analysis.ArabicLightStemmer;
import org.akhbar.search.analysis.ArabicNewsAnalyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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
 *       checks (an exact-form match outranks a mere stem match);
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
     * The field's tokens for an article's parts, analysed with {@code exact} (the exact chain)
     * and stemmed by the stemmed chain's own stem filter, all at once; the stream returned
     * replays them. {@code dateline} may be null.
     */
    public static TokenStream tokens(ArabicNewsAnalyzer exact, String title, String body, String dateline) {
        String t = oneLine(title);
        String d = oneLine(dateline);
        AnalyzedText[] parts = {
            AnalyzedText.of(exact, Fields.TEXT, t),
            AnalyzedText.of(exact, Fields.TEXT, body),
            AnalyzedText.of(exact, Fields.TEXT, d),
        };
        int[] base = {0, t.length() + 1, t.length() + 1 + body.length() + 1};
        int finalOffset = base[2] + d.length();
        // Stemmed here, on the caller's thread, and replayed from the cache: the writer inverts
        // one document at a time, and then does nothing but invert.
        return AnalyzedText.capture(new ArabicLightStemFilter(new Parts(parts, base, finalOffset)), finalOffset, true)
                .replay();
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

    /** The payload the stems of {@code exactForm} (a term of the exact chain) carry. */
    public static BytesRef exactFormPayload(String exactForm) {
        char[] chars = exactForm.toCharArray();
        int h = exactFormHash(chars, 0, chars.length);
        return new BytesRef(new byte[] {(byte) (h >>> 8), (byte) h});
    }

    /**
     * One position of analysed query text: the exact (normalised, unstemmed) form and its
     * stem readings, primary first, as {@link #tokens} indexes them.
     *
     * @param position the position within the text, stop words counted as gaps
     */
    public record QueryPosition(int position, String exactForm, List<BytesRef> readings) {}

    /**
     * Analyses query text the way {@link #tokens} analyses an article: the exact chain, then
     * the stem filter's readings of each exact form (asked of the stemmer directly: the filter
     * emits exactly these, primary first, at the form's position).
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
            out.add(new QueryPosition(position, form, readings));
        }
        return out;
    }

    /** Replays the parts' exact tokens in order, title tokens twice, each with its hash payload. */
    private static final class Parts extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute off = addAttribute(OffsetAttribute.class);
        private final PayloadAttribute payload = addAttribute(PayloadAttribute.class);
        private final byte[] hash = new byte[2];
        private final BytesRef hashRef = new BytesRef(hash);
        private final AnalyzedText[] parts;
        private final int[] base;
        private final int finalOffset;
        private int part;
        private int next;
        private boolean repeatPending;

        Parts(AnalyzedText[] parts, int[] base, int finalOffset) {
            this.parts = parts;
            this.base = base;
            this.finalOffset = finalOffset;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            if (repeatPending) {
                // The title token again, same position: it counts twice.
                repeatPending = false;
                emit(parts[part], next - 1, 0);
                return true;
            }
            while (part < parts.length && next >= parts[part].size()) {
                part++;
                next = 0;
            }
            if (part >= parts.length) {
                return false;
            }
            AnalyzedText p = parts[part];
            int i = next++;
            int inc = p.positionIncrement(i) + (i == 0 && part > 0 ? PART_GAP : 0);
            emit(p, i, inc);
            repeatPending = part == 0;
            return true;
        }

        private void emit(AnalyzedText p, int i, int inc) {
            p.copyTerm(i, term);
            pos.setPositionIncrement(inc);
            off.setOffset(base[part] + p.startOffset(i), base[part] + p.endOffset(i));
            int h = p.termHash(i);
            hash[0] = (byte) (h >>> 8);
            hash[1] = (byte) h;
            payload.setPayload(hashRef);
        }

        @Override
        public void end() throws IOException {
            super.end();
            off.setOffset(finalOffset, finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            part = 0;
            next = 0;
            repeatPending = false;
        }
    }
}
