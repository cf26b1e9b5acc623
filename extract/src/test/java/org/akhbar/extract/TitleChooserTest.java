package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleChooserTest {

    private static PageMetadata meta(List<String> headlines, List<String> h1s, List<String> siteNames) {
        return new PageMetadata(headlines, h1s, siteNames, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, false, false, null, null, false, List.of(), false, List.of());
    }

    /** A page without og:title, JSON-LD or h1: only its {@code <title>}. */
    private static PageMetadata titleOnly(String htmlTitle, String siteName) {
        List<String> headlines = htmlTitle == null ? List.of() : List.of(htmlTitle);
        return new PageMetadata(headlines, List.of(), siteName == null ? List.of() : List.of(siteName), null, List.of(),
                List.of(), List.of(), List.of(), List.of(), null, false, false, null, htmlTitle, false, List.of(), false, List.of());
    }

    private static final String HEADLINE = "افتتاح مكتبة عامة جديدة في مدينة الأقصر";

    private static List<Paragraph> body(Paragraph first) {
        return List.of(first,
                new Paragraph("افتتح محافظ الأقصر صباح اليوم المكتبة العامة الجديدة التي تضم آلاف الكتب.", 0, Paragraph.Kind.TEXT),
                new Paragraph("وقال مدير المكتبة إن المبنى صمم ليكون مركزا ثقافيا مفتوحا للطلاب.", 0, Paragraph.Kind.TEXT));
    }

    private static Paragraph emphasised(String text) {
        return new Paragraph(text, 0, Paragraph.Kind.TEXT, true);
    }

    @Test
    void anEmphasisedFirstLineIsTheHeadlineWhenTheHtmlTitleIsOnlyTheSiteNameWithAQualifier() {
        PageMetadata m = titleOnly("صحيفة الوادي القديمة", "صحيفة الوادي");
        assertThat(TitleChooser.leadHeadline(m, body(emphasised(HEADLINE)))).isEqualTo(HEADLINE);
    }

    @Test
    void anEmphasisedFirstLineIsTheHeadlineWhenTheHtmlTitleIsSiteNameDashThatHeadline() {
        PageMetadata m = titleOnly("صحيفة الوادي - " + HEADLINE, "صحيفة الوادي");
        assertThat(TitleChooser.leadHeadline(m, body(emphasised(HEADLINE)))).isEqualTo(HEADLINE);
        // Without a configured site name the matching part of the title is recognised all the same.
        assertThat(TitleChooser.leadHeadline(titleOnly("جريدة مجهولة - " + HEADLINE, null), body(emphasised(HEADLINE))))
                .isEqualTo(HEADLINE);
    }

    @Test
    void anEmphasisedFirstLineIsTheHeadlineWhenTheHtmlTitleIsMissingOrSharesNoWordWithTheLead() {
        assertThat(TitleChooser.leadHeadline(titleOnly(null, null), body(emphasised(HEADLINE)))).isEqualTo(HEADLINE);
        assertThat(TitleChooser.leadHeadline(titleOnly("بوابة الأخبار اليومية الشاملة", null), body(emphasised(HEADLINE))))
                .isEqualTo(HEADLINE);
    }

    @Test
    void anHtmlTitleSharingTheLeadsWordsIsKeptOverTheEmphasisedLine() {
        PageMetadata m = titleOnly("محافظ الأقصر يفتتح المكتبة العامة", "صحيفة الوادي");
        assertThat(TitleChooser.leadHeadline(m, body(emphasised("خبر ثقافي")))).isNull();
    }

    @Test
    void noLeadHeadlineWhenThePageNamesItsHeadlineItself() {
        PageMetadata withOgTitle = new PageMetadata(List.of(HEADLINE, "صحيفة الوادي"), List.of(), List.of("صحيفة الوادي"),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), null, false, false, null, "صحيفة الوادي", true, List.of(), false, List.of());
        assertThat(TitleChooser.leadHeadline(withOgTitle, body(emphasised("خبر ثقافي")))).isNull();
        PageMetadata withH1 = new PageMetadata(List.of("صحيفة الوادي"), List.of(HEADLINE), List.of("صحيفة الوادي"),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), null, false, false, null, "صحيفة الوادي", false, List.of(), false, List.of());
        assertThat(TitleChooser.leadHeadline(withH1, body(emphasised("خبر ثقافي")))).isNull();
    }

    @Test
    void aPlainLongOrSentenceLikeFirstLineIsNotAHeadline() {
        PageMetadata m = titleOnly("صحيفة الوادي", "صحيفة الوادي");
        assertThat(TitleChooser.leadHeadline(m, body(new Paragraph(HEADLINE, 0, Paragraph.Kind.TEXT)))).isNull();
        assertThat(TitleChooser.leadHeadline(m, body(emphasised("افتتحت المكتبة العامة أبوابها اليوم.")))).isNull();
        assertThat(TitleChooser.leadHeadline(m, body(emphasised("ملاحظة:")))).isNull();
        String sixteenWords = "كلمة ".repeat(16).strip();
        assertThat(TitleChooser.leadHeadline(m, body(emphasised(sixteenWords)))).isNull();
        assertThat(TitleChooser.leadHeadline(m, body(emphasised("كلمة ".repeat(15).strip())))).isNotNull();
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

    private static org.jsoup.nodes.Element bodyCell(String html) {
        return org.jsoup.Jsoup.parse(html).selectFirst("#body");
    }

    @Test
    void anEmphasisedRowAboveTheBodyCellIsTheHeadlineWhenTheHtmlTitleIsASectionName() {
        org.jsoup.nodes.Element cell = bodyCell("<table><tr><td><font size=5><b>" + HEADLINE + "</b></font></td></tr>"
                + "<tr><td><font size=1>تاريخ النشر: 3 آذار 2024</font></td></tr>"
                + "<tr><td id=body>افتتح محافظ الأقصر صباح اليوم المكتبة العامة الجديدة.</td></tr></table>");
        PageMetadata m = titleOnly("صحيفة الوادي :: ثقافة", "صحيفة الوادي");
        assertThat(TitleChooser.precedingHeadline(m, cell, body(new Paragraph("افتتح محافظ الأقصر المكتبة.", 0, Paragraph.Kind.TEXT))))
                .isEqualTo(HEADLINE);
    }

    @Test
    void proseAboveTheBodyEndsTheSearchForAHeadline() {
        org.jsoup.nodes.Element cell = bodyCell("<div><b>" + HEADLINE + "</b></div>"
                + "<div>فقرة تمهيدية طويلة تسبق النص الرئيسي. وفيها جملتان. وهي تروي ما حدث قبل افتتاح المكتبة بأيام قليلة في المدينة القديمة.</div>"
                + "<div id=body>افتتح محافظ الأقصر صباح اليوم المكتبة العامة الجديدة.</div>");
        PageMetadata m = titleOnly("صحيفة الوادي :: ثقافة", "صحيفة الوادي");
        assertThat(TitleChooser.precedingHeadline(m, cell, body(new Paragraph("افتتح محافظ الأقصر المكتبة.", 0, Paragraph.Kind.TEXT))))
                .isNull();
    }

    @Test
    void aPageWithItsOwnHeadlineIgnoresAnEmphasisedBlockAboveTheBody() {
        org.jsoup.nodes.Element cell = bodyCell("<div><b>" + HEADLINE + "</b></div><div id=body>نص الخبر.</div>");
        PageMetadata m = meta(List.of(), List.of("عنوان آخر للخبر"), List.of("صحيفة الوادي"));
        assertThat(TitleChooser.precedingHeadline(m, cell, body(emphasised("نص")))).isNull();
    }

    @Test
    void aBodyHeadingThatIsThePartOfTheTitleAfterAGluedColonIsFoundAndBecomesTheTitle() {
        String title = "Harbour Weekly: Council delays the new sea wall";
        List<Paragraph> body = List.of(
                new Paragraph("Council delays the new sea wall", 0, Paragraph.Kind.HEADING),
                new Paragraph("The city council voted on Tuesday to delay the sea wall by a year.", 0, Paragraph.Kind.TEXT));
        assertThat(TitleChooser.titleEchoInBody(title, body)).isZero();
        assertThat(TitleChooser.titleGivenEcho(title, "Council delays the new sea wall"))
                .isEqualTo("Council delays the new sea wall");
    }

    @Test
    void aLongFirstPartBeforeTheColonStaysInTheTitle() {
        String title = "The Coastal Defence Review Project: Council delays the new sea wall";
        assertThat(TitleChooser.titleGivenEcho(title, "Council delays the new sea wall")).isEqualTo(title);
    }

    @Test
    void aPlainParagraphOrALineDeepInTheBodyIsNoTitleEcho() {
        String title = "صحيفة الوادي: افتتاح المكتبة العامة";
        Paragraph prose = new Paragraph("افتتاح المكتبة العامة", 0, Paragraph.Kind.TEXT);
        Paragraph text = new Paragraph("افتتح المحافظ المكتبة العامة الجديدة صباح اليوم.", 0, Paragraph.Kind.TEXT);
        Paragraph heading = new Paragraph("افتتاح المكتبة العامة", 0, Paragraph.Kind.HEADING);
        assertThat(TitleChooser.titleEchoInBody(title, List.of(prose, text))).isEqualTo(-1);
        assertThat(TitleChooser.titleEchoInBody(title, List.of(text, text, text, heading))).isEqualTo(-1);
        assertThat(TitleChooser.titleEchoInBody(title, List.of(text, heading))).isEqualTo(1);
    }

    @Test
    void anH1ThatDiffersOnlyInItsApostrophesIsTheTitleAsPrinted() {
        PageMetadata m = meta(List.of("The harbour's new wall opens"), List.of("The harbour’s new wall opens"), List.of());
        assertThat(TitleChooser.choose(m)).isEqualTo("The harbour’s new wall opens");
    }

    @Test
    void quotationMarksAroundWordsAreDecorationAndTheSharedHeadlineWins() {
        PageMetadata m = meta(List.of("'Sea Wall' plan approved"), List.of("‘Sea Wall’ plan approved"), List.of());
        assertThat(TitleChooser.choose(m)).isEqualTo("'Sea Wall' plan approved");
    }

    @Test
    void aDashGluedBetweenLettersOfAnUnhyphenatedScriptSeparatesTheSiteName() {
        assertThat(TitleChooser.withoutGluedTail("افتتاح مكتبة عامة جديدة في الأقصر-صحيفة الوادي"))
                .isEqualTo("افتتاح مكتبة عامة جديدة في الأقصر");
        assertThat(TitleChooser.withoutGluedTail("港口新堤坝开工-海港日报")).isEqualTo("港口新堤坝开工");
        assertThat(TitleChooser.withoutGluedTail("A well-known harbour wall")).isNull();
        assertThat(TitleChooser.withoutGluedTail("كوفيد-19 يعود")).isNull();
    }

    @Test
    void aGluedSectionAndSiteNameBothLeaveAnUnknownSitesTitle() {
        assertThat(TitleChooser.stripSiteName("افتتاح مكتبة عامة جديدة في الأقصر_ثقافة_صحيفة الوادي", List.of(), true))
                .isEqualTo("افتتاح مكتبة عامة جديدة في الأقصر");
    }
}
