package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainContentFinderTest {

    private static final String PARAGRAPH = "<p>وقال المسؤول إن المشروع سيوفر مئات فرص العمل، وسيساهم في تنمية المنطقة، "
            + "كما سيخفف الضغط على المدن الكبرى المجاورة.</p>";

    private static MainContentFinder.Result find(String body) {
        Document doc = Jsoup.parse("<body>" + body + "</body>");
        return MainContentFinder.find(doc.body(), null);
    }

    @Test
    void equalScoresGoToTheFirstBlockEveryTimeNotToWhicheverTheHashesFavour() {
        // Two unrelated blocks that score alike, far enough apart not to join as siblings: the
        // winner used to follow the identity-hash order of a map, which differs between runs.
        String twin = "<section><div class=\"box\">" + PARAGRAPH + PARAGRAPH + "</div></section>";
        for (int run = 0; run < 60; run++) {
            Document doc = Jsoup.parse("<body>" + twin + "<nav><a href=\"/\">x</a></nav>" + twin + "</body>");
            MainContentFinder.Result r = MainContentFinder.find(doc.body(), null);
            assertThat(r.best()).isSameAs(doc.body().selectFirst("div.box"));
        }
    }

    @Test
    void picksTheBlockWithTheMostPunctuatedProseOverALinkList() {
        MainContentFinder.Result r = find("<div id=\"links\">" + "<p><a href=\"/x\">رابط إلى خبر آخر في الموقع نفسه</a></p>".repeat(8)
                + "</div><div id=\"story\">" + PARAGRAPH.repeat(4) + "</div>");
        assertThat(r.best().id()).isEqualTo("story");
        assertThat(r.linkDensity()).isZero();
    }

    @Test
    void aPositiveClassHintBreaksATieBetweenSimilarBlocks() {
        MainContentFinder.Result r = find("<div id=\"a\">" + PARAGRAPH.repeat(3) + "</div><div id=\"b\" class=\"article-body\">"
                + PARAGRAPH.repeat(3) + "</div>");
        assertThat(r.best().id()).isEqualTo("b");
    }

    @Test
    void aContentNamedBoxOfOneLineDoesNotOutweighABodySplitIntoUnnamedItems() {
        // A listicle: each item's text in its own unnamed wrapper, no wrapper scoring much alone;
        // beside it a sign-up box whose generated class starts with "Contents".
        String item = "<li><h2>البند</h2><div class=\"w\">" + PARAGRAPH.repeat(2) + "</div></li>";
        MainContentFinder.Result r = find("<ol id=\"list\">" + item.repeat(6) + "</ol>"
                + "<section id=\"signup\" class=\"Contents-sc-1x2y\">اشترك في النشرة البريدية لتصلك آخر الأخبار يوميا</section>");
        assertThat(r.best().id()).isNotEqualTo("signup");
        assertThat(r.best().closest("#list")).isNotNull();
    }

    @Test
    void aContentNamedSignUpBoxOfTwoSentencesDoesNotOutweighTheLongestEntryOfABody() {
        // The sign-up box has a heading, a sentence and a consent line: a little prose, not
        // the few sentences for which "Contents" in its class would count in full.
        String item = "<li><h2>البند</h2><div class=\"w\">" + PARAGRAPH + "</div></li>";
        MainContentFinder.Result r = find("<ol id=\"list\">" + item.repeat(5)
                + "<li><h2>البند الأخير</h2><div class=\"w\">" + PARAGRAPH.repeat(6) + "</div></li></ol>"
                + "<section id=\"signup\" class=\"Contents-sc-1x2y\"><div><h2>اشترك في النشرة البريدية للموقع</h2>"
                + "<p>احصل على آخر الأخبار والمراجعات والحصريات مباشرة في بريدك.</p></div>"
                + "<div><p>بالنقر على اشترك، فإنك توافق على تلقي الأخبار والعروض وعلى سياسة الخصوصية.</p></div></section>");
        assertThat(r.best().closest("#list")).isNotNull();
    }

    @Test
    void aContentNamedBlockOfRealProseKeepsItsFullHint() {
        MainContentFinder.Result r = find("<div id=\"a\">" + PARAGRAPH + "</div><div id=\"b\" class=\"post-content\">"
                + PARAGRAPH + "</div>");
        assertThat(r.best().id()).isEqualTo("b");
    }

    @Test
    void aTableCellWithBreakSeparatedTextIsACandidateItself() {
        String text = "وقال المسؤول إن المشروع سيوفر مئات فرص العمل، وسيساهم في تنمية المنطقة.<br><br>";
        MainContentFinder.Result r = find("<table><tr><td id=\"side\"><a href=\"/1\">رابط</a><br><a href=\"/2\">رابط</a></td>"
                + "<td id=\"body\">" + text.repeat(4) + "</td></tr></table>");
        assertThat(r.best().id()).isIn("body");
    }

    @Test
    void siblingsThatScoreWellJoinTheWinner() {
        MainContentFinder.Result r = find("<div id=\"wrap\"><div id=\"part1\">" + PARAGRAPH.repeat(4) + "</div>"
                + "<div class=\"x\">فاصل</div><div id=\"part2\">" + PARAGRAPH.repeat(3) + "</div></div>");
        assertThat(r.parts()).extracting(e -> e.id()).contains("part1", "part2");
    }

    @Test
    void copiesOfTheWinnersContainerElsewhereInThePageJoinItAsChunksInDocumentOrder() {
        String chunk = "<div class=\"row\"><div class=\"col\"><div class=\"body-wrap\"><div id=\"%s\" class=\"inner-body\">%s"
                + "</div></div></div><div class=\"col rail\">مساحة</div></div>";
        String second = "<p>وأضاف أن الأشغال ستنطلق مطلع السنة المقبلة، على أن تنتهي في غضون ثلاث سنوات، وفق الجدول المعلن.</p>";
        MainContentFinder.Result r = find(chunk.formatted("c1", PARAGRAPH.repeat(4)) + chunk.formatted("c2", second.repeat(2))
                + chunk.formatted("c3", PARAGRAPH));
        assertThat(r.parts()).extracting(e -> e.id()).containsExactly("c1", "c2", "c3");
    }

    @Test
    void aLinkListSharingTheWinnersClassIsNotAChunk() {
        String links = "<p><a href=\"/x\">رابط إلى خبر آخر في الموقع نفسه، مع عنوان طويل</a></p>".repeat(4);
        MainContentFinder.Result r = find("<section><div id=\"a\" class=\"box\">" + PARAGRAPH.repeat(4) + "</div></section>"
                + "<section><div id=\"b\" class=\"box\">" + links + "</div></section>");
        assertThat(r.parts()).extracting(e -> e.id()).containsExactly("a");
    }

    @Test
    void anUnclassedWinnerTakesNoChunksFromElsewhere() {
        MainContentFinder.Result r = find("<section><div id=\"a\">" + PARAGRAPH.repeat(4) + "</div></section>"
                + "<section><div id=\"b\">" + PARAGRAPH.repeat(2) + "</div></section>");
        assertThat(r.parts()).extracting(e -> e.id()).containsExactly("a");
    }

    @Test
    void theJsonLdArticleBodyBreaksATieBetweenEqualBlocks() {
        String other = "<p>وأعلنت البلدية عن برنامج لتشجير الأحياء الشعبية، بمشاركة جمعيات المجتمع المدني، وتلاميذ المدارس.</p>";
        // Block a is one comma ahead: only the articleBody signal can put b first.
        String otherWithComma = other.replace("برنامج", "برنامج، جديد");
        String body = "<html><body><div id=\"a\">" + other + otherWithComma + other + "</div><div id=\"b\">" + PARAGRAPH.repeat(3)
                + "</div></body></html>";
        Document doc = Jsoup.parse(body);
        MainContentFinder.Result r = MainContentFinder.find(doc.body(), "وقال المسؤول إن المشروع سيوفر مئات فرص العمل");
        assertThat(r.best().id()).isEqualTo("b");
    }

    @Test
    void aPageWithoutProseHasNoContent() {
        assertThat(find("<div><a href=\"/\">الرئيسية</a></div>")).isNull();
    }

    @Test
    void aNavigationCellOfShortBreakSeparatedLinesDoesNotWidenTheContainerToTheRow() {
        String text = "وقال المسؤول إن المشروع سيوفر مئات فرص العمل، وسيساهم في تنمية المنطقة.<br><br>";
        MainContentFinder.Result r = find("<table><tr><td id=\"side\"><b>أرشيف الجريدة</b><br><a href=\"/s\">محليات</a><br><br>"
                + "<b>عدد الزوار:</b> 1043871<br><br>صوتوا لنا في دليل المواقع</td>"
                + "<td id=\"body\"><font><b>عنوان الخبر في سطر واحد طويل نسبيا</b></font><br><br><font>" + text.repeat(4)
                + "</font></td></tr></table>");
        assertThat(r.best().id()).isEqualTo("body");
        assertThat(r.parts()).hasSize(1);
    }

    @Test
    void onATieTheInnerCellWinsOverTheRowAroundIt() {
        String text = "وقال المسؤول إن المشروع سيوفر مئات فرص العمل، وسيساهم في تنمية المنطقة.<br><br>";
        for (int i = 0; i < 20; i++) {
            MainContentFinder.Result r = find("<table><tr><td>أرشيف<br>عدد الزوار</td><td id=\"body\">" + text.repeat(3)
                    + "</td></tr></table>");
            assertThat(r.best().id()).isEqualTo("body");
        }
    }

    private static String step(int n, String body) {
        return "<div class=\"guide-step\"><div class=\"step-inner\"><div class=\"step-text\"><b>الخطوة " + n + "</b>"
                + body + "</div></div></div>";
    }

    @Test
    void aBodyWrittenAsARunOfAlikeSectionsIsTakenWhole() {
        MainContentFinder.Result r = find("<div class=\"guide\">" + step(1, PARAGRAPH + PARAGRAPH)
                + step(2, "<ul><li>دقيق القمح الكامل</li><li>ماء فاتر</li><li>ملح خشن</li></ul>")
                + step(3, "<p>اعجن المكونات جيدا، ثم اترك العجين يرتاح ساعة.</p>")
                + step(4, "<p>اخبز الرغيف في فرن ساخن، حتى يصير لونه ذهبيا.</p>")
                + "</div><div class=\"guide-step\"><a href=\"/a\">دليل آخر في الموقع نفسه عن الخبز</a></div>");
        assertThat(r.parts()).hasSize(4).allMatch(e -> e.className().equals("guide-step"));
        assertThat(r.parts().get(1).text()).contains("دقيق");
    }

    @Test
    void insideTheArticleAShortChunkAfterASubheadingContinuesTheStory() {
        MainContentFinder.Result r = find("<article><h1>العنوان</h1><div id=\"dek\"><p>مقدمة قصيرة عن الخبر، في سطر واحد.</p></div>"
                + "<div id=\"main\">" + PARAGRAPH.repeat(4) + "</div><h2 id=\"sub\">ردود الفعل</h2>"
                + "<div id=\"more\"><p>ورحب السكان بالقرار، وطالبوا بتسريع الأشغال قبل الشتاء.</p>"
                + "<p>أما التجار، فقالوا إن الطريق الحالية تكلفهم ساعات كل يوم.</p></div></article>");
        assertThat(r.parts()).extracting(org.jsoup.nodes.Element::id).containsExactly("main", "sub", "more");
    }

    @Test
    void outsideAnArticleAShortSiblingChunkStaysOut() {
        MainContentFinder.Result r = find("<div><div id=\"main\">" + PARAGRAPH.repeat(4) + "</div><h2>ردود الفعل</h2>"
                + "<div id=\"more\"><p>ورحب السكان بالقرار، وطالبوا بتسريع الأشغال قبل الشتاء.</p>"
                + "<p>أما التجار، فقالوا إن الطريق الحالية تكلفهم ساعات كل يوم.</p></div></div>");
        assertThat(r.parts()).extracting(org.jsoup.nodes.Element::id).containsExactly("main");
    }

    @Test
    void aSiblingWhoseEntriesSitDeeperThanTheScoreReachesJoinsTheWinner() {
        // A roundup: the picks, each four wrappers down, beside the buying guide's text box.
        String pick = "<div class=\"pick\"><div class=\"pick-body\"><div class=\"wrap\"><div>" + PARAGRAPH.repeat(3)
                + "</div></div></div></div>";
        MainContentFinder.Result r = find("<article><div id=\"picks\">" + pick.repeat(6) + "</div>"
                + "<div id=\"guide\" class=\"text\">" + PARAGRAPH.repeat(6) + "</div></article>");

        assertThat(r.parts()).extracting(org.jsoup.nodes.Element::id).containsExactly("picks", "guide");
    }

    /** A listicle's entry: a list item holding its heading and its prose a few wrappers down. */
    private static String entry(String name, String body) {
        return "<li><h2>" + name + "</h2><div class=\"entry-body\"><div class=\"inner\"><div class=\"markup\">" + body
                + "</div></div></div></li>";
    }

    @Test
    void theEntriesOfAListicleJoinWithTheirHeadingsEvenWhenTheyLink() {
        String linked = "<p>تقدم <a href=\"/hotel-1\">هذه الدار الصغيرة في قلب المدينة القديمة</a> غرفا واسعة، "
                + "وتطل على الحديقة، كما تقترح مطبخا محليا.</p>";
        MainContentFinder.Result r = find("<ol>" + entry("فندق الريحان", PARAGRAPH.repeat(4))
                + entry("دار الياسمين", linked.repeat(4)) + entry("رياض النخيل", PARAGRAPH.repeat(5))
                + entry("فندق الواحة", PARAGRAPH.repeat(4)) + "</ol>");

        assertThat(r.parts()).hasSize(4).allMatch(e -> e.normalName().equals("li"));
        assertThat(r.parts().get(1).text()).startsWith("دار الياسمين");
    }

    /** A chapter in a {@code <section>} of its own classes, its text five wrappers down. */
    private static String chapter(String classes, String id, String body) {
        return "<section class=\"" + classes + "\" id=\"" + id + "\"><div class=\"container\"><div class=\"grid\">"
                + "<div class=\"col\"><div>" + body + "</div></div></div></div></section>";
    }

    @Test
    void chaptersInSiblingSectionsJoinWhateverTheirClasses() {
        MainContentFinder.Result r = find("<main>" + chapter("pt-3 bg-white", "c1", PARAGRAPH.repeat(4))
                + chapter("pt-0 bg-grey rank-2", "c2", PARAGRAPH.repeat(5))
                + chapter("pt-3 pb-6 bg-white", "c3", PARAGRAPH.repeat(4))
                + chapter("highlights", "h", "<p>في سطر واحد.</p>") + "</main>");

        // The chapters hold prose; the one-line box is no chapter.
        assertThat(r.parts()).extracting(org.jsoup.nodes.Element::id).containsExactly("c1", "c2", "c3");
    }

    /** A page builder's row: the names of its kind plus one of its own, the text a few wrappers down. */
    private static String builderRow(String ownName, String body) {
        return "<div class=\"builder-row " + ownName + " row-boxed\"><div class=\"row-inner\"><div class=\"builder-widget\">"
                + body + "</div></div></div>";
    }

    @Test
    void builderRowsThatDifferOnlyByTheirOwnNameJoinAsOneBody() {
        MainContentFinder.Result r = find("<div class=\"page\">" + builderRow("row-3a1f", PARAGRAPH.repeat(2))
                + builderRow("row-77c0", PARAGRAPH.repeat(5)) + builderRow("row-b912", PARAGRAPH.repeat(3))
                + "</div><div class=\"col-side\">" + PARAGRAPH + "</div>");

        assertThat(r.parts()).hasSize(3).allMatch(e -> e.hasClass("builder-row"));
    }

    @Test
    void classesAreAlikeWhenTheyShareHalfOfTheirNames() {
        assertThat(MainContentFinder.alikeClasses("e-con e-parent el-3362bcd", "e-con e-parent el-9f01aa")).isTrue();
        assertThat(MainContentFinder.alikeClasses("post", "post featured")).isTrue();
        assertThat(MainContentFinder.alikeClasses("col col-8", "col col-4")).isFalse();
        assertThat(MainContentFinder.alikeClasses("widget widget-text w-1", "widget widget-posts w-2")).isFalse();
        assertThat(MainContentFinder.alikeClasses("", "post")).isFalse();
    }

    @Test
    void sectionsOfDifferentClassesAroundTheBodyStayOutWithoutProse() {
        MainContentFinder.Result r = find("<main>" + chapter("intro", "i", "<p>مقدمة قصيرة.</p>")
                + chapter("story", "s", PARAGRAPH.repeat(5)) + chapter("cta", "c", "<p>اشترك الآن.</p>") + "</main>");

        assertThat(r.parts()).hasSize(1);
        assertThat(r.parts().get(0).closest("section").id()).isEqualTo("s");
    }

    @Test
    void aTeaserCardsContentNamedExcerptDoesNotOutscoreAnUnnamedBody() {
        String card = "<article class=\"post-card\"><h3><a href=\"/other\">خبر آخر</a></h3><div class=\"post-excerpt\">"
                + PARAGRAPH.repeat(2) + "</div></article>";
        MainContentFinder.Result r = find("<div class=\"widget-a\"><div id=\"b1\">" + PARAGRAPH.repeat(4) + "</div></div>"
                + "<div class=\"grid\">" + card.repeat(3) + "</div>");

        assertThat(r.best().id()).isEqualTo("b1");
    }

    @Test
    void theContentHintStillCountsInsideTheArticleOfAPage() {
        MainContentFinder.Result r = find("<div id=\"intro\">" + PARAGRAPH.repeat(4) + "</div><article><div class=\"post-content\">"
                + PARAGRAPH.repeat(3) + "</div></article>");

        assertThat(r.best().className()).isEqualTo("post-content");
    }
}
