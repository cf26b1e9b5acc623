package org.akhbar.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Splits tokens where Arabic letters meet digits ({@link GluedNumbers}) into consecutive
 * positions, dropping bare clitics, so المؤتمر ال47 indexes as المؤتمر 47 and the phrase
 * "المؤتمر 47" matches. Offsets of the parts are exact when normalisation did not change
 * the token's length, otherwise every part keeps the whole token's offsets.
 */
public final class GluedNumberSplitFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

    private char[] saved = new char[32];
    private int[] points = new int[32];
    private int[] segStart = new int[33];
    private int[] segEnd = new int[33];
    private int segCount;
    private int nextSeg;
    private int tokenStart;
    private int tokenEnd;
    private boolean exactOffsets;
    private State state;

    public GluedNumberSplitFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (nextSeg < segCount) {
            restoreState(state);
            emit(nextSeg++, 1);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int len = termAtt.length();
        if (points.length < len) {
            points = new int[ArrayUtil.oversize(len, Integer.BYTES)];
        }
        int n = GluedNumbers.splitPoints(termAtt.buffer(), len, points);
        if (n > 0) {
            split(len, n);
        }
        return true;
    }

    // A split token always keeps its digit segments (never droppable), so at least one part is emitted.
    private void split(int len, int n) {
        saved = ArrayUtil.grow(saved, len);
        System.arraycopy(termAtt.buffer(), 0, saved, 0, len);
        if (segStart.length < n + 1) {
            segStart = new int[ArrayUtil.oversize(n + 1, Integer.BYTES)];
            segEnd = new int[segStart.length];
        }
        segCount = 0;
        int from = 0;
        for (int i = 0; i <= n; i++) {
            int to = i < n ? points[i] : len;
            if (!GluedNumbers.isDroppable(saved, from, to)) {
                // Only a segment glued in front of a number has its clitics cut here; the
                // stemmer decides everything else.
                int cut = i < n && isDigit(saved[to]) ? GluedNumbers.leadingClitics(saved, from, to) : 0;
                segStart[segCount] = from + cut;
                segEnd[segCount] = to;
                segCount++;
            }
            from = to;
        }
        tokenStart = offsetAtt.startOffset();
        tokenEnd = offsetAtt.endOffset();
        exactOffsets = tokenEnd - tokenStart == len;
        int firstInc = posIncAtt.getPositionIncrement();
        state = captureState();
        nextSeg = 1;
        emit(0, firstInc);
    }

    private void emit(int seg, int posInc) {
        termAtt.copyBuffer(saved, segStart[seg], segEnd[seg] - segStart[seg]);
        posIncAtt.setPositionIncrement(posInc);
        if (exactOffsets) {
            offsetAtt.setOffset(tokenStart + segStart[seg], tokenStart + segEnd[seg]);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        segCount = 0;
        nextSeg = 0;
        state = null;
    }
}
