package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DigitFoldingFilterTest {

    private static List<String> run(String text) {
        return Tokens.filter(text, DigitFoldingFilter::new);
    }

    @Test
    void arabicIndicAndPersianDigitsBecomeAscii() {
        assertThat(run("٢٠٢٣ ۱۹۹۰ ١٢٫٥")).containsExactly("2023", "1990", "12٫5");
    }

    @Test
    void digitsOfOtherScriptsAndOutsideTheBasicPlaneBecomeAscii() {
        assertThat(run("१९४७ \uD835\uDFD0\uD835\uDFD1")).containsExactly("1947", "23");
    }

    @Test
    void lettersAndAsciiDigitsStay() {
        assertThat(run("طنجة 2023 ال٤٧")).containsExactly("طنجة", "2023", "ال47");
    }

    @Property(tries = 2000)
    void foldingTwiceChangesNothingAndNeverGrows(@ForAll String text) {
        char[] once = text.toCharArray();
        int n = Digits.fold(once, once.length);
        assertThat(n).isLessThanOrEqualTo(text.length());
        char[] twice = java.util.Arrays.copyOf(once, n);
        assertThat(Digits.fold(twice, n)).isEqualTo(n);
        assertThat(new String(twice, 0, n)).isEqualTo(new String(once, 0, n));
    }
}
