package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphFilterTest {

    private static final String PROSE = "وأكد المتحدث أن الأشغال ستنتهي قبل نهاية السنة، وأن الطريق الجديدة ستختصر المسافة بين المدينتين.";

    private static Paragraph text(String t) {
        return new Paragraph(t, 0, Paragraph.Kind.TEXT);
    }

    private static Paragraph link(String t) {
        return new Paragraph(t, t.length(), Paragraph.Kind.LIST_ITEM);
    }

    private static List<String> filter(String title, Paragraph... ps) {
        return ParagraphFilter.filter(List.of(ps), title).stream().map(Paragraph::text).toList();
    }

    private static Paragraph linkedHeading(String t) {
        return new Paragraph(t, t.length(), Paragraph.Kind.HEADING);
    }

    @Test
    void aLinkedHeadingOverProseIsAnEntryTitleAndStays() {
        assertThat(filter(null, text(PROSE), linkedHeading("3. فندق الريحان"), text(PROSE + " ثالثا"),
                linkedHeading("4. دار الياسمين"), text(PROSE + " رابعا")))
                .containsExactly(PROSE, "3. فندق الريحان", PROSE + " ثالثا", "4. دار الياسمين", PROSE + " رابعا");
    }

    @Test
    void aLinkedHeadingOverBulletPointsOrAShortLineOfItsOwnIsASectionTitleAndStays() {
        Paragraph point = new Paragraph("الاهتمام الشخصي: اختر الآلة التي تحبها.", 0, Paragraph.Kind.LIST_ITEM);
        assertThat(filter(null, text(PROSE), linkedHeading("عوامل يجب مراعاتها"), point,
                linkedHeading("معرض الكتاب الدولي"), text("الرباط، المغرب - 16 مارس")))
                .containsExactly(PROSE, "عوامل يجب مراعاتها", point.text(), "معرض الكتاب الدولي", "الرباط، المغرب - 16 مارس");
    }

    @Test
    void aLinkedHeadingOverAOneLineBlurbOrOverLinksStillGoes() {
        assertThat(filter(null, text(PROSE), linkedHeading("خبر آخر في الموقع"), text("ملخص في سطر."),
                linkedHeading("خبر ثالث في الموقع"), link("رابط إلى خبر رابع في الموقع")))
                .containsExactly(PROSE, "ملخص في سطر.");
    }

    private static Paragraph linkedItem(String t, int list) {
        return new Paragraph(t, t.length(), Paragraph.Kind.LIST_ITEM, false, list);
    }

    private static Paragraph plainItem(String t, int list) {
        return new Paragraph(t, 0, Paragraph.Kind.LIST_ITEM, false, list);
    }

    @Test
    void theLinkedItemsOfAListWhoseOtherItemsArePlainTextStay() {
        // A packing checklist: the gear it sells is linked, the rest is not.
        assertThat(filter(null, text(PROSE), linkedItem("خيمة", 1), plainItem("أوتاد الخيمة", 1), linkedItem("حقيبة ظهر", 1),
                linkedItem("كيس نوم", 1), linkedItem("مصباح رأس", 1), text(PROSE + " ثانية")))
                .containsExactly(PROSE, "خيمة", "أوتاد الخيمة", "حقيبة ظهر", "كيس نوم", "مصباح رأس", PROSE + " ثانية");
    }

    @Test
    void aTagListOrShareBarWhoseLabelIsAnItemStillGoes() {
        assertThat(filter(null, text(PROSE), plainItem("الوسوم:", 1), linkedItem("الرياضة", 1), linkedItem("كرة القدم", 1),
                plainItem("شارك", 2), linkedItem("فيسبوك", 2), linkedItem("واتساب", 2), text(PROSE + " ثانية")))
                .containsExactly(PROSE, PROSE + " ثانية");
    }

    @Test
    void aListOfLinksBesideAMixedListStillGoes() {
        // The plain items of the article's list do not vouch for the related list after it.
        assertThat(filter(null, text(PROSE), linkedItem("خيمة", 1), plainItem("أوتاد الخيمة", 1),
                linkedItem("كيف تختار خيمتك الأولى", 2), linkedItem("أفضل المسارات في الجبال", 2), linkedItem("دليل التخييم الشتوي", 2),
                linkedItem("عشر نصائح للمبتدئين", 2), linkedItem("ماذا تحمل في رحلة يومين", 2)))
                .containsExactly(PROSE, "خيمة", "أوتاد الخيمة");
    }

    @Test
    void theLinksOfAListASentenceOfTheStoryIntroducesStay() {
        String lead = "ولم تدخل هذه الشركات قائمتنا الأولى، لكنها تستحق أن تنظر فيها أيضا:";
        assertThat(filter(null, text(PROSE), text(lead), linkedItem("شركة النقل السريع", 1), linkedItem("مؤسسة الأمانة للنقل", 1),
                linkedItem("نقليات الشمال", 1), text(PROSE + " ثانية")))
                .containsExactly(PROSE, lead, "شركة النقل السريع", "مؤسسة الأمانة للنقل", "نقليات الشمال", PROSE + " ثانية");
    }

    @Test
    void theLinkedLinesASubheadingEndingInAColonAnnouncesStay() {
        String links = "قائمة معرض الكتاب • قائمة النقاد • قائمة المكتبات العامة";
        Paragraph linkedLine = new Paragraph(links, links.length() - 4, Paragraph.Kind.TEXT);
        assertThat(filter(null, text(PROSE), heading("القوائم التي اعتمدناها:"), linkedLine, text(PROSE + " ثانية")))
                .containsExactly(PROSE, "القوائم التي اعتمدناها:", links, PROSE + " ثانية");
    }

    @Test
    void aLeadInThatSpeaksOfRelatedPagesDoesNotSaveTheirLinks() {
        String lead = "وإليك مجموعة من المواضيع التي قد يهمك أيضا الاطلاع عليها في الموقع:";
        assertThat(filter(null, text(PROSE), text(lead), linkedItem("خبر آخر في الموقع", 1), linkedItem("خبر ثالث في الموقع", 1)))
                .containsExactly(PROSE, lead);
    }

    @Test
    void aFurnitureLineEndingInAColonSavesNoLinks() {
        assertThat(filter(null, text(PROSE), text("تابعونا على حساباتنا في مواقع التواصل الاجتماعي عبر الروابط التالية:"),
                linkedItem("فيسبوك", 1), linkedItem("إنستغرام", 1), linkedItem("يوتيوب", 1)))
                .containsExactly(PROSE);
    }

    @Test
    void aListOfLinksUnderALabelOrAfterPlainProseStillGoes() {
        assertThat(filter(null, text(PROSE), text("روابط:"), linkedItem("شركة النقل السريع", 1), linkedItem("نقليات الشمال", 1),
                text(PROSE + " ثانية"), linkedItem("خبر آخر في الموقع", 2), linkedItem("خبر ثالث في الموقع", 2)))
                .containsExactly(PROSE, "روابط:", PROSE + " ثانية");
    }

    @Test
    void aLongParagraphThatNamesCookiesOrCopyrightIsProseAndStays() {
        String cookies = "وأوضح الباحثون أن المتصفح لا يرسل ملفات تعريف الارتباط الخاصة بموقع آخر إلا إذا طلبها الطلب صراحة،"
                + " وأن البرامج النصية لا تستطيع قراءتها، وهو ما يحمي جلسة المستخدم حتى في صفحة تحمل شيفرات من مصادر كثيرة.";
        String copyright = "The company sued over copyright infringement in the commercial court, seeking damages for the use"
                + " of its works to train the models without permission, while the other side argued that local law allows it.";
        assertThat(filter(null, text(PROSE), text(cookies), text(copyright))).containsExactly(PROSE, cookies, copyright);
    }

    @Test
    void aLongCookieBannerOrCopyrightNoticeStillGoes() {
        String banner = "We use cookies to give you the best experience on our website, to show you content that suits you and"
                + " to measure our audience. By continuing to browse the site you agree to our use of cookies. Manage settings.";
        String notice = "جريدة المساء 2025. جميع الحقوق محفوظة. لا يجوز نشر هذه المادة أو إعادة كتابتها أو توزيعها كليا أو"
                + " جزئيا دون إذن مكتوب من إدارة التحرير، ويتعرض المخالف للمساءلة القانونية وفق القانون المعمول به في البلاد.";
        assertThat(filter(null, text(PROSE), text(banner), text(notice))).containsExactly(PROSE);
    }

    @Test
    void aLineOpeningWithHomeThatLinksNothingIsNoBreadcrumbButALinkedTrailStillGoes() {
        String sentence = "الرئيسية في خطة الوزارة هي الطرق الريفية، وستبدأ الأشغال في 2025/2026 حسب المصدر.";
        String trail = "الرئيسية » اقتصاد » أسواق";
        Paragraph linkedTrail = new Paragraph(trail, "الرئيسية".length() + "اقتصاد".length(), Paragraph.Kind.TEXT);
        assertThat(filter(null, text(PROSE), text(sentence), linkedTrail)).containsExactly(PROSE, sentence);
    }

    @Test
    void aCommentsHeadingEndsTheArticle() {
        assertThat(filter(null, text(PROSE), text("تعليقات الزوار"), text("تعليق طويل من زائر يقول فيه رأيه في الموضوع، ويضيف تفاصيل."))).containsExactly(PROSE);
    }

    @Test
    void aCommentPolicyNoticeBelowTheArticleEndsIt() {
        assertThat(filter(null, text(PROSE), text(PROSE + " ثانية"),
                text("الآراء الواردة أدناه لا تعبر عن رأي الموقع بل عن آراء أصحابها."), text("سعيد: تعليق قصير من زائر على الخبر.")))
                .containsExactly(PROSE, PROSE + " ثانية");
    }

    @Test
    void aDisclaimerAboveTheArticleIsDroppedButDoesNotEndIt() {
        assertThat(filter(null, text("هذا المقال يعبر عن رأي كاتبه."), text(PROSE), text(PROSE + " ثانية")))
                .containsExactly(PROSE, PROSE + " ثانية");
    }

    @Test
    void aSeeAlsoHeadingGoesWithTheLinksUnderItUntilProseResumes() {
        assertThat(filter(null, text(PROSE), text("شاهد أيضا"), link("خبر مرتبط أول"), link("خبر مرتبط ثان"), text(PROSE + " ثانية")))
                .containsExactly(PROSE, PROSE + " ثانية");
    }

    @Test
    void anInlineReadAlsoLineThatIsMostlyALinkGoes() {
        String line = "اقرأ أيضا: ارتفاع أسعار المحروقات في المدن";
        Paragraph p = new Paragraph(line, line.length() - 11, Paragraph.Kind.TEXT);
        assertThat(filter(null, text(PROSE), p, text(PROSE))).containsExactly(PROSE, PROSE);
    }

    @Test
    void adLabelsShareBarsCookieNoticesAndLoadingWidgetsGo() {
        assertThat(filter(null, text("afterheader desktop"), text(PROSE), text("شارك: Facebook Twitter WhatsApp"),
                text("جاري تحميل التعاليق..."), text("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك."), text("موافق")))
                .containsExactly(PROSE);
    }

    @Test
    void aRepeatOfTheTitleGoes() {
        assertThat(filter("عنوان المقال", text("عنوان  المقال"), text(PROSE))).containsExactly(PROSE);
    }

    @Test
    void aParagraphThatIsMostlyLinksGoesButOneWithAFewLinksStays() {
        Paragraph links = new Paragraph(PROSE, PROSE.length() * 7 / 10, Paragraph.Kind.TEXT);
        Paragraph someLinks = new Paragraph(PROSE, PROSE.length() / 5, Paragraph.Kind.TEXT);
        assertThat(filter(null, links, someLinks)).containsExactly(PROSE);
    }

    @Test
    void aShortLatinLabelWithoutPunctuationIsNoiseInAnArabicArticle() {
        assertThat(filter(null, text(PROSE), text("in article native"), text("after Header Mobile"), text(PROSE + " ثانية")))
                .containsExactly(PROSE, PROSE + " ثانية");
    }

    @Test
    void latinTextWithSentencePunctuationOrInALatinArticleIsKept() {
        assertThat(filter(null, text(PROSE), text("\"We will rebuild.\""), text("2025"))).containsExactly(PROSE, "\"We will rebuild.\"", "2025");
        String french = "Le forum régional sur l'énergie éolienne s'est ouvert hier à Dakhla, en présence des élus.";
        assertThat(filter(null, text(french), text("Conseil régional"))).containsExactly(french, "Conseil régional");
        assertThat(ParagraphFilter.isLatinNoise("afterheader desktop")).isTrue();
        assertThat(ParagraphFilter.isLatinNoise("مساحة in article")).isFalse();
    }

    @Test
    void aSourceCreditClosingTheStoryGoesButOneAboveProseStays() {
        assertThat(filter(null, text(PROSE), text("المصدر: وكالة الأنباء"))).containsExactly(PROSE);
        assertThat(filter(null, text("المصدر: وكالة الأنباء"), text(PROSE))).containsExactly("المصدر: وكالة الأنباء", PROSE);
    }

    @Test
    void aSourceCreditFollowedOnlyByASignatureStillGoes() {
        assertThat(filter(null, text(PROSE), text("المصدر: وكالة الأنباء"), text("بقلم/ جاد حداد")))
                .containsExactly(PROSE, "بقلم/ جاد حداد");
    }

    @Test
    void photoCreditsGoWhereverTheyStand() {
        assertThat(filter(null, text("Photo: Jane Roe, AP"), text(PROSE), text("(Image credit: Harbour Archive)"), text(PROSE),
                text("John Doe | Bloomberg | Getty Images"), text("الصورة: أرشيف الجريدة"), text("Getty Images")))
                .containsExactly(PROSE, PROSE);
    }

    @Test
    void aHyphenatedHeadingOrASentenceEndingWithAnAgencyIsNoPhotoCredit() {
        String prose = "The harbour council voted to delay the sea wall, and engineers were asked for a cheaper design.";
        String sentence = "The figures were first published by Reuters.";
        assertThat(filter(null, text("Picture-in-Picture"), text(prose), text(sentence), text("Talks with AP")))
                .containsExactly("Picture-in-Picture", prose, sentence, "Talks with AP");
    }

    private static final String ENGLISH = "The harbour council voted to delay the sea wall, and engineers were asked for a cheaper design.";

    private static Paragraph heading(String t) {
        return new Paragraph(t, 0, Paragraph.Kind.HEADING);
    }

    @Test
    void aShortHeadingOpeningWithARelatedPhraseTakesTheHeadlinesUnderItUntilProseResumes() {
        assertThat(filter(null, text(ENGLISH), heading("More from the Coast"), link("Ferry fares rise again"),
                heading("Storm closes the port"), text(ENGLISH)))
                .containsExactly(ENGLISH, ENGLISH);
    }

    @Test
    void teaserBlurbsEndingWithReadMoreUnderARelatedHeadingAreNoResumingProse() {
        String blurb = "Learn how the harbour council chose its new sea wall, and what it will cost the town. Read more";
        assertThat(filter(null, text(ENGLISH), heading("You May Also Enjoy"), link("The sea wall vote"), text(blurb),
                link("Ferry fares"), text(blurb)))
                .containsExactly(ENGLISH);
    }

    @Test
    void proseThatNamesANewsletterStaysButASignUpCallGoes() {
        String prose = "Twelve readers signed up for the harbour newsletter last week, more than in the whole spring. "
                + "Most of them came from the council's page on the sea wall, which the town has read closely since March.";
        String call = "Sign up for our newsletter to get the harbour news in your inbox every morning.";
        String promo = "Start the day with the Harbour Brief, the paper's morning letter read by every skipper in town. "
                + "Sign up for the free daily newsletter.";
        assertThat(filter(null, text(ENGLISH), text(prose), text(call), text(promo))).containsExactly(ENGLISH, prose);
    }

    @Test
    void aSingleSentenceThatNamesANewsletterInPassingStays() {
        String prose = "وقالت الكاتبة إن اثني عشر قارئا اشتركوا في النشرة البريدية للمجلة الأسبوع الماضي دون أن تصلهم أي رسالة.";
        String call = "Sign up for the harbour newsletter today!";
        assertThat(filter(null, text(ENGLISH), text(prose), text(call))).containsExactly(ENGLISH, prose);
    }

    @Test
    void aFormsConsentLineGoesButAStorySentenceOpeningLikeOneStays() {
        String consent = "بالضغط على زر الاشتراك فإنك توافق على تلقي رسائل من الموقع وعلى شروط الاستخدام.";
        String consentEn = "By signing up, you agree to receive recurring messages from the Harbour Deals team at the number provided.";
        String story = "By clicking the link in the fake message, dozens of users handed their passwords to the attackers.";
        assertThat(filter(null, text(ENGLISH), text(consent), text(consentEn), text(story))).containsExactly(ENGLISH, story);
    }

    @Test
    void aSentenceOpeningWithAWordThatOnlyBeginsLikeACallIsNoCall() {
        String prose = "The harbour newsletter reported the vote on the sea wall, which passed by two seats. "
                + "Joint patrols by the council and the coast guard start on the first of May, the letter said.";
        assertThat(filter(null, text(ENGLISH), text(prose))).containsExactly(ENGLISH, prose);
    }

    @Test
    void aRelatedLabelThatIsItselfALinkDoesNotSwallowTheListAfterIt() {
        Paragraph label = new Paragraph("Don't miss: the ferry timetable", 31, Paragraph.Kind.TEXT);
        assertThat(filter(null, text(ENGLISH), label, heading("Ferry Pass"), text("Valid on every crossing")))
                .containsExactly(ENGLISH, "Ferry Pass", "Valid on every crossing");
    }

    @Test
    void slideshowAndPageCountersGo() {
        assertThat(filter(null, text(ENGLISH), text("Image 2 of 5"), text("1 - 5 of 36"), text("الصورة 3 من 7"), text(ENGLISH)))
                .containsExactly(ENGLISH, ENGLISH);
    }

    @Test
    void contributorAndContactLinesCloseTheReportAndGo() {
        assertThat(filter(null, text(ENGLISH), text(ENGLISH), text("Jane Roe contributed to this report."),
                text("Reporting by John Doe; Editing by Mary Major"), text("Write to Jane Roe at jane@harbour.example")))
                .containsExactly(ENGLISH, ENGLISH);
    }

    @Test
    void aContactLineInsideTheBodyStays() {
        String inside = "Write to the council at its office if you object, the notice says.";
        assertThat(filter(null, text(ENGLISH), text(inside), text(ENGLISH), text(ENGLISH), text(ENGLISH)))
                .containsExactly(ENGLISH, inside, ENGLISH, ENGLISH, ENGLISH);
    }

    @Test
    void aPagerOrDividerWithoutLettersGoesButANumberedSentenceStays() {
        assertThat(filter(null, text(ENGLISH), text("<<"), text("2"), text("* * *"), text("3 ships left the port."), text(ENGLISH)))
                .containsExactly(ENGLISH, "3 ships left the port.", ENGLISH);
    }

    @Test
    void aShortLineRepeatedThreeTimesInARowIsAGalleryCaptionAndGoes() {
        String caption = "Storm over the harbour";
        assertThat(filter(null, text(ENGLISH), text(caption), text(caption), text(caption), text(caption), text(ENGLISH)))
                .containsExactly(ENGLISH, ENGLISH);
    }

    @Test
    void aCaptionSaidTwiceOrRepeatedApartStays() {
        String refrain = "Storm over the harbour";
        assertThat(filter(null, text(ENGLISH), text(refrain), text(refrain), text(ENGLISH), text(refrain)))
                .containsExactly(ENGLISH, refrain, refrain, ENGLISH, refrain);
    }

    @Test
    void aSentenceRepeatedInARowIsNoCaption() {
        assertThat(filter(null, text(ENGLISH), text(ENGLISH), text(ENGLISH))).containsExactly(ENGLISH, ENGLISH, ENGLISH);
    }

    @Test
    void aPortalsToolLineOfCountersAndLinksIsDropped() {
        assertThat(ParagraphFilter.isToolLine("عدد القراءات: 345 | نسخة للطباعة | أرسل لصديق | حجم الخط")).isTrue();
        assertThat(ParagraphFilter.isToolLine("قرأ هذا الخبر 2,104 مرة | نسخة للطباعة | أرسل الخبر لصديق | تكبير الخط")).isTrue();
        assertThat(ParagraphFilter.isToolLine("Print | Email | Share: | Font size A+ A-")).isTrue();
    }

    @Test
    void proseOrAShortPipedPairIsNoToolLine() {
        // Two parts: a caption or a title with its site name.
        assertThat(ParagraphFilter.isToolLine("الوزير في الموصل | تصوير علي حسن")).isFalse();
        // A part that is a sentence, or longer than a label.
        assertThat(ParagraphFilter.isToolLine("أولا | ثانيا | قال الوزير إن الخطة ستنفذ على ثلاث مراحل خلال العام المقبل")).isFalse();
        assertThat(ParagraphFilter.isToolLine("نعم | لا | ربما.")).isFalse();
        assertThat(ParagraphFilter.isToolLine("افتتحت المدرسة أبوابها صباح الأحد أمام الطالبات")).isFalse();
        // A quoted title, a parenthesis of shops.
        assertThat(ParagraphFilter.isToolLine("'Taylor Swift | The Eras Tour | The Final Show'")).isFalse();
        assertThat(ParagraphFilter.isToolLine("a large reusable bag (baggu | madetrade | amazon)")).isFalse();
    }

    @Test
    void onlyALineWithLinksInTextOrAListIsTakenForTools() {
        String line = "عدد القراءات: 345 | نسخة للطباعة | أرسل لصديق | حجم الخط";
        assertThat(ParagraphFilter.isToolLine(new Paragraph(line, 24, Paragraph.Kind.TEXT))).isTrue();
        // Figures without links: "In-State | $472 | Out-of-State | $472".
        assertThat(ParagraphFilter.isToolLine(new Paragraph(line, 0, Paragraph.Kind.TEXT))).isFalse();
        assertThat(ParagraphFilter.isToolLine(new Paragraph(line, 24, Paragraph.Kind.HEADING))).isFalse();
        assertThat(ParagraphFilter.isToolLine(new Paragraph(line, 24, Paragraph.Kind.TABLE_ROW))).isFalse();
    }

    @Test
    void theToolLineUnderTheStoryGoesAndTheStoryStays() {
        List<Paragraph> in = List.of(
                new Paragraph("افتتحت في مديرية المعافر صباح الأحد مدرسة جديدة للبنات تضم اثني عشر فصلا دراسيا.", 0, Paragraph.Kind.TEXT),
                new Paragraph("عدد القراءات: 345 | نسخة للطباعة | أرسل لصديق | حجم الخط + -", 30, Paragraph.Kind.TEXT));

        assertThat(ParagraphFilter.filter(in, null)).extracting(Paragraph::text).containsExactly(in.get(0).text());
    }

    @Test
    void theRowsOfADataTableStayThoughTheirCellsAreJoinedByBars() {
        List<Paragraph> in = List.of(
                new Paragraph("أعلنت الشركة جدول انقطاع الكهرباء في أحياء المدينة للأسبوع المقبل على النحو التالي.", 0, Paragraph.Kind.TEXT),
                new Paragraph("الحي | اليوم | الساعات", 0, Paragraph.Kind.TABLE_ROW),
                new Paragraph("النزهة | السبت | 8 - 12", 0, Paragraph.Kind.TABLE_ROW),
                new Paragraph("البارحة | الأحد | 10 - 14", 0, Paragraph.Kind.TABLE_ROW));

        assertThat(ParagraphFilter.filter(in, null)).hasSize(4);
    }
}
