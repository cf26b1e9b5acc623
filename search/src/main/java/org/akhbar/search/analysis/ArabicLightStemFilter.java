package org.akhbar.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Applies {@link ArabicLightStemmer} to every term not marked as a keyword: the primary stem
 * replaces the term, and the other {@linkplain ArabicLightStemmer#candidates candidates}
 * follow at the same position (increment 0, same offsets). At query time that makes one
 * word an OR of its readings (a synonym query), so a word whose first letter only looks
 * like a clitic (لوجستيكية) still meets its article form (اللوجستيكية).
 */
public final class ArabicLightStemFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final int[] readings = new int[ArabicLightStemmer.SLOTS * ArabicLightStemmer.MAX_CANDIDATES];
    private char[] word = new char[32];
    private int candidates;
    private int next;

    public ArabicLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < candidates) {
            // Every other attribute still holds the original token's values.
            emit(word, next);
            posIncAtt.setPositionIncrement(0);
            next++;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        candidates = 0;
        next = 0;
        if (!keywordAtt.isKeyword()) {
            int len = termAtt.length();
            int n = ArabicLightStemmer.candidates(termAtt.buffer(), len, readings);
            if (n > 1) {
                word = ArrayUtil.grow(word, len);
                System.arraycopy(termAtt.buffer(), 0, word, 0, len);
                candidates = n;
                next = 1;
            }
            int start = readings[0];
            int end = readings[1];
            char[] buf = termAtt.buffer();
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, end - start);
            }
            int newLen = end - start;
            if (readings[2] != 0) {
                // Appending never outgrows the buffer: a reading with a letter appended is
                // always shorter than the term by at least one letter.
                buf[newLen++] = (char) readings[2];
            }
            termAtt.setLength(newLen);
        }
        return true;
    }

    private void emit(char[] from, int i) {
        int start = readings[ArabicLightStemmer.SLOTS * i];
        int end = readings[ArabicLightStemmer.SLOTS * i + 1];
        int appended = readings[ArabicLightStemmer.SLOTS * i + 2];
        termAtt.copyBuffer(from, start, end - start);
        if (appended != 0) {
            termAtt.append((char) appended);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        candidates = 0;
        next = 0;
    }
}
