package org.akhbar.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies {@link EnglishPossessives} to every term. */
public final class EnglishPossessiveFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public EnglishPossessiveFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        termAtt.setLength(EnglishPossessives.strip(termAtt.buffer(), termAtt.length()));
        return true;
    }
}
