package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleChooserTest {

    private static PageMetadata meta(List<String> headlines, List<String> h1s, List<String> siteNames) {
        return new PageMetadata(headlines, h1s, siteNames, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, false, false, null);
    }

    @Test
    void theVisibleH1WinsWhenTheHeadlineIsItPlusTheSiteName() {
        PageMetadata m = meta(List.of("انطلاق المهرجان الوطني للمسرح - الصحراء 24"),
                List.of("الصحراء 24", "انطلاق المهرجان الوطني للمسرح"), List.of("الصحراء 24"));
        assertThat(TitleChooser.choose(m)).isEqualTo("انطلاق المهرجان الوطني للمسرح");
    }

    @Test
    void theHeadlineWinsOverAnH1WithTheSameWordsInDecoratingQuotes() {
        PageMetadata m = meta(List.of("قرار مفاجئ… تأجيل الامتحانات الرسمية أسبوعا"),
                List.of("\"قرار مفاجئ\"… تأجيل الامتحانات الرسمية أسبوعا"), List.of());
        assertThat(TitleChooser.choose(m)).isEqualTo("قرار مفاجئ… تأجيل الامتحانات الرسمية أسبوعا");
    }

    @Test
    void siteNamePrefixesAndSuffixesAreCutWithAnySeparator() {
        List<String> site = List.of("الصحراء 24");
        assertThat(TitleChooser.stripSiteName("خبر عاجل | الصحراء 24", List.of("الصحراء 24"), false)).isEqualTo("خبر عاجل");
        assertThat(TitleChooser.stripSiteName("الصحراء 24 – خبر عاجل", site, false)).isEqualTo("خبر عاجل");
        assertThat(TitleChooser.stripSiteName("خبر عاجل - الصحـراء 24", site, false)).isEqualTo("خبر عاجل");
    }

    @Test
    void aSiteNameGluedToItsColonIsCutToo() {
        List<String> site = List.of(TextNormalizer.forComparison("مدونة الساحل"));
        assertThat(TitleChooser.stripSiteName("مدونة الساحل: مهرجان الزيتون", site, false)).isEqualTo("مهرجان الزيتون");
        assertThat(TitleChooser.stripSiteName("مهرجان الزيتون| مدونة الساحل", site, false)).isEqualTo("مهرجان الزيتون");
    }

    @Test
    void aSeparatorInsideTheTitleIsKeptWhenNoPartIsTheSiteName() {
        assertThat(TitleChooser.stripSiteName("الوزير: لا زيادة في الأسعار - تصريح", List.of("الصحراء 24"), false))
                .isEqualTo("الوزير: لا زيادة في الأسعار - تصريح");
    }

    @Test
    void withoutAKnownSiteNameAShortLastPartOfTheHtmlTitleIsTakenForIt() {
        PageMetadata m = meta(List.of("ارتفاع أسعار الخضر في الأسواق | أخبار اليوم"), List.of(), List.of());
        assertThat(TitleChooser.choose(m)).isEqualTo("ارتفاع أسعار الخضر في الأسواق");
    }

    @Test
    void theH1IsUsedWhenThereIsNoHeadlineAndNullWhenThereIsNothing() {
        assertThat(TitleChooser.choose(meta(List.of(), List.of("عنوان ظاهر"), List.of()))).isEqualTo("عنوان ظاهر");
        assertThat(TitleChooser.choose(meta(List.of(), List.of(), List.of()))).isNull();
    }
}
