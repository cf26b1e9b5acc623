package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageJudgeTest {

    private final Extractor extractor = new Extractor();

    private Extraction extract(String html) {
        return extractor.extract(new ExtractionInput(URI.create("https://paper.example/2024/05/story"),
                html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null, ZoneOffset.UTC,
                Instant.parse("2024-05-10T08:00:00Z")));
    }

    private static String column(int n) {
        return "<div class=\"col-body\"><div class=\"inner\"><p>Council members met for the " + n
                + "th time this spring, and the chair said <a href=\"/a/" + n + "\">the harbour budget review</a>"
                + " would take until the autumn, because the engineers still disagree about the cost of the new wall."
                + "</p><p>Residents who attended asked why the works had stopped twice, and the chair promised a written"
                + " answer within a month, along with the figures the city had paid so far.</p></div></div>";
    }

    @Test
    void aBodyCutIntoAlikeColumnsWithLinksInsideSentencesIsAnArticle() {
        String html = "<html><head><title>Harbour wall delayed again</title></head><body><article><h1>Harbour wall delayed again</h1>"
                + "<section class=\"story-body\">" + column(1) + column(2) + column(3) + column(4) + column(5)
                + "</section></article></body></html>";
        Extraction e = extract(html);
        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
        assertThat(e.article().paragraphs()).hasSize(10);
    }

    @Test
    void aNumberedRoundUpWhoseEntriesOpenWithALinkIsAnArticle() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            items.append("<li><strong><a href=\"/r/").append(i).append("\">Item ").append(i)
                    .append(": the regional rail line adds an evening train.</a></strong> Commuters had asked for it")
                    .append(" for two years, and the operator says the extra service will run from June on weekdays.</li>");
        }
        String html = "<html><head><title>Six things to know this morning</title>"
                + "<meta property=\"og:type\" content=\"article\"></head><body><h1>Six things to know this morning</h1>"
                + "<div class=\"post-content\"><p>Good morning. Here is what happened overnight in the region, in short.</p>"
                + "<ol>" + items + "</ol><p>That is all for today; the next edition arrives tomorrow at seven.</p></div>"
                + "</body></html>";
        Extraction e = extract(html);
        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
        assertThat(e.article().paragraphs()).hasSize(8);
    }

    @Test
    void aPageOfSectionsEachEndingWithTheSameLinkedCallIsAnArticle() {
        // Each section describes one camera and ends with a linked sentence asking for a gift:
        // the calls are sentences, not the headlines of other pages.
        String[] sections = {
            "الشلال الكبير", "يطل هذا الموقع على الشلال الكبير من الجهة الشرقية، ويظهر الماء وهو يسقط من ارتفاع شاهق في موسم الذوبان.",
            "قمة الجبل", "يطل هذا الموقع على قمة الجبل، ويعطي صورة عن الطقس في الوادي كله، وعن الثلج في أعلى القمة.",
            "الوادي الأعلى", "يطل هذا الموقع على الوادي الأعلى من ارتفاع ألفي متر، ويظهر القمم البعيدة والغابات حولها.",
            "مدخل النفق", "يطل هذا الموقع على مدخل النفق الغربي، ويعطي صورة واضحة عن حركة السير في الطريق الرئيسي."};
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sections.length; i += 2) {
            body.append("<div class=\"cam\"><div class=\"cam-text\"><h3>").append(sections[i]).append("</h3><p>")
                    .append(sections[i + 1]).append("</p><p>هذه الصورة مقدمة من جمعية أصدقاء المتنزه.</p><p><a href=\"/donate\">"
                    + "يمكنك أن تدعم مستقبل المتنزه وهذه الكاميرا بتبرع لجمعية أصدقاء المتنزه الوطني.</a></p></div></div>");
        }
        Extraction e = extract("<html><head><title>كاميرات المتنزه</title></head><body><h1>كاميرات المتنزه</h1>"
                + "<div class=\"main\">" + body + "</div></body></html>");
        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
    }

    @Test
    void aListOfHeadlineLinksWithExcerptsIsStillAListing() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            items.append("<li class=\"entry\"><h3><a href=\"/n/").append(i).append("\">الأمطار تعود إلى المنطقة الشمالية للمرة ")
                    .append(i).append("</a></h3><p>توقعت مصلحة الأرصاد هطول أمطار متفرقة، مع انخفاض طفيف في درجات الحرارة")
                    .append(" خلال نهاية الأسبوع.</p><span class=\"when\">منذ ").append(i).append(" ساعات</span></li>");
        }
        String html = "<html><head><title>وسم: الطقس</title><meta property=\"og:type\" content=\"article\"></head><body>"
                + "<div class=\"content\"><ul class=\"archive\">" + items + "</ul></div></body></html>";
        Extraction e = extract(html);
        assertThat(e.status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
        assertThat(e.reason()).startsWith("listing");
    }

    @Test
    void aLinkStandsAloneInAHeadingOrCardButNotInsideASentence() {
        Element doc = Jsoup.parse("<h3><a id=h href=/1>A headline of its own here</a></h3>"
                + "<p>The mayor said <a id=s href=/2>in a long statement</a> that the plan is final and will not change.</p>"
                + "<a id=c href=/3><div>Card headline</div><p>and its excerpt</p></a>"
                + "<li><a id=d href=/4>A list entry headline</a> <span>3 May</span></li>").body();
        assertThat(PageJudge.standsAlone(doc.getElementById("h"))).isTrue();
        assertThat(PageJudge.standsAlone(doc.getElementById("s"))).isFalse();
        assertThat(PageJudge.standsAlone(doc.getElementById("c"))).isTrue();
        assertThat(PageJudge.standsAlone(doc.getElementById("d"))).isTrue();
    }


    private static final String SENTENCE = "وأوضح المسؤول أن الأشغال ستتواصل طيلة فصل الصيف، وأن الطريق ستفتح أمام السير قبل الدخول المدرسي المقبل. ";

    private static Element block(String html) {
        return Jsoup.parse("<div id=main>" + html + "</div>").getElementById("main");
    }

    @Test
    void repeatedTeasersWithHeadlineLinksMakeAListing() {
        StringBuilder html = new StringBuilder("<ul>");
        for (int i = 1; i <= 6; i++) {
            html.append("<li class=\"post-item\"><h2><a href=\"/n/").append(i).append("\">عنوان الخبر رقم ").append(i)
                    .append(" عن أشغال الطريق الساحلية</a></h2><p>").append(SENTENCE).append("</p></li>");
        }
        html.append("</ul>");

        assertThat(PageJudge.teaserListing(List.of(block(html.toString())))).startsWith("listing");
    }

    @Test
    void shortHeadlinesOverExcerptsCutShortMakeAListing() {
        // Headlines of a few words over long excerpts: each headline is under a tenth of its
        // teaser, but every excerpt ends cut short.
        StringBuilder html = new StringBuilder("<ul class=\"teasers\">");
        for (int i = 1; i <= 5; i++) {
            html.append("<li class=\"teaser\"><a href=\"/world/").append(i).append("\">حين تأبى الشمس الغياب ").append(i)
                    .append("</a> <time datetime=\"2015-07-21T17:57:50+03:00\">الثلاثاء 21 يوليو 2015 - 17:57</time>")
                    .append("<p class=\"excerpt\">").append(SENTENCE.repeat(2)).append(" ولكن النوم تحت المكيف أفضل بكثير من الصوم في ال…</p></li>");
        }
        html.append("</ul>");

        assertThat(PageJudge.teaserListing(List.of(block(html.toString())))).startsWith("listing");
    }

    @Test
    void repeatedSectionsThatEndTheirSentencesAreNotCutShort() {
        assertThat(PageJudge.endsCutShort(block("<p>" + SENTENCE + "</p>"))).isFalse();
        assertThat(PageJudge.endsCutShort(block("<p>" + SENTENCE + " وقال إن…</p>"))).isTrue();
        assertThat(PageJudge.endsCutShort(block("<p>" + SENTENCE + " وقال إن...</p>"))).isTrue();
    }

    @Test
    void aStoryCutIntoRepeatedSectionsWithALinkEachIsNotAListing() {
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            html.append("<div class=\"story-body-section\"><p>").append(SENTENCE.repeat(6))
                    .append("<a href=\"/dossier/").append(i).append("\">ملف الطرق الساحلية</a> ")
                    .append(SENTENCE.repeat(4)).append("</p></div>");
        }

        assertThat(PageJudge.teaserListing(List.of(block(html.toString())))).isNull();
    }
}
