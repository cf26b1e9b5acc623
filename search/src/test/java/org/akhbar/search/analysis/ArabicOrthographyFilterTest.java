package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicOrthographyFilterTest {

    private static List<String> run(String text) {
        return Tokens.filter(text, ArabicOrthographyFilter::new);
    }

    @Test
    void alefWaslaBecomesBareAlef() {
        assertThat(run("ٱلكتاب")).containsExactly("الكتاب");
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
    void standaloneHamzaElsewhereIsDropped() {
        assertThat(run("سماء جزء")).containsExactly("سما", "جز");
    }

    @Test
    void marksBetweenHamzaAndWawDoNotHideTheWaw() {
        assertThat(run("مسئ\u064Fول")).containsExactly("مسوول");
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
        assertThat(run("طن\u200Cجة\u200F")).containsExactly("طنجة");
    }

    @Test
    void tatweelIsRemovedEvenWithoutLucenesNormaliser() {
        assertThat(run("العيـــون")).containsExactly("العيون");
    }

    @Test
    void aTermOfOnlyTatweelBecomesEmpty() {
        assertThat(run("ـــ")).containsExactly("");
    }
}
