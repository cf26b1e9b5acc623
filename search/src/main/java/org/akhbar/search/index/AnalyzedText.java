package org.akhbar.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.akhbar.search.analysis.ArabicLightStemFilter;
import org.akhbar.search.analysis.ArabicNewsAnalyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Tokens cached for replay: one run of the {@link ArabicNewsAnalyzer#exact()} chain over a
 * text ({@link #of}), so the exact form of every token stays at hand while it is stemmed, or
 * the finished stems of an article's field ({@link #withPayloads}, filled by
 * {@link ArticleText}), each carrying its exact form's 2-byte hash.
 *
 * <p>Why stemming the cached exact tokens is sound: the stemmed chain is, by construction,
 * the exact chain followed by {@link ArabicLightStemFilter}, so stemming the cached terms
 * gives the very tokens {@link ArabicNewsAnalyzer#stemmed()} would (every stem candidate
 * included), which is what queries are analysed with. Property tests hold them equal. Terms
 * live in one shared char pool, so caching allocates per text, not per token.
 */
final class AnalyzedText {
    private char[] pool;
    private int[] termStart;
    private int[] termLength;
    private int[] posInc;
    private int[] startOffset;
    private int[] endOffset;
    /** Each token's payload, a 16-bit value or {@link #NO_PAYLOAD}; null when no token has one. */
    private int[] payload;
    private int size;
    private int poolSize;
    private final int finalOffset;

    private AnalyzedText(int finalOffset) {
        this.finalOffset = finalOffset;
        // Sized for the text at once, so that growing is rare instead of routine: terms seldom
        // hold more characters than the text (only unfolded ligatures lengthen one), and news
        // text averages a token per six characters.
        pool = new char[Math.max(16, finalOffset)];
        int tokens = Math.max(8, finalOffset / 5);
        termStart = new int[tokens];
        termLength = new int[tokens];
        posInc = new int[tokens];
        startOffset = new int[tokens];
        endOffset = new int[tokens];
    }

    /** Runs {@code exact} (the exact chain) over {@code text} and caches its tokens. */
    static AnalyzedText of(ArabicNewsAnalyzer exact, String field, String text) {
        AnalyzedText out = new AnalyzedText(text.length());
        try (TokenStream ts = exact.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.buffer(), term.length(), pos.getPositionIncrement(), off.startOffset(), off.endOffset());
            }
            ts.end();
        } catch (IOException e) {
            // Analysis of an in-memory string does no I/O.
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The payload value of a token that carries none. */
    static final int NO_PAYLOAD = -1;

    /**
     * An empty cache whose tokens each carry a 16-bit payload or {@link #NO_PAYLOAD}
     * ({@link #add(char[], int, int, int, int, int)}); the replay ends at {@code finalOffset}.
     */
    static AnalyzedText withPayloads(int finalOffset) {
        AnalyzedText out = new AnalyzedText(finalOffset);
        out.payload = new int[out.termStart.length];
        return out;
    }

    /** Appends a token with its payload (a cache made {@link #withPayloads}). */
    void add(char[] buf, int len, int inc, int start, int end, int payloadValue) {
        add(buf, len, inc, start, end);
        payload[size - 1] = payloadValue;
    }

    private void add(char[] buf, int len, int inc, int start, int end) {
        if (size == termStart.length) {
            int n = ArrayUtil.oversize(size + 1, Integer.BYTES);
            termStart = ArrayUtil.growExact(termStart, n);
            termLength = ArrayUtil.growExact(termLength, n);
            posInc = ArrayUtil.growExact(posInc, n);
            startOffset = ArrayUtil.growExact(startOffset, n);
            endOffset = ArrayUtil.growExact(endOffset, n);
            if (payload != null) {
                payload = ArrayUtil.growExact(payload, n);
            }
        }
        pool = ArrayUtil.grow(pool, poolSize + len);
        System.arraycopy(buf, 0, pool, poolSize, len);
        termStart[size] = poolSize;
        termLength[size] = len;
        posInc[size] = inc;
        startOffset[size] = start;
        endOffset[size] = end;
        poolSize += len;
        size++;
    }

    /** Number of cached tokens. */
    int size() {
        return size;
    }

    /** Token {@code i}'s term. */
    String term(int i) {
        return new String(pool, termStart[i], termLength[i]);
    }

    int positionIncrement(int i) {
        return posInc[i];
    }

    /** The cached tokens as they were captured. */
    TokenStream replay() {
        return new Replay();
    }

    /** The cached tokens stemmed, by the very filter the stemmed chain ends with. */
    TokenStream stemmed() {
        return new ArabicLightStemFilter(new Replay());
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute off = addAttribute(OffsetAttribute.class);
        private final PayloadAttribute pay = payload == null ? null : addAttribute(PayloadAttribute.class);
        private final byte[] payloadBytes = new byte[2];
        private final BytesRef payloadRef = new BytesRef(payloadBytes);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next >= size) {
                return false;
            }
            clearAttributes();
            int i = next++;
            term.copyBuffer(pool, termStart[i], termLength[i]);
            pos.setPositionIncrement(posInc[i]);
            off.setOffset(startOffset[i], endOffset[i]);
            if (pay != null && payload[i] != NO_PAYLOAD) {
                payloadBytes[0] = (byte) (payload[i] >>> 8);
                payloadBytes[1] = (byte) payload[i];
                pay.setPayload(payloadRef);
            }
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            off.setOffset(finalOffset, finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
