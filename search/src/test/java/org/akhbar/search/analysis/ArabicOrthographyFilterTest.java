package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicOrthographyFilterTest {

    private static List<String> run(String text) {
        return Tokens.filter(text, ArabicOrthographyFilter::new);
    }

    @Test
    void everyAlefWithHamzaOrMaddaBecomesBareAlef() {
        assertThat(run("أحمد إسلام آمال ٱلكتاب")).containsExactly("احمد", "اسلام", "امال", "الكتاب");
    }

    @Test
    void hamzaOnWawBecomesWaw() {
        assertThat(run("مؤتمر")).containsExactly("موتمر");
    }

    @Test
    void hamzaOnYehBecomesYeh() {
        assertThat(run("رئيس")).containsExactly("رييس");
    }

    @Test
    void hamzaOnYehBeforeWawTakesTheWawSeatSoBothSpellingsMeet() {
        assertThat(run("مسئول مسؤول")).containsExactly("مسوول", "مسوول");
    }

    @Test
    void standaloneHamzaBeforeWawBecomesWaw() {
        assertThat(run("مسءول")).containsExactly("مسوول");
    }

    @Test
    void standaloneHamzaBeforeYehBecomesYeh() {
        assertThat(run("بريءين")).containsExactly("برييين");
    }

    @Test
    void standaloneHamzaElsewhereIsDroppedSoItsSeatedSpellingsMeet() {
        assertThat(run("سماء جزء شيء شئ")).containsExactly("سما", "جز", "شي", "شي");
    }

    @Test
    void marksBetweenHamzaAndWawDoNotHideTheWaw() {
        assertThat(run("مسئ\u064Fول")).containsExactly("مسوول");
    }

    @Test
    void alefMaqsuraBecomesYeh() {
        assertThat(run("مستشفى مصطفى")).containsExactly("مستشفي", "مصطفي");
    }

    @Test
    void tehMarbutaBecomesHeh() {
        assertThat(run("مدرسة مدرسه")).containsExactly("مدرسه", "مدرسه");
    }

    @Test
    void harakatShaddaAndSukunAreRemoved() {
        assertThat(run("مُدَرِّسٌ قَلْبٍ")).containsExactly("مدرس", "قلب");
    }

    @Test
    void alefCarryingTanweenFathGoesInEitherWritingOrder() {
        assertThat(run("دورًا دوراً كتابًا")).containsExactly("دور", "دور", "كتاب");
    }

    @Test
    void finalAlefWithoutTanweenStays() {
        assertThat(run("دورا أمريكا")).containsExactly("دورا", "امريكا");
    }

    @Test
    void tanweenOnAnotherLetterLeavesTheWordWhole() {
        assertThat(run("مدرسةً هدىً")).containsExactly("مدرسه", "هدي");
    }

    @Test
    void persianKehehAndFarsiYehBecomeArabicLetters() {
        assertThat(run("کتاب علی")).containsExactly("كتاب", "علي");
    }

    @Test
    void superscriptAlefAndQuranicMarksAreRemoved() {
        assertThat(run("هٰذا الرَّحْمٰنِ\u06D6")).containsExactly("هذا", "الرحمن");
    }

    @Test
    void invisibleFormatCharactersAreRemoved() {
        assertThat(run("طن\u200Cجة\u200F co\u00ADoperation")).containsExactly("طنجه", "cooperation");
    }

    @Test
    void tatweelIsRemoved() {
        assertThat(run("العيـــون")).containsExactly("العيون");
    }

    @Test
    void aTermOfOnlyTatweelBecomesEmpty() {
        assertThat(run("ـــ")).containsExactly("");
    }

    @Test
    void latinAndDigitsPassUnchanged() {
        assertThat(run("Obama 2023 café")).containsExactly("Obama", "2023", "café");
    }
}
