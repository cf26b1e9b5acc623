package org.akhbar.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/** Applies {@link LatinFolding} to the terms that hold an accented Latin letter. */
public final class LatinFoldingFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private char[] folded = new char[64];

    public LatinFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int len = termAtt.length();
        if (LatinFolding.needsFolding(termAtt.buffer(), len)) {
            folded = ArrayUtil.grow(folded, 4 * len);
            int n = LatinFolding.fold(termAtt.buffer(), len, folded);
            termAtt.copyBuffer(folded, 0, n);
        }
        return true;
    }
}
