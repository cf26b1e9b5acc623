package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ArabicNewsAnalyzerTest {
    private static final ArabicNewsAnalyzer STEMMED = ArabicNewsAnalyzer.stemmed();
    private static final ArabicNewsAnalyzer EXACT = ArabicNewsAnalyzer.exact();

    @AfterAll
    static void close() {
        STEMMED.close();
        EXACT.close();
    }

    @Test
    void exactChainNormalisesButDoesNotStem() {
        assertThat(Tokens.analyze(EXACT, "والأمن بطنجة مؤتمرات")).containsExactly("والامن", "بطنجه", "موتمرات");
    }

    @Test
    void stemmedChainStemsTheSameNormalisedTerms() {
        assertThat(Tokens.analyze(STEMMED, "والأمن بطنجة مؤتمرات")).containsExactly("امن", "طنجه", "بطنجه", "موتمر");
    }

    @Test
    void bothChainsShareTheStopList() {
        assertThat(Tokens.analyze(EXACT, "في على إلى")).isEmpty();
        assertThat(Tokens.analyze(STEMMED, "في على إلى")).isEmpty();
    }

    @Test
    void latinIsLowerCasedAndLosesThePossessive() {
        assertThat(Tokens.analyze(STEMMED, "INTERPOL's Chief")).containsExactly("interpol", "chief");
    }

    @Test
    void arabicIndicAndPersianDigitsBecomeAscii() {
        assertThat(Tokens.analyze(STEMMED, "٢٠٢٣ ۱۹۹۰")).containsExactly("2023", "1990");
    }

    @Test
    void tatweelGlueBetweenCliticAndNumberIsSplitAway() {
        assertThat(Tokens.analyze(EXACT, "بـ1990")).containsExactly("1990");
    }

    @Test
    void curlyQuotesAreNotPartOfTheTerm() {
        assertThat(Tokens.analyze(STEMMED, "“أنتربول”")).containsExactly("انتربول");
    }

    @Test
    void emojiAreDropped() {
        assertThat(Tokens.analyze(STEMMED, "طنجة 😀 🇲🇦")).containsExactly("طنجه");
    }

    @Test
    void numberGluedToTheArticleSitsRightAfterThePreviousWord() {
        var tokens = Tokens.analyzeTokens(EXACT, "المؤتمر ال47");
        assertThat(tokens).extracting(Tokens.Token::term).containsExactly("الموتمر", "47");
        assertThat(tokens).extracting(Tokens.Token::posInc).containsExactly(1, 1);
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "انطلق المؤتمر بطنجة";
        var last = Tokens.analyzeTokens(STEMMED, text).getLast();
        assertThat(text.substring(last.start(), last.end())).isEqualTo("بطنجة");
    }

    @Test
    void normalizeAppliesCharacterStepsOnlyForQueryTimeTerms() {
        assertThat(STEMMED.normalize("f", "أنتربولـ٢").utf8ToString()).isEqualTo("انتربول2");
        assertThat(STEMMED.normalize("f", "والمسئولين").utf8ToString()).isEqualTo("والمسوولين");
    }

    @Test
    void theVariantSaysWhetherItStems() {
        assertThat(STEMMED.isStemming()).isTrue();
        assertThat(EXACT.isStemming()).isFalse();
    }
}
