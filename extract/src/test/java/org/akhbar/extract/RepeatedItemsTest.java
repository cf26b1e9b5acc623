package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Listings told by their repeated item templates and their address ({@link RepeatedItems},
 * {@link PageJudge#listingPathWord}), one kind of page per case, beside the articles that look
 * like them and stay articles.
 */
class RepeatedItemsTest {

    private final Extractor extractor = new Extractor();

    private Extraction extract(String url, String head, String body) {
        String html = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>صفحة</title>" + head
                + "</head><body>" + body + "</body></html>";
        return extractor.extract(new ExtractionInput(URI.create(url), html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", null, ZoneOffset.UTC, Instant.parse("2025-05-10T08:00:00Z")));
    }

    /** A section front's card: a headline link, a line of summary, a time; the lead card has three paragraphs. */
    private static String teaserCard(int n, boolean lead) {
        String summary = lead
                ? "<p>قالت البلدية إن أعمال الصيانة في الحي ستنتهي قبل موسم الأمطار، وإن الطرق المغلقة ستفتح تباعا بعد فحص"
                        + " شبكة التصريف، وإن المقاول تعهد بإنهاء الأرصفة في الأسبوع نفسه.</p>"
                        + "<p>وأضاف المتحدث باسمها أن فرق العمل تعمل على فترتين يوميا، وأن السكان سيبلَّغون بمواعيد انقطاع المياه"
                        + " قبل يومين على الأقل، وأن شكاوى التأخير تُستقبل على الرقم المجاني طوال أيام الأسبوع.</p>"
                        + "<p>وكانت الأعمال قد توقفت مرتين منذ بدايتها، الأولى بسبب نقص الإسفلت، والثانية بعد أن كشفت الحفريات"
                        + " عن خط قديم للهاتف لم يكن على الخرائط، وأن الميزانية تكفي لتغطية الأحياء الشمالية كلها.</p>"
                : "<p>تفاصيل جديدة عن الأعمال في الحي " + n + ".</p>";
        return "<div class=\"card\"><h3><a href=\"/news/" + n + "\">صيانة الطرق في الحي " + n + " تقترب من نهايتها</a></h3>"
                + "<div class=\"summary\">" + summary + "</div><time datetime=\"2025-05-0" + (n % 9 + 1) + "\">منذ يوم</time></div>";
    }

    @Test
    void aSectionFrontWhoseLongestCardWasChosenIsOneOfManyAlikeCards() {
        StringBuilder cards = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            cards.append(teaserCard(i, i == 4));
        }
        Extraction e = extract("https://akhbar.example/local", "",
                "<h1>محليات</h1><div class=\"cards\">" + cards + "</div>");

        assertThat(e.status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
        assertThat(e.reason()).isEqualTo("listing: the main block is one of 9 alike cards");
    }

    /** A shop's product card: a name link, a price, a rating. */
    private static String productCard(int n, String price) {
        return "<li class=\"product\"><a href=\"/p/" + n + "\">خيمة رحلات لأربعة أشخاص طراز " + n + "</a>"
                + "<span class=\"price\">" + price + "</span><span class=\"stars\">4.5 من 5</span></li>";
    }

    private static final String BUYING_GUIDE = "<div class=\"category-text\"><h2>كيف تختار خيمتك</h2>"
            + "<p>ابدأ بعدد من سينامون فيها ثم أضف مكانا للحقائب، فالخيمة التي تتسع لأربعة تكفي ثلاثة مع أمتعتهم في الرحلات"
            + " الطويلة، وتكفي أربعة في رحلة ليلة واحدة.</p>"
            + "<p>الخيام ذات الطبقتين أدفأ في ليالي الصحراء الباردة وأقل تكثفا للرطوبة، أما ذات الطبقة الواحدة فأخف وزنا وأسرع"
            + " نصبا، وتناسب الصيف والرحلات القصيرة.</p>"
            + "<p>انظر أخيرا إلى ارتفاع عمود الماء المكتوب على البطاقة: ألف وخمسمئة مليمتر تكفي لأمطار الربيع الخفيفة، وثلاثة"
            + " آلاف لمن يخيم في الجبال.</p></div>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "riyals after the number | 450 ر.س",
        "a dollar sign before it | $120",
        "a currency code | SAR 380",
    })
    void aShopsCategoryPageIsAGridOfPricedCardsBesideItsBuyingGuide(String kind, String price) {
        StringBuilder grid = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            grid.append(productCard(i, price));
        }
        Extraction e = extract("https://souq.example/camping/tents-4", "",
                "<h1>خيام الرحلات</h1><ul class=\"grid\">" + grid + "</ul>" + BUYING_GUIDE);

        assertThat(e.status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
        assertThat(e.reason()).isEqualTo("listing: 12 priced cards beside the text");
    }

    @Test
    void aGuideWithARowOfPricedProductsBesideItsLongTextIsAnArticle() {
        StringBuilder grid = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            grid.append(productCard(i, "450 ر.س"));
        }
        StringBuilder guide = new StringBuilder("<div class=\"article-body\">");
        for (int i = 0; i < 4; i++) {
            guide.append(BUYING_GUIDE);
        }
        guide.append("</div>");
        Extraction e = extract("https://souq.example/guides/how-to-choose-a-family-tent-for-the-desert", "",
                "<h1>دليلك لاختيار خيمة العائلة</h1>" + guide + "<ul class=\"grid\">" + grid + "</ul>");

        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
    }

    @Test
    void aRoundupArticlePricingItsProductsInsideItsTextIsAnArticle() {
        StringBuilder entries = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            entries.append("<li><a href=\"/p/").append(i).append("\">خيمة طراز ").append(i).append("</a> بسعر 450 ر.س:")
                    .append(" جربناها ثلاث ليال في وادي حنيفة وصمدت أمام الريح، لكن سحّابها يعلق إذا امتلأ بالرمل.</li>");
        }
        Extraction e = extract("https://souq.example/reviews/nine-tents-we-tested-this-spring",
                "<meta property=\"og:type\" content=\"article\">",
                "<h1>تسع خيام جربناها هذا الربيع</h1><div class=\"post-content\"><p>اخترنا الخيام التالية بعد رحلات في"
                        + " ثلاث مناطق، ورتبناها من الأخف إلى الأثقل، مع ملاحظة عن كل واحدة.</p><ol class=\"picks\">" + entries
                        + "</ol></div>");

        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a shop's category | https://souq.example/c/camping-tents | c",
        "a tag page | https://akhbar.example/tag/%D8%A7%D9%84%D9%85%D8%B7%D8%B1 | tag",
        "a section's second page | https://akhbar.example/section/local/2 | section",
    })
    void aPageFiledUnderAListingWordWithNoTypeAndNoDateIsAListing(String kind, String url, String word) {
        Extraction e = extract(url, "", "<h1>خيام الرحلات</h1>" + BUYING_GUIDE);

        assertThat(e.status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
        assertThat(e.reason()).isEqualTo("listing: filed under /" + word + "/ with no article type and no date");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a story's slug under a category | https://akhbar.example/category/how-to-choose-a-tent-for-a-desert-night | ",
        "a story's id under a section | https://akhbar.example/section/local/482113 | ",
        "a dated page | https://akhbar.example/c/camping-tents | <meta property='article:published_time' content='2025-05-09T10:00:00Z'>",
        "a declared article | https://akhbar.example/topic/tents | <meta property='og:type' content='article'>",
    })
    void aStoryAddressADateOrAnArticleTypeKeepsThePageAnArticle(String kind, String url, String head) {
        Extraction e = extract(url, head == null ? "" : head.replace('\'', '"'), "<h1>خيام الرحلات</h1>" + BUYING_GUIDE);

        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
    }
}
