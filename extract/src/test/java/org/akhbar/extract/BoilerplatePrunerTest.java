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
    void keepsAWidgetThatHoldsTheArticleBodyAmongOtherItemProperties() {
        assertThat(pruned("<div class=\"widget Blog\"><h3 class=\"post-title\">رحلة إلى الواحة</h3>"
                + "<div class=\"post-body\" itemprop=\"description articleBody\"><p>نص التدوينة</p></div></div>"
                + "<div class=\"widget BlogArchive\"><a href=\"/2024\">الأرشيف</a></div>"))
                .isEqualTo("رحلة إلى الواحة نص التدوينة");
    }

    @Test
    void keepsAPageBuildersTextEditorWidgetThoughItsClassSaysWidget() {
        assertThat(pruned("<div class=\"panel-grid-cell\"><div class=\"so-panel widget widget_sow-editor\">"
                + "<p>أسعار خدمات الكهرباء في المدينة</p></div></div>"
                + "<div class=\"widget widget_recent_entries\"><ul><li>أحدث المقالات</li></ul></div>"))
                .isEqualTo("أسعار خدمات الكهرباء في المدينة");
        assertThat(ClassHints.isFurniture("widget editor-picks", "")).isTrue();
    }

    @Test
    void keepsASubheadingWhoseClassCallsItAHeaderButNotOtherFurnitureHeadings() {
        assertThat(pruned("<div class=\"site-header\">الشعار</div><p>مقدمة المقال</p>"
                + "<h2 class=\"header-anchor-post\">ما الذي تغير؟</h2><p>نص الفقرة</p>"
                + "<h3 class=\"et_pb_module_header\">الخطوة الأولى</h3>"
                + "<h3 class=\"related-posts-header\">مقالات ذات صلة</h3><div class=\"header\">قائمة</div>"))
                .isEqualTo("مقدمة المقال ما الذي تغير؟ نص الفقرة الخطوة الأولى");
    }

    @Test
    void aGridNamedAfterItsColumnsIsNoSidebarButItsSidebarColumnIs() {
        assertThat(pruned("<div class=\"content-main-sidebar\"><div class=\"content-main\"><p>نص المقال</p></div>"
                + "<div class=\"content-sidebar\">الأكثر قراءة</div></div>"
                + "<div class=\"grid-toc-content-sidebar\"><p>تتمة المقال</p></div><div class=\"main-sidebar\">روابط</div>"))
                .isEqualTo("نص المقال تتمة المقال");
    }

    @Test
    void anAdSlotGoesWhileSmallButNotWhenItSwallowedTheStory() {
        // The slot's markup was left open: the parser puts the rest of the story inside it.
        assertThat(pruned("<div class=\"story-body\"><p>الفقرة الأولى من القصة</p><div class=\"ad-container\">"
                + "<div id=\"slot-1\"></div><p>الفقرة الثانية من القصة</p><p>الفقرة الثالثة</p></div></div>"
                + "<div class=\"ad-container\">إعلان</div><div class=\"ads\"><span>إعلان ممول</span></div>"))
                .isEqualTo("الفقرة الأولى من القصة الفقرة الثانية من القصة الفقرة الثالثة");
    }

    @Test
    void aSubheadingIsJudgedByItsClassNotByTheAnchorItsWordsMakeItsId() {
        assertThat(pruned("<p>مقدمة الدليل</p><h2 id=\"what-is-social-media-marketing\">ما التسويق عبر وسائل التواصل؟</h2>"
                + "<p>نص الفقرة</p><h3 id=\"x\" class=\"widget-title\">الأكثر قراءة</h3><div id=\"social-links\">روابط</div>"))
                .isEqualTo("مقدمة الدليل ما التسويق عبر وسائل التواصل؟ نص الفقرة");
    }

    @Test
    void keepsAFormThatWrapsTheWholePage() {
        assertThat(pruned("<form id=\"aspnetForm\"><div><p>نص المقال</p></div></form>")).isEqualTo("نص المقال");
    }

    @Test
    void keepsAPageWideFormWithoutParagraphsWhenItHoldsTheArticle() {
        assertThat(pruned("<form id=\"aspnetForm\"><div itemprop=\"articleBody\"><div>سطر أول<br><br>سطر ثان</div></div></form>"))
                .isEqualTo("سطر أول سطر ثان");
        assertThat(pruned("<p>نص</p><form><span>بحث في الموقع</span></form>")).isEqualTo("نص");
    }

    @Test
    void removesElementsHiddenByAFrameworkClassUnlessAnotherClassShowsThem() {
        assertThat(pruned("<p>ظاهر</p><span class=\"d-none\">مخفي</span><div class=\"u-hide\">مخفي</div>"
                + "<div class=\"d-none d-md-block\">للحواسيب</div>")).isEqualTo("ظاهر للحواسيب");
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
    void aCamelCaseJointSeparatesAFurnitureWordButNeverMakesAnArticleWord() {
        assertThat(ClassHints.isFurniture("imgCaption", "")).isTrue();
        assertThat(ClassHints.isFurniture("newsTags", "")).isTrue();
        assertThat(ClassHints.weight("imgCaption", "")).isNegative();
        assertThat(ClassHints.isFurniture("imgcaption", "")).isFalse();
        assertThat(ClassHints.weight("bottomOfArticle", "")).isZero();
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

    @Test
    void aFurnitureWordEndingAClassNameOutweighsTheArticleWordBeforeIt() {
        assertThat(ClassHints.isFurniture("story_details_tags u-width100", "")).isTrue();
        assertThat(ClassHints.isFurniture("article-comments-list", "")).isTrue();
        assertThat(ClassHints.isFurniture("news_details_prev_next", "")).isTrue();
        assertThat(ClassHints.isFurniture("content-with-sidebar-wrp", "")).isFalse();
        assertThat(ClassHints.isFurniture("builder-widget-container", "")).isFalse();
        assertThat(ClassHints.isFurniture("PageBuilder-pageRow", "")).isFalse();
        assertThat(ClassHints.isFurniture("widget widget_recent_entries", "")).isTrue();
        assertThat(ClassHints.isFurniture("pager", "")).isTrue();
        assertThat(ClassHints.isFurniture("entry-content has-sidebar", "")).isFalse();
        assertThat(ClassHints.isFurniture("article-body", "")).isFalse();
    }

    @Test
    void anAdMarkerOutweighsAnArticleWordOnASmallElement() {
        assertThat(pruned("<div class=\"entry-content\"><p>الفقرة الأولى</p><div class=\"ad-slot in-article\">in article native</div>"
                + "<p>الفقرة الثانية</p><div id=\"sponsored-content-box\">محتوى ممول</div></div>"))
                .isEqualTo("الفقرة الأولى الفقرة الثانية");
        assertThat(ClassHints.isAdMarked("ad-slot in-article", "")).isTrue();
        assertThat(ClassHints.isAdMarked("adsbygoogle", "")).isTrue();
        assertThat(ClassHints.isAdMarked("download-link shadow", "")).isFalse();
    }

    @Test
    void aWrapperMarkedAsCarryingAdsKeepsTheArticleItHolds() {
        assertThat(pruned("<div class=\"post-content has-ads\"><p>نص المقال كاملا</p></div>")).isEqualTo("نص المقال كاملا");
        String longText = "وقال المسؤول إن المشروع سيوفر مئات فرص العمل، وسيساهم في تنمية المنطقة. ".repeat(6).strip();
        assertThat(pruned("<div class=\"post-content has-ads\"><div>" + longText + "</div></div>")).isEqualTo(longText);
    }

    @Test
    void anUnclosedAnchorThatSwallowedThePageIsUnwrappedAndItsContentKept() {
        Document doc = Jsoup.parse("<body><div><a href=\"/x\">جهات</div><table><tr><td><p>الفقرة الأولى</p><p>الفقرة الثانية</p>"
                + "</td></tr></table></body>");
        BoilerplatePruner.prune(doc.body());
        assertThat(doc.body().select("a:has(table)")).isEmpty();
        assertThat(doc.body().select("p")).extracting(org.jsoup.nodes.Element::text).containsExactly("الفقرة الأولى", "الفقرة الثانية");
        assertThat(doc.body().select("p").first().closest("a")).isNull();
    }

    @Test
    void anOrdinaryLinkIsNotStructural() {
        Document doc = Jsoup.parse("<body><p><a href=\"/x\"><b>خبر</b> آخر</a></p><a href=\"/y\"><div><h3>عنوان</h3><p>مقتطف</p></div></a></body>");
        assertThat(doc.select("a")).noneMatch(BoilerplatePruner::isStructuralLink);
    }
}
