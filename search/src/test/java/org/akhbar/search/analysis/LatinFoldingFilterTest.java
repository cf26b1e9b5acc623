package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatinFoldingFilterTest {

    private static List<String> run(String text) {
        return Tokens.filter(text, LatinFoldingFilter::new);
    }

    @Test
    void accentedLatinLettersLoseTheirAccents() {
        assertThat(run("café São Müller Ibrahimović")).containsExactly("cafe", "Sao", "Muller", "Ibrahimovic");
    }

    @Test
    void ligaturesUnfoldIntoSeveralLetters() {
        assertThat(run("Æsir straße")).containsExactly("AEsir", "strasse");
    }

    @Test
    void aSmallLetterFoldsToASmallLetterEvenWhereLucenesTableGivesACapital() {
        // ASCIIFoldingFilter folds ǥ (small g with stroke) to a capital G.
        assertThat(run("ǥ Ǥ ǧ")).containsExactly("g", "G", "g");
    }

    @Test
    void arabicAsciiAndDigitsPassUnchanged() {
        assertThat(run("طنجة Tangier ٢٠٢٣")).containsExactly("طنجة", "Tangier", "٢٠٢٣");
    }

    @Test
    void onlyTermsWithAnAccentedLatinLetterNeedFolding() {
        assertThat(LatinFolding.needsFolding("café".toCharArray(), 4)).isTrue();
        assertThat(LatinFolding.needsFolding("cafe".toCharArray(), 4)).isFalse();
        assertThat(LatinFolding.needsFolding("مقهى".toCharArray(), 4)).isFalse();
    }
}
