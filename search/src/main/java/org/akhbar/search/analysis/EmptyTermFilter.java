package org.akhbar.search.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops terms that normalisation emptied (a run of tatweel, a lone diacritic, a zero-width
 * joiner): an empty term would match every other empty term and mean nothing.
 */
public final class EmptyTermFilter extends FilteringTokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public EmptyTermFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        return termAtt.length() > 0;
    }
}
