package org.akhbar.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;

/**
 * Normalises a whole word list entry with exactly the normalisation of
 * {@link ArabicNewsAnalyzer}, so the stop list and the protected list are written the way
 * people spell and still match what the chain produces.
 */
final class TermNormalizer {
    private TermNormalizer() {}

    private static final Analyzer NORMALIZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, ArabicNewsAnalyzer.normalization(source));
        }
    };

    static String normalize(String word) {
        StringBuilder out = new StringBuilder();
        try (TokenStream ts = NORMALIZER.tokenStream("", word)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.append(term);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
