package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void cleanWhitespaceTurnsNbspIntoSpacesAndCollapsesRuns() {
        assertThat(TextNormalizer.cleanWhitespace("  وأجنبية\u00A0\u00A0.  \n\t الخبر ")).isEqualTo("وأجنبية . الخبر");
    }

    @Test
    void cleanWhitespaceRemovesZeroWidthAndBidiMarksButKeepsArabicPunctuation() {
        assertThat(TextNormalizer.cleanWhitespace("\u200Fقال\u200B الوزير\u200E، ثم أضاف؛ لماذا؟\uFEFF"))
                .isEqualTo("قال الوزير، ثم أضاف؛ لماذا؟");
    }

    @Test
    void cleanWhitespaceKeepsDiacriticsAndTatweelForDisplay() {
        assertThat(TextNormalizer.cleanWhitespace("عمّان العيـــون")).isEqualTo("عمّان العيـــون");
    }

    @Test
    void stripTatweelLeavesOneSpaceWhereALoneTatweelStoodBetweenWords() {
        assertThat(TextNormalizer.stripTatweel("العيون ـ الداخلة")).isEqualTo("العيون الداخلة");
        assertThat(TextNormalizer.stripTatweel(" ـ العيون ")).isEqualTo("العيون");
    }

    @Test
    void stripTatweelJoinsAStretchedWord() {
        assertThat(TextNormalizer.stripTatweel("العيـــــون")).isEqualTo("العيون");
    }

    @Test
    void foldRemovesDiacriticsAndFoldsHamzaAlefTaMarbutaAndAlefMaqsura() {
        assertThat(TextNormalizer.fold("أَيْضاً إقرأ آذار مؤتمر رئيس مدينة على")).isEqualTo("ايضا اقرا اذار موتمر رييس مدينه علي");
    }

    @Test
    void foldMapsArabicIndicAndPersianDigitsToAscii() {
        assertThat(TextNormalizer.fold("٢٠٢٣ ۱۴")).isEqualTo("2023 14");
    }

    @Test
    void foldKeepsPunctuationThatDatesNeed() {
        assertThat(TextNormalizer.fold("06/12/2023 - 10:30")).isEqualTo("06/12/2023 - 10:30");
    }

    @Test
    void forComparisonLeavesOnlyLettersDigitsAndSingleSpaces() {
        assertThat(TextNormalizer.forComparison("اقرأ أيضاً: «الخبر» - Read MORE!")).isEqualTo("اقرا ايضا الخبر read more");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(TextNormalizer.cleanWhitespace(null)).isEmpty();
        assertThat(TextNormalizer.forComparison(null)).isEmpty();
    }
}
