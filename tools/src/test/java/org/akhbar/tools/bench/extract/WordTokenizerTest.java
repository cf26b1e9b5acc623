package org.akhbar.tools.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    @Test
    void splitsOnPunctuationAndSpacesKeepingUnderscoreAndDigits() {
        assertThat(WordTokenizer.tokens("Hello, world_wide 42-fold! don't"))
                .containsExactly("Hello", "world_wide", "42", "fold", "don", "t");
    }

    @Test
    void arabicWordsAreTokensAndDiacriticsSplitThemAsPythonDoes() {
        assertThat(WordTokenizer.tokens("قال الوزير، أمس")).containsExactly("قال", "الوزير", "أمس");
        // Fatha, damma and shadda are combining marks (Mn): not \w for Python's re.
        assertThat(WordTokenizer.tokens("مُحَمَّد")).containsExactly("م", "ح", "م", "د");
    }

    @Test
    void tatweelAndArabicIndicDigitsAreWordCharacters() {
        // Tatweel is a modifier letter (Lm), Arabic-Indic digits are decimal digits (Nd).
        assertThat(WordTokenizer.tokens("العيـــون ٢٠٢٦")).containsExactly("العيـــون", "٢٠٢٦");
    }

    @Test
    void otherNumbersAndSupplementaryLettersAreWordCharacters() {
        // '²' is No; U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter outside the BMP.
        assertThat(WordTokenizer.tokens("x² \uD835\uDC00b")).containsExactly("x²", "\uD835\uDC00b");
    }

    @Test
    void emptyAndNullTextHaveNoTokens() {
        assertThat(WordTokenizer.tokens("")).isEmpty();
        assertThat(WordTokenizer.tokens(null)).isEmpty();
        assertThat(WordTokenizer.tokens(" ... -- ")).isEmpty();
    }
}
