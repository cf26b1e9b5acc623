package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArabicLightStemmerPropertiesTest {
    private static final int[] READINGS = new int[ArabicLightStemmer.SLOTS * ArabicLightStemmer.MAX_CANDIDATES];

    @Property(tries = 3000)
    void everyReadingIsANonEmptyPartOfTheTermNoLongerThanIt(@ForAll("normalisedWords") String word) {
        char[] s = word.toCharArray();
        int n = ArabicLightStemmer.candidates(s, s.length, READINGS);
        assertThat(n).isBetween(1, ArabicLightStemmer.MAX_CANDIDATES);
        for (int i = 0; i < n; i++) {
            int start = READINGS[ArabicLightStemmer.SLOTS * i];
            int end = READINGS[ArabicLightStemmer.SLOTS * i + 1];
            int appended = READINGS[ArabicLightStemmer.SLOTS * i + 2];
            assertThat(start).isBetween(0, end);
            assertThat(end).isLessThanOrEqualTo(s.length);
            int length = end - start + (appended == 0 ? 0 : 1);
            assertThat(length).as("reading %d of %s", i, word).isPositive().isLessThanOrEqualTo(s.length);
        }
    }

    @Property(tries = 3000)
    void aStrippedStemKeepsAtLeastThreeLetters(@ForAll("normalisedWords") String word) {
        char[] s = word.toCharArray();
        int n = ArabicLightStemmer.stem(s, s.length);
        assertThat(n == word.length() || n >= 3).as("%s -> %s", word, new String(s, 0, n)).isTrue();
    }

    @Provide
    Arbitrary<String> normalisedWords() {
        // Letters as they look after normalisation, weighted towards clitic and suffix letters.
        return Arbitraries.strings()
                .withChars("ابتثجحخدذرزسشصضطظعغفقكلمنهويوالبكفتة".replace("ة", "").toCharArray())
                .ofMinLength(1).ofMaxLength(10);
    }
}
