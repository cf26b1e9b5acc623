package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcliticsTest {

    private static boolean cluster(String s) {
        return Proclitics.isCluster(s.toCharArray(), 0, s.length());
    }

    @Test
    void everyStackOfConjunctionPrepositionAndArticleIsACluster() {
        for (String c : new String[] {"و", "ف", "ب", "ك", "ل", "ال", "لل", "وال", "فال", "بال", "كال", "ولل",
                "فلل", "وب", "وك", "ول", "فب", "فك", "فل", "وبال", "فبال", "وكال", "فكال"}) {
            assertThat(cluster(c)).as(c).isTrue();
        }
    }

    @Test
    void lamTakesTheArticleOnlyFusedAsLamLam() {
        assertThat(cluster("لال")).isFalse();
        assertThat(cluster("ولال")).isFalse();
    }

    @Test
    void lettersInTheWrongOrderOrRepeatedAreNoCluster() {
        for (String c : new String[] {"", "ا", "بو", "لب", "وو", "بب", "الو", "وبلل", "كل", "من"}) {
            assertThat(cluster(c)).as(c).isFalse();
        }
    }

    @Test
    void articleEndingIsRecognisedWholeOrFused() {
        assertThat(Proclitics.endsInArticle("وال".toCharArray(), 0, 3)).isTrue();
        assertThat(Proclitics.endsInArticle("فلل".toCharArray(), 0, 3)).isTrue();
        assertThat(Proclitics.endsInArticle("ول".toCharArray(), 0, 2)).isFalse();
    }

    @Test
    void arabicLettersAreTellApartFromDigitsLatinAndMarks() {
        assertThat(Proclitics.isArabicLetter('ب')).isTrue();
        assertThat(Proclitics.isArabicLetter('پ')).isTrue();
        assertThat(Proclitics.isArabicLetter('٣')).isFalse();
        assertThat(Proclitics.isArabicLetter('b')).isFalse();
        assertThat(Proclitics.isArabicLetter('\u064E')).isFalse();
    }
}
