package org.akhbar.search.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Drops the normalised terms on {@link ArabicStopWords}' list; runs after normalisation. */
public final class StopWordFilter extends FilteringTokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public StopWordFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        return !ArabicStopWords.isStopWord(termAtt.buffer(), termAtt.length());
    }
}
