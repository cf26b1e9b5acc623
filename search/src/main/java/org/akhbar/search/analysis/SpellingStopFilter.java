package org.akhbar.search.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops the stop words that must be recognised by their written spelling because their
 * normalised form is also a content word ({@link ArabicStopWords#isSpellingSensitiveStopWord}:
 * على, never the name علي). Runs before normalisation.
 */
public final class SpellingStopFilter extends FilteringTokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public SpellingStopFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        int len = termAtt.length();
        // Cheap guard: the spellings are 3 to a few letters long with marks.
        return len > 12 || !ArabicStopWords.isSpellingSensitiveStopWord(termAtt.buffer(), len);
    }
}
