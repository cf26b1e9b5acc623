package org.akhbar.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs token streams in tests and returns what they emit. */
final class Tokens {
    private Tokens() {}

    /** One emitted token: term, position increment and offsets. */
    record Token(String term, int posInc, int start, int end) {}

    /** Terms of {@code text} split on whitespace and passed through {@code filters}. */
    static List<String> filter(String text, Function<TokenStream, TokenStream> filters) {
        return all(filterStream(text, filters)).stream().map(Token::term).toList();
    }

    static List<Token> filterTokens(String text, Function<TokenStream, TokenStream> filters) {
        return all(filterStream(text, filters));
    }

    private static TokenStream filterStream(String text, Function<TokenStream, TokenStream> filters) {
        Tokenizer t = new WhitespaceTokenizer();
        t.setReader(new StringReader(text));
        return filters.apply(t);
    }

    /** Terms the analyzer emits for {@code text}. */
    static List<String> analyze(Analyzer analyzer, String text) {
        return all(analyzer.tokenStream("f", text)).stream().map(Token::term).toList();
    }

    static List<Token> analyzeTokens(Analyzer analyzer, String text) {
        return all(analyzer.tokenStream("f", text));
    }

    static List<Token> all(TokenStream ts) {
        List<Token> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), pos.getPositionIncrement(), off.startOffset(), off.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
