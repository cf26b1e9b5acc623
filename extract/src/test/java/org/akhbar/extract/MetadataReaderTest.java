package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    private static PageMetadata read(String html) {
        Document doc = Jsoup.parse(html, "https://site.example/news/1");
        return MetadataReader.read(doc, "موقع المثال");
    }

    @Test
    void readsANewsArticleInsideAGraphAndResolvesAuthorReferences() {
        PageMetadata m = read("""
                <script type="application/ld+json">{"@graph":[
                 {"@type":"Person","@id":"#p1","name":"ليلى حسن"},
                 {"@type":"NewsArticle","headline":"عنوان الخبر","datePublished":"2024-01-02T10:00:00+02:00",
                  "dateModified":"2024-01-02T12:00:00+02:00","author":[{"@id":"#p1"},"سامي يوسف"],
                  "publisher":{"@type":"Organization","name":"دار النشر"},"articleBody":"نص المقال"}]}</script>""");
        assertThat(m.headlines()).containsExactly("عنوان الخبر");
        assertThat(m.published()).containsExactly("2024-01-02T10:00:00+02:00");
        assertThat(m.modified()).containsExactly("2024-01-02T12:00:00+02:00");
        assertThat(m.authors()).containsExactly("ليلى حسن", "سامي يوسف");
        assertThat(m.siteNames()).contains("موقع المثال", "دار النشر");
        assertThat(m.articleBody()).isEqualTo("نص المقال");
        assertThat(m.declaresArticle()).isTrue();
    }

    @Test
    void readsAnArrayOfObjectsAndAnAuthorObject() {
        PageMetadata m = read("""
                <script type="application/ld+json">[{"@type":"WebSite","name":"موقع آخر"},
                 {"@type":"ReportageNewsArticle","headline":"تقرير","author":{"@type":"Person","name":"منى"}}]</script>""");
        assertThat(m.headlines()).containsExactly("تقرير");
        assertThat(m.authors()).containsExactly("منى");
        assertThat(m.siteNames()).contains("موقع آخر");
    }

    @Test
    void ogTitleComesFirstAndATwiceEscapedJsonLdHeadlineIsUnescaped() {
        PageMetadata m = read("""
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"&quot;موسم الحصاد&quot; يبدأ مبكرا"}</script>
                <meta property="og:title" content="موسم الحصاد يبدأ مبكرا">""");
        assertThat(m.headlines()).containsExactly("موسم الحصاد يبدأ مبكرا", "\"موسم الحصاد\" يبدأ مبكرا");
    }

    @Test
    void malformedJsonLdIsSkippedAndTheRestStillRead() {
        PageMetadata m = read("""
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"مقطوع</script>
                <meta property="og:title" content="عنوان من og">
                <meta property="article:published_time" content="2024-01-02T10:00:00Z">""");
        assertThat(m.headlines()).containsExactly("عنوان من og");
        assertThat(m.published()).containsExactly("2024-01-02T10:00:00Z");
        assertThat(m.declaresArticle()).isFalse();
    }

    @Test
    void readsTheDateMetaTagsOfManyPublishingSystems() {
        for (String tag : new String[] {
            "<meta name=\"pubdate\" content=\"2024-01-02\">",
            "<meta name=\"DC.date.issued\" content=\"2024-01-02\">",
            "<meta name=\"parsely-pub-date\" content=\"2024-01-02\">",
            "<meta name=\"sailthru.date\" content=\"2024-01-02\">",
            "<meta itemprop=\"datePublished\" content=\"2024-01-02\">",
            "<span itemprop=\"datePublished\" content=\"2024-01-02\">2 يناير</span>",
        }) {
            assertThat(read(tag).published()).as(tag).containsExactly("2024-01-02");
        }
    }

    @Test
    void readsCanonicalFromLinkElseFromOgUrlResolvedAgainstThePage() {
        assertThat(read("<link rel=\"canonical\" href=\"/a/b\">").canonicalUrl()).isEqualTo("https://site.example/a/b");
        assertThat(read("<meta property=\"og:url\" content=\"/c\">").canonicalUrl()).isEqualTo("https://site.example/c");
        assertThat(read("<p>لا شيء</p>").canonicalUrl()).isNull();
    }

    @Test
    void readsThePrimaryLanguageSubtag() {
        assertThat(read("<html lang=\"ar-MA\"><body></body></html>").language()).isEqualTo("ar");
        assertThat(read("<html><head><meta property=\"og:locale\" content=\"fr_FR\"></head></html>").language()).isEqualTo("fr");
    }

    @Test
    void readsTheMetaAuthorAndBylineElements() {
        PageMetadata m = read("<meta name=\"author\" content=\"رشيد\"><span class=\"post-author\">بقلم: رشيد</span>");
        assertThat(m.authors()).containsExactly("رشيد");
        assertThat(m.bylines()).containsExactly("بقلم: رشيد");
    }
}
