package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.akhbar.extract.BoilerplatePhrases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplatePhrasesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            afterheader desktop                                   | AD_LABEL
            after Header Mobile                                   | AD_LABEL
            ADS                                                   | AD_LABEL
            إعلان                                                 | AD_LABEL
            Advertisement                                         | AD_LABEL
            جاري تحميل التعاليق...                                | COMMENTS
            تعليقات الزوار                                        | COMMENTS
            اترك تعليقاً                                          | COMMENTS
            Laisser un commentaire                                | COMMENTS
            شاهد أيضا                                             | RELATED
            إقرأ أيضاً: عنوان خبر آخر                              | RELATED
            اقرأ ايضا                                             | RELATED
            مقالات ذات صلة                                        | RELATED
            Read more                                             | RELATED
            À lire aussi                                          | RELATED
            شارك: Facebook Twitter WhatsApp                       | SHARE
            شارك المقال: فيسبوك تويتر واتساب                       | SHARE
            يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك   | COOKIE
            موافق                                                 | COOKIE
            We use cookies to improve your experience             | COOKIE
            الوسوم: الرياضة، كرة القدم                             | TAGS
            كلمات مفتاحية: اقتصاد                                  | TAGS
            اشترك في النشرة البريدية                               | NEWSLETTER
            الرئيسية » اقتصاد » أسواق                              | BREADCRUMB
            جميع الحقوق محفوظة                                    | COPYRIGHT
            نرحب بآرائكم، ويتولى فريقنا مراجعة التعليقات قبل نشرها  | COMMENT_POLICY
            الآراء الواردة أدناه لا تعبر عن رأي الموقع             | COMMENT_POLICY
            المقالات المنشورة تعبر عن رأي كاتبها                   | COMMENT_POLICY
            يرجى الالتزام بسياسة التعليقات                          | COMMENT_POLICY
            اطلع على سياسة التعليقات قبل المشاركة                   | COMMENT_POLICY
            The views expressed in the comments are not ours      | COMMENT_POLICY
            Opinions do not necessarily reflect the views of the publication | COMMENT_POLICY
            Les commentaires sont modérés avant publication       | COMMENT_POLICY
            Ces propos n'engagent que leurs auteurs               | COMMENT_POLICY
            تابعونا على تلغرام وإنستغرام                           | FOLLOW
            تابعوا آخر الأخبار عبر تطبيقنا على الهاتف              | FOLLOW
            لمتابعة آخر الأخبار اشترك في قناتنا على واتساب          | FOLLOW
            Follow us on X and Instagram                          | FOLLOW
            Suivez-nous sur les réseaux sociaux                   | FOLLOW
            """)
    void recognisesPageFurnitureInArabicFrenchAndEnglish(String text, Kind kind) {
        assertThat(BoilerplatePhrases.classify(text)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقال الوزير إن الحكومة ستواصل دعم الفلاحين في المناطق الجبلية
            تعليقات الوزير جاءت بعد الاجتماع مباشرة وأثارت جدلا واسعا في البرلمان
            المزيد من التفاصيل ستعلن لاحقا حسب المصدر
            Le ministre a annoncé un nouveau plan pour les agriculteurs
            The minister shared the plan with the parliament
            وتابعوا المباراة من المدرجات رغم الأمطار الغزيرة التي شهدتها المدينة
            Header
            """)
    void leavesArticleSentencesAlone(String text) {
        assertThat(BoilerplatePhrases.classify(text)).isIn(Kind.NONE, Kind.RELATED);
        if (!text.startsWith("المزيد")) {
            assertThat(BoilerplatePhrases.classify(text)).isEqualTo(Kind.NONE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (415) 861-5449
            2 - 1
            12 05 2024
            ad 300 250
            """)
    void aLineOfNumbersAloneIsNoAdSlotLabelButNumbersBesideSlotWordsAre(String text) {
        Kind expected = text.startsWith("ad") ? Kind.AD_LABEL : Kind.NONE;
        assertThat(BoilerplatePhrases.classify(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقال الوزير إن هذه التصريحات لا تعبر عن رأي الحكومة ولا عن موقفها الرسمي
            وأكد أن البيان لا يعبر بالضرورة عن رأي جميع الأعضاء في الحزب
            The minister said the remarks do not necessarily reflect government policy
            """)
    void aDisclaimerVerbAboutSomeoneOtherThanTheSiteIsASentence(String text) {
        assertThat(BoilerplatePhrases.classify(text)).isEqualTo(Kind.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            المصدر: وكالة الأنباء الجزائرية
            المصدر : وكالات
            المصـدر - رويترز
            مصدر الخبر: وكالة الأنباء الأردنية
            Source : AFP
            """)
    void aShortCreditWordWithASeparatorIsASourceCredit(String text) {
        assertThat(BoilerplatePhrases.isSourceCredit(text)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            المصدر أوضح أن الاجتماع سيعقد الأسبوع المقبل في العاصمة.
            وقال المصدر: إن الاتفاق سيوقع قريبا
            المصدريون يطالبون بتخفيض الرسوم الجمركية
            """)
    void aSentenceAboutASourceIsNotACredit(String text) {
        assertThat(BoilerplatePhrases.isSourceCredit(text)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aRelatedWordsLabelIsATagList() {
        assertThat(BoilerplatePhrases.classify("الكلمات المتعلقة : أسوان مياه الشرب")).isEqualTo(Kind.TAGS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tell us what YOU think...
            Join the conversation
            شاركنا رأيك
            Donnez votre avis
            """)
    void anInvitationToCommentOpensTheComments(String text) {
        assertThat(BoilerplatePhrases.isCommentsHeading(text)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            This slideshow requires JavaScript.
            Please enable JavaScript to view the gallery
            يرجى تفعيل جافا سكريبت لعرض الفيديو
            """)
    void aNoticeThatAScriptDidNotRunIsNoText(String text) {
        assertThat(BoilerplatePhrases.classify(text)).isEqualTo(Kind.SCRIPT_NOTICE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sharing is caring!
            Like this story? Share it with a friend!
            Text size
            حجم الخط
            8 min read
            3 دقائق قراءة
            """)
    void sharePromptsReadingToolsAndReadingTimesAreWidgetLabels(String text) {
        assertThat(BoilerplatePhrases.classify(text)).isEqualTo(Kind.SHARE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Share this view with the council, the mayor said on Monday.
            The meeting lasted 40 minutes and ended without a vote.
            """)
    void sentencesAboutSharingOrMinutesAreNoLabels(String text) {
        assertThat(BoilerplatePhrases.classify(text)).isEqualTo(Kind.NONE);
    }
}
