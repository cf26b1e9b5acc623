package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A page with little text is an article when it frames one dated story (a news brief, a photo
 * with its caption); section, tag and error pages with as little text are not ({@link
 * PageJudge}, {@link StoryFrame}).
 */
class ShortStoryTest {

    private static final String SITE = "صحيفة الواحة";
    private static final String HEADLINE = "افتتاح جسر المشاة الجديد على طريق الملك فهد";
    private static final String BRIEF = "افتتحت أمانة المنطقة جسرا جديدا للمشاة فوق طريق الملك فهد قرب المستشفى التخصصي، "
            + "بطول ستين مترا ومزودا بمصاعد لكبار السن.";
    private static final String TIME = "<time datetime=\"2025-10-02T10:30:00+03:00\">الخميس 2 أكتوبر 2025</time>";

    private final Extractor extractor = new Extractor();

    private Extraction extract(String head, String body) {
        String html = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>" + HEADLINE
                + " | " + SITE + "</title>" + head + "</head><body><header class=\"masthead\"><a href=\"/\">" + SITE
                + "</a></header><main>" + body + "</main><footer>جميع الحقوق محفوظة</footer></body></html>";
        return extractor.extract(new ExtractionInput(URI.create("https://alwaha.example/news/1"),
                html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", SITE, ZoneId.of("Asia/Riyadh"),
                Instant.parse("2025-10-03T08:00:00Z")));
    }

    private static String story(String meta, String body) {
        return story(HEADLINE, meta, body);
    }

    private static String story(String headline, String meta, String body) {
        return "<article class=\"story\"><h1>" + headline + "</h1><div class=\"post-meta\">" + meta + "</div>"
                + "<div class=\"body\">" + body + "</div></article>";
    }

    @Test
    void aOneParagraphBriefWithHeadlineAndTimeInItsArticleIsAnArticle() {
        Extraction e = extract("", story("<span class=\"author\">سعد القرني</span> " + TIME, "<p>" + BRIEF + "</p>"));

        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
        assertThat(e.article().title()).isEqualTo(HEADLINE);
        assertThat(e.article().paragraphs()).containsExactly(BRIEF);
        assertThat(e.article().authors()).containsExactly("سعد القرني");
        assertThat(e.article().publishedAt()).hasToString("2025-10-02T10:30+03:00");
    }

    @Test
    void aBodyOfAFewWordsUnderTheDateLineIsTheStory() {
        // No run of 25 characters in the headline or the body: the finder alone takes the date line.
        Extraction e = extract("<meta property=\"og:title\" content=\"جسر للمشاة\">", story("جسر للمشاة", "<span class=\"author\">قسم التصوير</span> " + TIME,
                "<p>المهندس فهد القحطاني</p>"));

        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
        assertThat(e.article().title()).isEqualTo("جسر للمشاة");
        assertThat(e.article().paragraphs()).containsExactly("المهندس فهد القحطاني");
    }

    @Test
    void aPhotoStoryWhoseOnlyTextIsItsCaptionHasTheCaptionAsBody() {
        Extraction e = extract("", story(TIME, "<figure><img src=\"/p/1.jpg\" alt=\"\"><figcaption>ريم العنزي وسلطان المطيري"
                + "</figcaption></figure>"));

        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
        assertThat(e.article().paragraphs()).containsExactly("ريم العنزي وسلطان المطيري");
    }

    @Test
    void aCaptionUnderAPhotoOfAStoryWithTextIsStillLeftOut() {
        Extraction e = extract("", story(TIME, "<figure><img src=\"/p/1.jpg\" alt=\"\"><figcaption>صورة أرشيفية للجسر"
                + "</figcaption></figure><p>" + BRIEF + "</p>"));

        assertThat(e.article().paragraphs()).containsExactly(BRIEF);
    }

    @Test
    void aBriefDescribedByJsonLdWithItsDateIsAnArticleWithoutAnArticleElement() {
        String jsonLd = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"" + HEADLINE + "\",\"datePublished\":\"2025-10-02T10:30:00+03:00\"}</script>";
        Extraction e = extract(jsonLd, "<div class=\"news\"><h1>" + HEADLINE + "</h1><p>" + BRIEF + "</p></div>");

        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
        assertThat(e.article().paragraphs()).containsExactly(BRIEF);
    }

