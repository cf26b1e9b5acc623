package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.StopFilter;
import org.junit.jupiter.api.Test;

class ArabicStopWordsTest {

    private static java.util.List<String> run(String text) {
        return Tokens.filter(text, ts -> new StopFilter(
                new ArabicOrthographyFilter(new SpellingStopFilter(ts)), ArabicStopWords.SET));
    }

    @Test
    void prepositionsAreRemovedInEverySpelling() {
        assertThat(run("في فى على عَلَى إلى الى الي عن من")).isEmpty();
    }

    @Test
    void particlesAreRemovedWithOrWithoutHamza() {
        assertThat(run("أن ان إن أنه انه")).isEmpty();
    }

    @Test
    void stopWordsWithAConjunctionAreRemoved() {
        assertThat(run("وفي وعلى فإن ومن")).isEmpty();
    }

    @Test
    void contentWordsStay() {
        assertThat(run("في طنجة على الساحل")).containsExactly("طنجه", "الساحل");
    }

    @Test
    void theNameAliStaysWhileThePrepositionSpelledWithAlefMaqsuraGoes() {
        assertThat(run("علي على وعلى فعلى")).containsExactly("علي");
    }

    @Test
    void questionWordsAreRemovedAlsoGluedOrWithAPreposition() {
        assertThat(run("كم متى أين لماذا ماذا بماذا ماهو ماهي ما هو كيف هل")).isEmpty();
    }

    @Test
    void passiveAuxiliaryAndMisspelledRelativesAreRemoved() {
        assertThat(run("تم يتم اللتي التي")).isEmpty();
    }

    @Test
    void theListItselfHoldsOnlyNormalisedForms() {
        assertThat(ArabicStopWords.SET.contains("إلى")).isFalse();
        assertThat(ArabicStopWords.SET.contains("الي")).isTrue();
        assertThat(ArabicStopWords.SET.contains("علي")).isFalse();
    }

    @Test
    void spellingSensitiveCheckIgnoresMarksButNotTheLetters() {
        assertThat(spelling("على")).isTrue();
        assertThat(spelling("عَلَىٰ")).isTrue();
        assertThat(spelling("وعلى")).isTrue();
        assertThat(spelling("علي")).isFalse();
        assertThat(spelling("عليم")).isFalse();
        assertThat(spelling("معلى")).isFalse();
    }

    private static boolean spelling(String word) {
        return ArabicStopWords.isSpellingSensitiveStopWord(word.toCharArray(), word.length());
    }
}
