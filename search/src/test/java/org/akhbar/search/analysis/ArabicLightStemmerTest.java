package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stemming algorithm on normalised terms, without a token stream. */
class ArabicLightStemmerTest {

    private static List<String> readings(String normalised) {
        char[] s = normalised.toCharArray();
        int[] r = new int[ArabicLightStemmer.SLOTS * ArabicLightStemmer.MAX_CANDIDATES];
        int n = ArabicLightStemmer.candidates(s, s.length, r);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = ArabicLightStemmer.SLOTS * i;
            String stem = new String(s, r[k], r[k + 1] - r[k]);
            out.add(r[k + 2] == 0 ? stem : stem + (char) r[k + 2]);
        }
        return out;
    }

    private static String stem(String normalised) {
        char[] s = normalised.toCharArray();
        return new String(s, 0, ArabicLightStemmer.stem(s, s.length));
    }

    @Test
    void stemGivesThePrimaryReading() {
        assertThat(stem("وبالمدرسه")).isEqualTo("مدرسه");
        assertThat(stem("حكومتها")).isEqualTo("حكومت");
    }

    @Test
    void theInputIsNotModifiedByCandidates() {
        char[] s = "والمدرسه".toCharArray();
        ArabicLightStemmer.candidates(s, s.length, new int[ArabicLightStemmer.SLOTS * ArabicLightStemmer.MAX_CANDIDATES]);
        assertThat(new String(s)).isEqualTo("والمدرسه");
    }

    @Test
    void tehMarbutaWrittenTehBeforeASuffixComesBackAsAReading() {
        assertThat(readings("حكومتها")).containsExactly("حكومت", "حكومه");
        assertThat(readings("سياستهم")).containsExactly("سياست", "سياسه");
        assertThat(readings("مدينته")).containsExactly("مدينته", "مدينه");
    }

    @Test
    void aRootTehWithTooFewLettersBeforeItGetsNoTehMarbutaReading() {
        assertThat(readings("بيتها")).containsExactly("بيت");
        assertThat(readings("وقته")).containsExactly("وقته");
    }

    @Test
    void theFemininePluralIsNotMistakenForATehBeforeASuffix() {
        assertThat(readings("منظمات")).containsExactly("منظم");
    }

    @Test
    void aHamzaSeatBeforeASuffixGetsTheReadingOfTheBareWord() {
        assertThat(readings("اعضاوها")).containsExactly("اعضاو", "اعضا");
        assertThat(readings("ابنايهم")).containsExactly("ابناي", "ابنا");
    }

    @Test
    void bareProcliticReadingsFollowThePrimaryStem() {
        assertThat(readings("وبمشاركه")).containsExactly("مشاركه", "بمشاركه", "وبمشاركه");
    }

    @Test
    void aProtectedWordEndingInTehMarbutaDoesNotCoverALongerWord() {
        assertThat(readings("كتابه")).containsExactly("كتابه");
        assertThat(readings("كتابها")).containsExactly("كتاب");
    }

    @Test
    void nonArabicAndShortTermsComeBackWhole() {
        assertThat(readings("obama")).containsExactly("obama");
        assertThat(readings("2023")).containsExactly("2023");
        assertThat(readings("بحث")).containsExactly("بحث");
    }
}
