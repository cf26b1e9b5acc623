package org.akhbar.scraper.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionPageParserTest {
    private final SectionPageParser parser = new SectionPageParser();

    @Test
    void keepsArticleLinksOfTheSectionAreaOnly() {
        String html = """
                <html><head><meta charset="windows-1256"><title>أخبار محلية</title></head><body>
                <a href="/qadim/">الرئيسية</a>
                <a href="/qadim/section/local.html">محليات</a>
                <a href="/qadim/section/sport.html">رياضة</a>
                <a href="../news/tahliya.html">محطة تحلية جديدة</a>
                <a href="/qadim/news/harr.html?utm_source=section">موجة حر</a>
                <a href="/qadim/news/harr.html">موجة حر مكرر</a>
                <a href="/qadim/tag/mayah.html">وسم المياه</a>
                <a href="/qadim/img/photo.jpg">صورة</a>
                <a href="/wadi/2025/other.html">موقع آخر على نفس الخادم</a>
                <a href="http://elsewhere.example.org/qadim/news/x.html">موقع خارجي</a>
                <a href="mailto:desk@old.example.sy">راسلنا</a>
                </body></html>
                """;
        Discovery d = parser.parse(html.getBytes(Charset.forName("windows-1256")), "text/html",
                URI.create("http://old.example.sy/qadim/section/local.html"));

        assertThat(d.links()).extracting(l -> l.url().toString()).containsExactly(
                "http://old.example.sy/qadim/news/tahliya.html", "http://old.example.sy/qadim/news/harr.html");
    }

    // section | link | is it an article candidate?
    @ParameterizedTest(name = "{1} from {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            http://h.ma/news/                 | http://h.ma/news/2025/port.html     | true
            http://h.ma/news/                 | http://h.ma/news/                   | false
            http://h.ma/news/                 | http://h.ma/about.html              | false
            http://h.ma/news/                 | http://h.ma/news/style.css          | false
            http://h.ma/news/                 | http://h.ma/news/page/2             | false
            http://h.ma/news/                 | http://h.ma:8080/news/2025/port.html| false
            http://h.ma/                      | http://h.ma/port-expansion          | true
            http://h.ma/                      | http://h.ma/category/sport/         | false
            http://h.ma/site/section/a.html   | http://h.ma/site/2025/b.html        | true
            http://h.ma/site/section/a.html   | http://h.ma/other/2025/b.html       | false
            http://h.ma/site/section/a.html   | http://h.ma/site/index.html         | false
            """)
    void articleLinkRule(String section, String link, boolean expected) {
        assertThat(SectionPageParser.looksLikeArticle(URI.create(section), URI.create(link))).isEqualTo(expected);
    }
}
