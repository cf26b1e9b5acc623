package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The noun a stem ending in a nisba ي is guessed to come from (empty: no guess). */
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
}
