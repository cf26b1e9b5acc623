package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GluedNumbersTest {

    private static int[] points(String s) {
        int[] out = new int[s.length()];
        int n = GluedNumbers.splitPoints(s.toCharArray(), s.length(), out);
        return Arrays.copyOf(out, n);
    }

    @Test
    void aSeamIsWhereAnArabicLetterMeetsADigitInEitherOrder() {
        assertThat(points("ال47")).containsExactly(2);
        assertThat(points("2023م")).containsExactly(4);
        assertThat(points("عام2006و2007")).containsExactly(3, 7, 8);
    }

    @Test
    void latinLettersGluedToDigitsHaveNoSeam() {
        assertThat(points("covid19")).isEmpty();
        assertThat(points("g20")).isEmpty();
    }

    @Test
    void bareCliticsAndSingleLettersAreDroppable() {
        assertThat(GluedNumbers.isDroppable("ال".toCharArray(), 0, 2)).isTrue();
        assertThat(GluedNumbers.isDroppable("وبال".toCharArray(), 0, 4)).isTrue();
        assertThat(GluedNumbers.isDroppable("م".toCharArray(), 0, 1)).isTrue();
        assertThat(GluedNumbers.isDroppable("عام".toCharArray(), 0, 3)).isFalse();
        assertThat(GluedNumbers.isDroppable("7".toCharArray(), 0, 1)).isFalse();
    }

    @Test
    void cliticsInFrontOfAWordGluedToANumberGoWhenThreeLettersRemain() {
        assertThat(GluedNumbers.leadingClitics("لعام".toCharArray(), 0, 4)).isEqualTo(1);
        assertThat(GluedNumbers.leadingClitics("والعام".toCharArray(), 0, 6)).isEqualTo(3);
        assertThat(GluedNumbers.leadingClitics("بند".toCharArray(), 0, 3)).isZero();
        assertThat(GluedNumbers.leadingClitics("سنة".toCharArray(), 0, 3)).isZero();
    }
}
