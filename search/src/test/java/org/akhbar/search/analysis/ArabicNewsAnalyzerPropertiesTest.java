package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArabicNewsAnalyzerPropertiesTest {
    private static final ArabicNewsAnalyzer STEMMED = ArabicNewsAnalyzer.stemmed();
    private static final ArabicNewsAnalyzer EXACT = ArabicNewsAnalyzer.exact();

    @Property(tries = 2000)
    void randomTextNeverThrowsAndNeverYieldsAnEmptyOrTatweelOnlyTerm(@ForAll("mixedText") String text) {
        for (ArabicNewsAnalyzer analyzer : List.of(STEMMED, EXACT)) {
            for (String term : Tokens.analyze(analyzer, text)) {
                assertThat(term).isNotEmpty();
                assertThat(term.chars().allMatch(c -> c == 'ـ')).as("tatweel-only term in %s", text).isFalse();
                assertThat(term).doesNotContain("ـ");
            }
        }
    }

    @Property(tries = 1000)
    void analysisIsDeterministic(@ForAll("mixedText") String text) {
        assertThat(Tokens.analyze(STEMMED, text)).isEqualTo(Tokens.analyze(STEMMED, text));
    }

    @Property(tries = 1000)
    void termsOfTheExactChainAreAlreadyNormalised(@ForAll("mixedText") String text) {
        for (String term : Tokens.analyze(EXACT, text)) {
            assertThat(EXACT.normalize("f", term).utf8ToString()).isEqualTo(term);
        }
    }

    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<String> arabicLetters = Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(1).ofMaxLength(9);
        Arbitrary<String> pieces = Arbitraries.oneOf(
                arabicLetters,
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(6),
                Arbitraries.strings().alpha().numeric().ofMaxLength(8),
                Arbitraries.strings().withCharRange('\u0660', '\u0669').withCharRange('\u06F0', '\u06F9').ofMaxLength(4),
                Arbitraries.strings().withChars('ـ', '\u064B', '\u064C', '\u064E', '\u0651', '\u0670', '\u200C', '\u200F')
                        .ofMaxLength(5),
                Arbitraries.strings().withChars(' ', '\n', '\t', '.', '،', '؟', '“', '”', '"', '\'', '-', '+', '(', ')', '%', '«')
                        .ofMaxLength(3),
                Arbitraries.of("😀", "🇲🇦", "👍🏽", "\uD83D", "ال", "وبال", "بـ", "لل", "'s", "’s"),
                Arbitraries.strings().ofMaxLength(5));
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
