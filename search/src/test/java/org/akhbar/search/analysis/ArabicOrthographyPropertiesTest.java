package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArabicOrthographyPropertiesTest {

    @Property(tries = 3000)
    void normalisingTwiceChangesNothing(@ForAll("arabicish") String word) {
        String once = normalize(word);
        assertThat(normalize(once)).isEqualTo(once);
    }

    @Property(tries = 3000)
    void normalisationNeverGrowsTheTerm(@ForAll("arabicish") String word) {
        assertThat(normalize(word).length()).isLessThanOrEqualTo(word.length());
    }

    @Property(tries = 3000)
    void noMarkTatweelOrVariantLetterSurvives(@ForAll("arabicish") String word) {
        String out = normalize(word);
        assertThat(out.chars().noneMatch(c -> ArabicOrthography.isRemovable((char) c))).as(out).isTrue();
        assertThat(out).doesNotContain("أ", "إ", "آ", "ٱ", "ؤ", "ئ", "ء", "ى", "ة", "ـ");
    }

    @Property(tries = 1000)
    void charactersBelowTheArabicBlockPassUnchanged(@ForAll("latin") String word) {
        assertThat(normalize(word)).isEqualTo(word);
    }

    private static String normalize(String s) {
        char[] buf = s.toCharArray();
        return new String(buf, 0, ArabicOrthography.normalize(buf, buf.length));
    }

    @Provide
    Arbitrary<String> arabicish() {
        return Arbitraries.strings()
                .withCharRange('\u0600', '\u06FF')
                .withChars('\u200C', '\u200D', '\u200F', '\u00AD', '\uFEFF', 'a', '1')
                .ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> latin() {
        return Arbitraries.strings().withCharRange(' ', '\u00AC').withCharRange('\u00AE', '\u024F').ofMaxLength(12);
    }
}
