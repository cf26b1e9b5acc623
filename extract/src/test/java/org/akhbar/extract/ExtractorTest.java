package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    private static final String PROSE = "<p>أعلنت المديرية الجهوية للتجهيز عن انطلاق أشغال توسيع الطريق الساحلية، "
            + "وهو مشروع ينتظره السكان منذ سنوات، ويتوقع أن ينتهي خلال ثمانية عشر شهرا.</p>";
    private final Extractor extractor = new Extractor();

    private static ExtractionInput input(byte[] body, String contentType) {
        return new ExtractionInput(URI.create("https://site.example/news/1"), body, contentType, "موقع المثال",
                ZoneId.of("Africa/Casablanca"), Instant.parse("2023-12-07T09:00:00Z"));
    }

    private static ExtractionInput html(String html) {
        return input(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    /** A section of a feature page: a title, a paragraph of some 160 letters, a card of the app it is about. */
    private static String featureSection(String title, String sentence) {
        return "<article class=\"row\"><div class=\"col\"><h2>" + title + "</h2><p>" + sentence
                + " ويقول صاحب المتجر إن التطبيق وفر عليه ساعات من العمل كل أسبوع، وزاد مبيعاته في الموسم الماضي.</p></div>"
                + "<div class=\"col\"><a href=\"/apps/x\">تطبيق المتجر</a><span>4.8 من 5</span></div></article>";
    }

    @Test
    void aFeaturePageSetInBlocksUnderOneDatedHeadlineIsReadFromItsMainRegion() {
        // No block holds more than a paragraph, and the quote's class names it "content": the
        // finder takes the quote alone. The headline dated beside it says the page is a story.
        String html = "<html><head><title>متجر القهوة</title><meta property=\"og:type\" content=\"website\"></head><body>"
                + "<nav><a href=\"/\">الرئيسية</a></nav><main><section><div><h1>متجر القهوة</h1>"
                + "<div><time datetime=\"2024-08-28\">28 أغسطس 2024</time></div></div></section>"
                + "<div class=\"intro\"><div><p>من الموازين الذكية التي تذكر الزبائن بنفاد القهوة إلى التجارة المباشرة مع المزارعين، يبحث "
                + "متجر القهوة العائلي دائما عن طرق جديدة لتحسين تجربة زبائنه، ومنها التطبيقات التي يستعملها في متجره.</p></div></div>"
                + "<div class=\"features\">" + featureSection("زيادة المبيعات", "يقترح التطبيق الأول على الزبائن نوع القهوة المناسب بعد أسئلة قليلة،")
                + featureSection("رسائل على المقاس", "ويرسل التطبيق الثاني رسائل إلى كل زبون حسب ذوقه ونوع التحميص الذي يفضله،")
                + featureSection("مجتمع من الزبائن", "ويجمع التطبيق الثالث آراء الزبائن وأسئلتهم، فصار للمتجر مجتمع يتبادل النصائح،")
                + "</div><div class=\"quote-wrap\"><figure><blockquote class=\"quote-content\">للمتجر تاريخ طويل في تحميص القهوة، وموقعه جزء "
                + "أساسي من عمله، ومتجر التطبيقات يسمح له بإضافة ما يحتاجه بسرعة وسهولة، ليقدم لزبائنه تجربة جيدة في كل زيارة للموقع.</blockquote>"
                + "</figure></div></main></body></html>";
        Extraction e = extractor.extract(html(html));
        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
        assertThat(String.join("\n", e.article().paragraphs())).contains("الموازين الذكية", "مجتمع يتبادل النصائح", "تاريخ طويل");
    }

    @Test
    void aSectionPageWithAnUpdateTimeBesideItsTitleStaysAListing() {
        StringBuilder cards = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            cards.append("<div class=\"card\"><h3><a href=\"/news/").append(i).append("\">وزير الاقتصاد يعلن خطة جديدة رقم ")
                    .append(i).append("</a></h3><p>أعلن الوزير اليوم عن خطة جديدة لدعم المقاولات الصغيرة...</p></div>");
        }
        String html = "<html><head><title>أخبار الاقتصاد</title><meta property=\"og:type\" content=\"website\"></head><body>"
                + "<main><div><h1>أخبار الاقتصاد</h1><div>آخر تحديث <time datetime=\"2024-08-28\">28 أغسطس 2024</time></div></div>"
                + "<div class=\"cards\">" + cards + "</div></main></body></html>";
        Extraction e = extractor.extract(html(html));
        assertThat(e.status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
    }

    @Test
    void emptyAndMissingBodiesAreUnreadable() {
        assertThat(extractor.extract(input(new byte[0], null)).status()).isEqualTo(Extraction.Status.UNREADABLE);
        assertThat(extractor.extract(input(null, null)).status()).isEqualTo(Extraction.Status.UNREADABLE);
        assertThat(extractor.extract(input("   \n ".getBytes(StandardCharsets.UTF_8), null)).status())
                .isEqualTo(Extraction.Status.UNREADABLE);
        assertThat(extractor.extract(null).status()).isEqualTo(Extraction.Status.UNREADABLE);
    }

    @Test
    void binaryBodiesAndNonHtmlMediaTypesAreUnreadable() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Extraction binary = extractor.extract(input(png, null));
        assertThat(binary.status()).isEqualTo(Extraction.Status.UNREADABLE);
        assertThat(binary.reason()).contains("binary");
        assertThat(extractor.extract(input(("<html>" + PROSE.repeat(5)).getBytes(StandardCharsets.UTF_8), "application/pdf"))
                .status()).isEqualTo(Extraction.Status.UNREADABLE);
    }

    @Test
    void paragraphTagsAreCountedInTheRawMarkupInAnyCase() {
        byte[] markup = "<p>a</p><P class=x>b</P><p\nid=y>c</p><pre>d</pre><param><br><p/>".getBytes(StandardCharsets.UTF_8);

        assertThat(Extractor.paragraphTags(markup)).isEqualTo(3);
    }

    @Test
    void aDatedMainIsLookedForInTheRawMarkupInAnyCase() {
        assertThat(Extractor.mayHaveDatedMain("<MAIN><h1>عنوان</h1><time DateTime=\"2026-12-07\">".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(Extractor.mayHaveDatedMain("<main><h1>عنوان</h1><time>٧ ديسمبر</time>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(Extractor.mayHaveDatedMain("<div><h1>عنوان</h1><time datetime=\"2026-12-07\">".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }

    @Test
    void aPageWithTooLittleTextIsNotAnArticleAndSaysWhy() {
        Extraction e = extractor.extract(html("<h1>عنوان</h1><p>سطر قصير واحد فقط، لا يكفي.</p>"));
        assertThat(e.status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
        assertThat(e.reason()).isNotBlank();
        assertThat(e.article()).isNull();
    }

    @Test
    void aPlainArticleGivesTitleParagraphsCanonicalAndCharset() {
        Extraction e = extractor.extract(html("<html lang=ar><head><title>طريق ساحلية جديدة - موقع المثال</title></head><body>"
                + "<h1>طريق ساحلية جديدة</h1><div class=\"article\">" + PROSE.repeat(3) + "</div></body></html>"));
        assertThat(e.status()).isEqualTo(Extraction.Status.ARTICLE);
        ExtractedArticle a = e.article();
        assertThat(a.title()).isEqualTo("طريق ساحلية جديدة");
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.canonicalUrl()).isEqualTo("https://site.example/news/1");
        assertThat(a.charset()).isEqualTo("UTF-8");
        assertThat(a.language()).isEqualTo("ar");
        assertThat(a.publishedAt()).isNull();
    }

    @Test
    void aFrenchArticleIsFrench() {
        String p = "<p>Le conseil municipal a adopté le budget de la ville pour l'année prochaine, avec une hausse des "
                + "dépenses consacrées aux écoles et aux transports publics dans les quartiers.</p>";
        Extraction e = extractor.extract(html("<html><head><title>Budget adopté</title></head><body><h1>Budget adopté</h1><div>"
                + p.repeat(3) + "</div></body></html>"));
        assertThat(e.status()).isEqualTo(Extraction.Status.ARTICLE);
        assertThat(e.article().language()).isEqualTo("fr");
    }

    @Test
    void inputWithoutZoneUrlOrFetchTimeStillExtracts() {
        byte[] body = ("<h1>طريق ساحلية جديدة</h1><div>" + PROSE.repeat(3) + "<p>منذ 3 ساعات</p></div>").getBytes(StandardCharsets.UTF_8);
        Extraction e = extractor.extract(new ExtractionInput(null, body, null, null, null, null));
        assertThat(e.status()).isEqualTo(Extraction.Status.ARTICLE);
        assertThat(e.article().publishedAt()).isNull();
    }

    @Test
    void aSidebarTeaserDateIsNotTakenForThePublicationDate() {
        Extraction e = extractor.extract(html("<body><div class=\"sidebar\"><a href=\"/old\">خبر قديم</a>"
                + "<span class=\"date\">1 يناير 2020</span></div><h1>طريق ساحلية جديدة</h1>"
                + "<span class=\"post-date\">الثلاثاء 5 دجنبر 2023</span><div>" + PROSE.repeat(3) + "</div></body>"));
        assertThat(e.article().publishedAt()).hasToString("2023-12-05T00:00+01:00");
    }

    @Test
    void aDateLineAtTheTopOfTheBodyDatesTheArticleAndLeavesTheBody() {
        Extraction e = extractor.extract(html("<h1>طريق ساحلية جديدة</h1><div><p>نشر في: 04/12/2023 - 16:45</p>"
                + PROSE.repeat(3) + "</div>"));
        assertThat(e.article().publishedAt()).hasToString("2023-12-04T16:45+01:00");
        assertThat(e.article().paragraphs()).hasSize(3).noneMatch(p -> p.contains("نشر في"));
    }

    @Test
    void oneExtractorServesManyThreadsWithTheSameResults() throws Exception {
        ExtractionInput in = html("<h1>طريق ساحلية جديدة</h1><div>" + PROSE.repeat(4) + "</div>");
        Extraction expected = extractor.extract(in);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> extractor.extract(in)));
            }
            for (Future<Extraction> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onAPageWithoutAHeadlineElementTheBoldFirstLineIsTheTitleAndLeavesTheBody() {
        String prose = PROSE.replace("<p>", "").replace("</p>", "<br><br>");
        Extraction e = extractor.extract(html("<html><head><title>موقع المثال - أشغال الطريق الساحلية تنطلق</title></head>"
                + "<body><table><tr><td><b>أشغال الطريق الساحلية تنطلق</b><br>" + prose.repeat(3) + "</td></tr></table></body></html>"));
        assertThat(e.status()).isEqualTo(Extraction.Status.ARTICLE);
        assertThat(e.article().title()).isEqualTo("أشغال الطريق الساحلية تنطلق");
        assertThat(e.article().paragraphs()).hasSize(3).allMatch(p -> p.startsWith("أعلنت"));

        Extraction siteNameOnly = extractor.extract(html("<html><head><title>موقع المثال</title></head><body><table><tr><td>"
                + "<font size=\"5\"><b>أشغال الطريق الساحلية تنطلق</b></font><br>" + prose.repeat(3) + "</td></tr></table></body></html>"));
        assertThat(siteNameOnly.article().title()).isEqualTo("أشغال الطريق الساحلية تنطلق");
        assertThat(siteNameOnly.article().paragraphs()).hasSize(3).allMatch(p -> p.startsWith("أعلنت"));
    }

    @Test
    void aBoldFirstLineDoesNotReplaceAnH1Headline() {
        Extraction e = extractor.extract(html("<h1>طريق ساحلية جديدة</h1><div><p><b>خبر محلي</b></p>" + PROSE.repeat(3) + "</div>"));
        assertThat(e.article().title()).isEqualTo("طريق ساحلية جديدة");
        assertThat(e.article().paragraphs()).hasSize(4).startsWith("خبر محلي");
    }
}
