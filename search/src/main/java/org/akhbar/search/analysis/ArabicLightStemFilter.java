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
            // The primary stem replaces the term in its own buffer (a reading is never longer).
            char[] buf = termAtt.buffer();
            termAtt.setLength(ArabicLightStemmer.reading(buf, readings, 0, buf));
        }
        return true;
    }

    private void emit(char[] from, int i) {
        termAtt.setLength(ArabicLightStemmer.reading(from, readings, i, termAtt.resizeBuffer(from.length)));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        candidates = 0;
        next = 0;
    }
}
