package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BoilerplatePrunerTest {

    private static String pruned(String body) {
        Document doc = Jsoup.parse("<body>" + body + "</body>");
        BoilerplatePruner.prune(doc.body());
        return doc.body().text();
    }

    @Test
    void removesScriptsStylesFormsButtonsIframesAndCaptions() {
        assertThat(pruned("<p>نص</p><script>x()</script><style>p{}</style><noscript>n</noscript><iframe></iframe>"
                + "<form><input><button>أرسل</button></form><figure><img><figcaption>صورة</figcaption></figure>"))
                .isEqualTo("نص");
    }

    @Test
    void removesElementsWhoseClassNamesFurniture() {
        assertThat(pruned("<div class=\"content\"><p>نص المقال</p></div><div id=\"comments\">تعليق</div>"
                + "<div class=\"share-buttons\">شارك</div><div class=\"related-posts\">روابط</div>"
                + "<div class=\"cookie-banner\">كوكيز</div><div class=\"ad\">إعلان</div><ul class=\"menu\"><li>قائمة</li></ul>"))
                .isEqualTo("نص المقال");
    }

    @Test
    void keepsAWrapperWithAFurnitureClassWhenItHoldsTheHeadline() {
        assertThat(pruned("<div class=\"has-sidebar\"><h1>العنوان</h1><p>نص</p></div>")).isEqualTo("العنوان نص");
    }

    @Test
    void keepsAFormThatWrapsTheWholePage() {
        assertThat(pruned("<form id=\"aspnetForm\"><div><p>نص المقال</p></div></form>")).isEqualTo("نص المقال");
    }

    @Test
    void removesHiddenElements() {
        assertThat(pruned("<p>ظاهر</p><div style=\"display: none\">مخفي</div><div hidden>مخفي</div>")).isEqualTo("ظاهر");
    }

    @Test
    void classHintsMatchWordStartsNotSubstrings() {
        assertThat(ClassHints.weight("post-content", "")).isPositive();
        assertThat(ClassHints.weight("comments-area", "")).isNegative();
        assertThat(ClassHints.weight("ad-slot", "")).isNegative();
        assertThat(ClassHints.weight("download shadow", "")).isZero();
        assertThat(ClassHints.weight("entry-header", "")).isZero();
        assertThat(ClassHints.weight("", "")).isZero();
    }

    @Test
    void furnitureIsANegativeHintWithNoWordThatHoldsTheArticle() {
        assertThat(ClassHints.isFurniture("related-posts", "")).isTrue();
        assertThat(ClassHints.isFurniture("post-tags", "")).isTrue();
        assertThat(ClassHints.isFurniture("entry-header", "")).isFalse();
        assertThat(ClassHints.isFurniture("post-header", "")).isFalse();
        assertThat(ClassHints.isFurniture("site-header", "")).isTrue();
        assertThat(ClassHints.isFurniture("article-body", "")).isFalse();
        assertThat(ClassHints.isFurniture("", "sidebar")).isTrue();
    }
}
