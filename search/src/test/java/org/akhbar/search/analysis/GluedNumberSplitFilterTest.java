package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GluedNumberSplitFilterTest {

    private static List<String> run(String text) {
        return Tokens.filter(text, GluedNumberSplitFilter::new);
    }

    @Test
    void articleGluedToANumberIsDropped() {
        assertThat(run("ال47")).containsExactly("47");
    }

    @Test
    void prepositionGluedToAYearIsDropped() {
        assertThat(run("ب1990")).containsExactly("1990");
    }

    @Test
    void wordGluedToANumberLosesItsPrepositionAndKeepsBothParts() {
        assertThat(run("لعام2006")).containsExactly("عام", "2006");
    }

    @Test
    void clusterOfConjunctionPrepositionAndArticleIsDropped() {
        assertThat(run("وبال3")).containsExactly("3");
    }

    @Test
    void singleLetterAfterANumberIsDropped() {
        assertThat(run("2023م")).containsExactly("2023");
    }

    @Test
    void lettersAfterANumberKeepTheirShape() {
        assertThat(run("15كلم")).containsExactly("15", "كلم");
    }

    @Test
    void latinLettersGluedToDigitsAreNotSplit() {
        assertThat(run("covid19 g20")).containsExactly("covid19", "g20");
    }

    @Test
    void tokensWithoutDigitsPassUnchanged() {
        assertThat(run("بطنجة العيون")).containsExactly("بطنجة", "العيون");
    }

    @Test
    void partsTakeConsecutivePositionsSoPhrasesStillMatch() {
        var tokens = Tokens.filterTokens("المؤتمر لعام2006 هنا", GluedNumberSplitFilter::new);
        assertThat(tokens).extracting(Tokens.Token::term).containsExactly("المؤتمر", "عام", "2006", "هنا");
        assertThat(tokens).extracting(Tokens.Token::posInc).containsExactly(1, 1, 1, 1);
    }

    @Test
    void partsGetTheirOwnOffsetsWhenTheTokenWasNotReshaped() {
        var tokens = Tokens.filterTokens("ال47", GluedNumberSplitFilter::new);
        assertThat(tokens).singleElement().satisfies(t -> {
            assertThat(t.start()).isEqualTo(2);
            assertThat(t.end()).isEqualTo(4);
        });
    }
}
