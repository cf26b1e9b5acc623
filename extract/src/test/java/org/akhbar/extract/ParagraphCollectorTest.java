package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ParagraphCollectorTest {

    private static List<Paragraph> collect(String html) {
        Element body = Jsoup.parse("<body><div id=\"c\">" + html + "</div></body>").getElementById("c");
        return ParagraphCollector.collect(List.of(body));
    }

    private static List<String> texts(String html) {
        return collect(html).stream().map(Paragraph::text).toList();
    }

    @Test
    void eachParagraphElementIsOneParagraph() {
        assertThat(texts("<p>الأول</p><p>الثاني</p>")).containsExactly("الأول", "الثاني");
    }

    @Test
    void textWrittenDirectlyInADivAroundBlocksBecomesItsOwnParagraphs() {
        assertThat(texts("مقدمة مباشرة<p>فقرة</p>خاتمة مباشرة")).containsExactly("مقدمة مباشرة", "فقرة", "خاتمة مباشرة");
    }

    @Test
    void breaksSplitDivTextButOnlyDoubleBreaksSplitAParagraph() {
        assertThat(texts("سطر أول<br>سطر ثان<br><br>سطر ثالث")).containsExactly("سطر أول", "سطر ثان", "سطر ثالث");
        assertThat(texts("<p>بيت أول<br>بيت ثان<br><br>فقرة جديدة</p>")).containsExactly("بيت أول بيت ثان", "فقرة جديدة");
    }

    @Test
    void headingsAndListItemsAreKeptAndMarked() {
        List<Paragraph> ps = collect("<h2>عنوان فرعي</h2><ul><li>بند أول</li><li>بند ثان</li></ul>");
        assertThat(ps).extracting(Paragraph::text).containsExactly("عنوان فرعي", "بند أول", "بند ثان");
        assertThat(ps).extracting(Paragraph::kind)
                .containsExactly(Paragraph.Kind.HEADING, Paragraph.Kind.LIST_ITEM, Paragraph.Kind.LIST_ITEM);
    }

    @Test
    void listItemsCarryTheNumberOfTheirOwnListAndANestedListIsAnotherList() {
        List<Paragraph> ps = collect("<p>مقدمة</p><ul><li>بند أول</li><li>بند ثان<ol><li>بند فرعي</li></ol>تتمة البند</li></ul>"
                + "<ol><li>قائمة ثانية</li></ol>");
        assertThat(ps).extracting(Paragraph::text)
                .containsExactly("مقدمة", "بند أول", "بند ثان", "بند فرعي", "تتمة البند", "قائمة ثانية");
        assertThat(ps).extracting(Paragraph::list).containsExactly(0, 1, 1, 2, 1, 3);
    }

    @Test
    void inlineMarkupStaysInsideItsParagraphAndLinkTextIsCounted() {
        List<Paragraph> ps = collect("<p>قال <strong>الوزير</strong> إن <a href=\"/x\">التقرير</a> جاهز</p>");
        assertThat(ps).extracting(Paragraph::text).containsExactly("قال الوزير إن التقرير جاهز");
        assertThat(ps.get(0).linkChars()).isEqualTo("التقرير".length());
    }

    @Test
    void whitespaceIsNormalisedAndEmptyParagraphsDropped() {
        assertThat(texts("<p>&nbsp;</p><p>  نص\u200B   بمسافات&nbsp;&nbsp;زائدة </p><p> </p>")).containsExactly("نص بمسافات زائدة");
    }

    @Test
    void aLineSetEntirelyInBoldOrALargeFontIsMarkedEmphasisedAndPlainOrMixedLinesAreNot() {
        List<Paragraph> ps = collect("<font size=\"5\"><b>افتتاح مكتبة عامة</b></font><br>"
                + "الأقصر - صحيفة الوادي<br>"
                + "<b>قال</b> المدير إن المكتبة مفتوحة للجميع<br>"
                + "<font size=\"+1\">عنوان بخط كبير</font><br>"
                + "<font size=\"2\">سطر بخط صغير</font>");
        assertThat(ps).extracting(Paragraph::emphasised).containsExactly(true, false, false, true, false);
    }

    @Test
    void aSubheadingOrAnElementClassedAsATitleIsEmphasisButItsEmphasisEndsWithIt() {
        List<Paragraph> ps = collect("<div class=\"news-title\">عنوان الخبر</div>نص عادي بعده<h3>عنوان فرعي</h3><p>فقرة</p>");
        assertThat(ps).extracting(Paragraph::text).containsExactly("عنوان الخبر", "نص عادي بعده", "عنوان فرعي", "فقرة");
        assertThat(ps).extracting(Paragraph::emphasised).containsExactly(true, false, true, false);
    }

    @Test
    void fontSizesAreReadAbsoluteOrRelativeToThree() {
        assertThat(ParagraphCollector.fontSize("5")).isEqualTo(5);
        assertThat(ParagraphCollector.fontSize("+2")).isEqualTo(5);
        assertThat(ParagraphCollector.fontSize("-1")).isEqualTo(2);
        assertThat(ParagraphCollector.fontSize("كبير")).isZero();
        assertThat(ParagraphCollector.fontSize("")).isZero();
    }

    @Test
    void aDataRowIsOneParagraphOfItsOwnKindAndALayoutCellIsText() {
        List<Paragraph> ps = collect("<table><tr><td>النزهة</td><td>السبت</td></tr></table>"
                + "<table><tr><td><p>فقرة من متن الخبر في خلية التخطيط.</p></td></tr></table>");

        assertThat(ps).extracting(Paragraph::text).containsExactly("النزهة | السبت", "فقرة من متن الخبر في خلية التخطيط.");
        assertThat(ps).extracting(Paragraph::kind).containsExactly(Paragraph.Kind.TABLE_ROW, Paragraph.Kind.TEXT);
    }
}