    @Test
    void ogTypeArticleWithAPublishedTimeDoesNotMakeAShortPageAStory() {
        // What some CMSs print on every page, shop and listing pages included.
        String og = "<meta property=\"og:type\" content=\"article\">"
                + "<meta property=\"article:published_time\" content=\"2025-10-02T10:30:00+03:00\">";
        Extraction e = extract(og, "<div class=\"news\"><h1>" + HEADLINE + "</h1><p>" + BRIEF + "</p></div>");

        assertThat(e.status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
        assertThat(e.reason()).startsWith("too little text");
    }

    @Test
    void anUndatedShortPageInAnArticleElementIsNotAnArticle() {
        // A 404 or login page that the theme sets in an <article> like every page.
        Extraction e = extract("<meta property=\"og:type\" content=\"article\">", "<article class=\"page\"><h1>عذرا، الصفحة غير موجودة"
                + "</h1><p>ربما نقلت الصفحة أو تغير رابطها، ويمكنك البحث عما تريد من خلال مربع البحث في أعلى الصفحة.</p></article>");

        assertThat(e.status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
        assertThat(e.reason()).startsWith("too little text");
    }

    @Test
    void aTimeOutsideTheArticleDoesNotDateIt() {
        // The date of today in the top bar of every page.
        Extraction e = extract("", "<div class=\"topbar\">" + TIME + "</div><article class=\"page\"><h1>عذرا، الصفحة غير موجودة"
                + "</h1><p>ربما نقلت الصفحة أو تغير رابطها، ويمكنك البحث عما تريد من خلال مربع البحث في أعلى الصفحة.</p></article>");

        assertThat(e.status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
    }

    @Test
    void aDatedArticleThatListsOtherStoriesUnderHeadlineLinksIsNotABrief() {
        // A tag page whose theme wraps the whole list in one <article>.
        String items = "<div class=\"item\"><a href=\"/news/7\">ارتفاع صادرات التمور في الربع الثالث</a> " + TIME + "</div>"
                + "<div class=\"item\"><a href=\"/news/8\">مهرجان بريدة يختتم موسمه بمزاد كبير</a> " + TIME + "</div>";
        Extraction e = extract("", "<article class=\"archive\"><h1>وسم: التمور</h1><p>كل ما نشر عن التمور.</p>" + items + "</article>");

        assertThat(e.status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
    }

    @Test
    void cardsThatAreArticlesWithHeadlinesOfTheirOwnFrameNoStory() {
        Document doc = Jsoup.parse("<main><article class=card><h1><a href=/1>أول خبر في القسم</a></h1>" + TIME + "</article>"
                + "<article class=card><h1><a href=/2>ثاني خبر في القسم</a></h1>" + TIME + "</article></main>");

        StoryFrame frame = StoryFrame.of(MetadataReader.read(doc, SITE));

        assertThat(frame.headline()).isNull();
        assertThat(frame.frame()).isNull();
    }

    @Test
    void theFinderMissesTheBodyWhenItFindsNothingOrALineInTheFrame() {
        Document doc = Jsoup.parse(story("<span>قسم التصوير</span> " + TIME, "<p>المهندس فهد القحطاني</p>"));
        StoryFrame story = StoryFrame.of(MetadataReader.read(doc, SITE));
        Element dateLine = doc.selectFirst(".post-meta");
        Element body = doc.selectFirst(".body");

        assertThat(story.bodyMissedBy(null)).isTrue();
        assertThat(story.bodyMissedBy(new MainContentFinder.Result(List.of(dateLine), dateLine, 0, 30))).isTrue();
        body.appendElement("p").text(BRIEF);
        assertThat(story.bodyMissedBy(new MainContentFinder.Result(List.of(body), body, 0, 140))).isFalse();
        assertThat(StoryFrame.of(MetadataReader.read(Jsoup.parse("<h1>" + HEADLINE + "</h1>"), SITE)).bodyMissedBy(null))
                .as("no frame").isFalse();
    }

    @Test
    void aLogoSetAsAnH1IsNotTheHeadline() {
        Document doc = Jsoup.parse("<header><h1><a href=/>" + SITE + "</a></h1></header><article><h1>" + HEADLINE + "</h1>"
                + TIME + "<p>" + BRIEF + "</p></article>");

        StoryFrame frame = StoryFrame.of(MetadataReader.read(doc, SITE));

        assertThat(frame.headline().text()).isEqualTo(HEADLINE);
        assertThat(frame.frame().normalName()).isEqualTo("article");
    }

    @Test
    void aDateLineThatAddsOnlyTheBylineIsNotBodyText() {
        // The byline is longer than the few words a date line may add ("نشر في", a source's name).
        String byline = "الرياض - عبدالله بن سعيد الغامدي";
        String longStory = ("<p>" + BRIEF + " وقال المتحدث باسم الأمانة إن الجسر جزء من خطة تشمل ثمانية جسور أخرى.</p>").repeat(3);
        Extraction e = extract("", "<article><h1>" + HEADLINE + "</h1><div class=\"story-body\"><p><span class=\"byline\">"
                + byline + "</span> " + TIME + "</p>" + longStory + "</div></article>");

        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
        assertThat(e.article().paragraphs()).hasSize(3).noneMatch(p -> p.contains("الغامدي"));
        assertThat(e.article().publishedAt()).hasToString("2025-10-02T10:30+03:00");
    }
}
