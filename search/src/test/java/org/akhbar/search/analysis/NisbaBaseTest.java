package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two sides of a nisba pair guessed from a stem: an adjective's noun, a noun's adjective (empty: no guess). */
class NisbaBaseTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "اقتصادي | اقتصاد",   // economic → economy
        "انذاري | انذار",     // (a) warning (adjective) → warning
        "مغربي | مغرب",       // Moroccan → Morocco
        "رئيسي | رئيس",       // main → head: met only at the lower weight
        "علي | ''",           // three letters: a name, not a nisba
        "عربي | عرب",
        "اقتصاد | ''",        // no final ي
        "iphoneي | ''",       // not Arabic
    })
    void aFinalYehAfterThreeLettersIsTheNisba(String stem, String base) {
        int n = ArabicLightStemmer.nisbaBaseLength(stem.toCharArray(), stem.length());
        assertThat(stem.substring(0, n)).isEqualTo(base);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "اقتصاد | اقتصادي",   // economy → economic
        "انذار | انذاري",     // warning → (a) warning (adjective)
        "مغرب | مغربي",
        "عرب | عربي",         // three letters: the adjective has the four nisbaBaseLength reads back
        "عل | ''",            // two letters: too short to guess
        "اقتصادي | ''",       // already ends in the nisba ي
        "طنجه | ''",          // teh marbuta: the nisba drops it (طنجي), not guessed
        "سوريا | ''",         // final alef: likewise (سوري)
        "iphone | ''",        // not Arabic
    })
    void aNounOfThreeLettersOrMoreMayMakeANisbaWithAFinalYeh(String stem, String adjective) {
        int n = ArabicLightStemmer.nisbaAdjectiveLength(stem.toCharArray(), stem.length());
        assertThat(n == 0 ? "" : stem + 'ي').isEqualTo(adjective);
        if (n > 0) {
            assertThat(ArabicLightStemmer.nisbaBaseLength(adjective.toCharArray(), adjective.length()))
                    .as("the adjective reads back to the noun").isEqualTo(stem.length());
        }
    }
}
