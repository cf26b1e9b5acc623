package org.akhbar.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/** Applies {@link ArabicPresentationForms} to the terms that hold a presentation form. */
public final class PresentationFormFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private char[] unfolded = new char[64];

    public PresentationFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int len = termAtt.length();
        if (ArabicPresentationForms.hasPresentationForm(termAtt.buffer(), len)) {
            unfolded = ArrayUtil.grow(unfolded, len * ArabicPresentationForms.MAX_EXPANSION);
            int n = ArabicPresentationForms.unfold(termAtt.buffer(), len, unfolded);
            termAtt.copyBuffer(unfolded, 0, n);
        }
        return true;
    }
}
