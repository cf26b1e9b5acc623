package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.StopFilter;
import org.junit.jupiter.api.Test;

class ArabicStopWordsTest {

    private static java.util.List<String> run(String text) {
        return Tokens.filter(text, ts -> new StopFilter(
                new ArabicOrthographyFilter(ts), ArabicStopWords.SET));
    }

    @Test
    void prepositionsAreRemovedInEverySpelling() {
        assertThat(run("في فى على علي إلى الى الي عن من")).isEmpty();
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
    void theListItselfHoldsOnlyNormalisedForms() {
        assertThat(ArabicStopWords.SET.contains("على")).isFalse();
        assertThat(ArabicStopWords.SET.contains("علي")).isTrue();
        assertThat(ArabicStopWords.SET.contains("إلى")).isFalse();
        assertThat(ArabicStopWords.SET.contains("الي")).isTrue();
    }
}
