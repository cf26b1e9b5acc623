package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageJudgeTest {

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
