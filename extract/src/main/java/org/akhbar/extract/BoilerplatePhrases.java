package org.akhbar.extract;

import java.util.List;
import java.util.Set;

/**
 * Every phrase by which a site labels the parts of a page that are not the article, in
 * Arabic, French and English, kept in one place.
 *
 * <p>Phrases are stored in {@link TextNormalizer#forComparison} form and matched against text
 * in the same form, so "اقرأ أيضاً:" matches "اقرا ايضا" and "تعليقات الزوار" matches with
 * or without tatweel or diacritics. {@link #classify} says what a short text is; the callers
 * decide, with link ratio and length, whether to drop it.
 */
final class BoilerplatePhrases {

    /** The lists classify() looks for anywhere in a paragraph: one pass answers for all of them. */
    private static final PhraseSet.Family SCANNED_TOGETHER = new PhraseSet.Family();

    /** What a piece of text labels. */
    enum Kind { NONE, AD_LABEL, COMMENTS, COMMENT_POLICY, RELATED, SHARE, COOKIE, TAGS, NEWSLETTER, BREADCRUMB, COPYRIGHT, FOLLOW, IMAGE_CREDIT, SCRIPT_NOTICE }

    private static final PhraseSet AD_LABELS = PhraseSet.ofComparisonForms(
            "إعلان", "اعلان", "إعلانات", "مساحة إعلانية", "مساحة اعلانية", "محتوى مدفوع", "advertisement",
            "advertisements", "advertising", "advert", "ads", "ad", "sponsored", "publicité", "publicite", "annonce");
    /** Words of ad-slot labels left by themes ("afterheader desktop", "after Header Mobile"). */
    private static final List<String> AD_SLOT_WORDS = List.of(
            "ad", "ads", "advert", "desktop", "mobile", "header", "footer", "sidebar", "banner", "leaderboard",
            "billboard", "slot", "before", "after", "inread", "incontent", "mpu", "top", "bottom", "sticky", "widget");
    private static final PhraseSet COMMENTS = PhraseSet.ofComparisonForms(
            "تعليقات الزوار", "جاري تحميل التعاليق", "جاري تحميل التعليقات", "أضف تعليقك", "أضف تعليق", "اترك تعليقا",
            "اترك تعليقاً", "اترك رداً", "اترك ردا", "التعليقات", "تعليقات", "التعاليق", "تعليقات القراء", "عدد التعليقات",
            "comments", "leave a comment", "leave a reply", "add a comment", "commentaires", "laisser un commentaire",
            "ajouter un commentaire", "réagir", "tell us what you think", "what do you think", "join the conversation",
            "join the discussion", "have your say", "donnez votre avis", "votre avis", "réagissez", "شاركنا رأيك",
            "أضف رأيك", "رأيك يهمنا", "ما رأيك");
    /**
     * Phrases only a comment-policy notice or an editorial disclaimer uses: "the views below
     * do not reflect the site's", "we review comments before publishing", "opinions are their
     * writers' own". Decisive alone.
     */
    private static final PhraseSet COMMENT_POLICY = scannedTogether(
            "مراجعة التعليقات", "سياسة التعليقات", "بسياسة التعليقات", "لسياسة التعليقات", "شروط التعليق",
            "بشروط التعليق", "شروط التعليقات", "قواعد التعليق",
            "إرشادات التعليق", "التعليقات المنشورة", "الآراء الواردة أدناه", "الآراء الواردة في التعليقات",
            "تعبر عن رأي كاتبها", "يعبر عن رأي كاتبه", "تعبر عن رأي أصحابها", "يعبر عن رأي صاحبه",
            "تعبر عن آراء أصحابها", "تعبر عن آراء كتابها", "تعبر عن وجهة نظر كاتبها", "يعبر عن وجهة نظر كاتبه",
            "تعبر عن وجهة نظر أصحابها", "تعكس وجهات نظر أصحابها", "ولا يتحمل الموقع", "لا يتحمل الموقع",
            "the views expressed", "views expressed in the comments", "comments are moderated", "comment policy",
            "community guidelines", "comments are reviewed", "les commentaires sont modérés",
            "charte de modération", "charte des commentaires", "n'engagent que leurs auteurs",
            "n'engagent que leur auteur", "n'engage que son auteur");
    /**
     * A disclaimer's verb ("do not reflect the opinion of")... Scanned with the family, so a
     * paragraph without one is passed over with a look at the family's answer.
     */
    private static final PhraseSet DISCLAIMER_VERBS = scannedTogether(
            "لا تعبر عن رأي", "لا تعبر بالضرورة عن رأي", "لا يعبر عن رأي", "لا يعبر بالضرورة عن رأي",
            "لا تعبر عن وجهة نظر", "لا تعكس رأي", "لا تعكس بالضرورة", "do not necessarily reflect",
            "does not necessarily reflect", "do not reflect the views", "ne reflètent pas", "ne reflète pas");
    /**
     * ...decides only with a word naming the site, its editors or its readers within the next
     * {@link #DISCLAIMER_SUBJECT_WINDOW} words: "لا تعبر عن رأي الحكومة" in a news report is a
     * sentence, "لا تعبر عن رأي الموقع" a disclaimer.
     */
    private static final PhraseSet DISCLAIMER_SUBJECTS = PhraseSet.ofComparisonForms(
            "الموقع", "موقع", "الصحيفة", "صحيفة", "الجريدة", "الشبكة", "شبكة", "القناة", "المجلة", "التحرير",
            "أدناه", "التعليقات", "القراء", "site", "website", "publication", "editors", "editorial", "readers",
            "comments", "rédaction", "journal", "lecteurs", "commentaires");
    private static final int DISCLAIMER_SUBJECT_WINDOW = 5;
    /** "جاري تحميل ..." (loading ...) is only ever shown by widgets. */
    private static final String LOADING = TextNormalizer.forComparison("جاري تحميل");
    private static final PhraseSet RELATED = PhraseSet.ofComparisonForms(
            "شاهد أيضا", "شاهد أيضاً", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ ايضا", "اقرأ كذلك", "اقرأ المزيد",
            "المزيد من", "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة",
            "أخبار متعلقة", "مقالات مشابهة", "read more", "read also", "related", "related articles", "related posts",
            "related news", "see also", "most read", "lire aussi", "à lire aussi", "a lire aussi", "voir aussi",
            "sur le même sujet", "lire la suite",
            "you may also like", "you might also like", "you may also be interested in", "you might be interested in",
            "you may also enjoy", "you might also enjoy",
            "more stories", "more from", "more in", "more great", "popular on", "trending", "trending now",
            "trending news", "don't miss", "explore further", "recommended for you", "recommended stories",
            "sponsored links", "most popular", "editor's picks", "in case you missed it", "à voir aussi",
            "à découvrir aussi", "les plus lus", "sur le même thème", "قد يعجبك أيضا", "قد يعجبك أيضاً", "قد يهمك أيضا",
            "قد يهمك", "لا تفوتك", "اخترنا لك", "ننصحك بقراءة", "موضوعات مقترحة", "الأكثر تداولا");
    private static final PhraseSet SHARE_WORDS = PhraseSet.ofComparisonForms(
            "شارك", "شاركها", "مشاركة", "المقال", "الخبر", "الموضوع", "على", "عبر", "فيسبوك", "فيس بوك", "تويتر", "واتساب",
            "واتس اب", "تيليجرام", "تلغرام", "لينكدإن", "طباعة", "البريد", "الإلكتروني", "نسخ", "الرابط", "share", "shares",
            "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "email", "e-mail", "mail", "print", "pinterest",
            "reddit", "messenger", "copy", "link", "tweet", "partager", "imprimer", "on", "via", "this", "article");
    private static final PhraseSet SHARE_TRIGGERS = PhraseSet.ofComparisonForms(
            "شارك", "مشاركة", "share", "partager", "facebook", "twitter", "whatsapp", "فيسبوك", "تويتر", "واتساب");
    private static final PhraseSet COOKIE = scannedTogether(
            "يستخدم هذا الموقع ملفات تعريف الارتباط", "ملفات تعريف الارتباط", "ملفات الكوكيز", "الكوكيز", "cookies",
            "cookie", "we use cookies", "this website uses cookies", "nous utilisons des cookies");
    /**
     * Share prompts ("Sharing is caring!", "Like this story? Share it") and reading tools ("Text
     * size", "حجم الخط") that open a short line: widget labels, never a sentence of the story.
     */
    private static final PhraseSet SHARE_PROMPTS = PhraseSet.ofComparisonForms(
            "sharing is caring", "share this article", "share this story", "like this story",
            "like this article", "partagez cet article", "partager cet article", "شارك هذا المقال", "شارك الخبر",
            "شارك المقال", "text size", "font size", "taille du texte", "taille de police", "حجم الخط", "تكبير الخط",
            "تصغير الخط");
    private static final int MAX_SHARE_PROMPT_CHARS = 60;
    /** A reading-time label: "8 min read", "5 minutes read", "3 دقائق قراءة", "Lecture 4 min". */
    private static final java.util.regex.Pattern READING_TIME = java.util.regex.Pattern.compile(
            "(?:(?:reading time|temps de lecture|lecture|مدة القراءة|وقت القراءة)\\s*)?\\d+\\s*"
            + "(?:min|mins|minute|minutes|دقيقة|دقيقه|دقائق|دقايق)(?:\\s*(?:read|de lecture|قراءة|قراءه|للقراءة|للقراءه))?");

    /** What a widget prints when the script it needs does not run: never article text. */
    private static final PhraseSet SCRIPT_NOTICES = scannedTogether(
            "requires javascript", "enable javascript", "javascript is disabled", "javascript must be enabled",
            "your browser does not support", "activez javascript", "يتطلب تفعيل جافا سكريبت", "يرجى تفعيل جافا سكريبت",
            "متصفحك لا يدعم");
    private static final PhraseSet CONSENT_BUTTONS = PhraseSet.ofComparisonForms(
            "موافق", "أوافق", "قبول", "رفض", "accept", "accept all", "i agree", "agree", "ok", "j'accepte", "accepter",
            "refuser", "إلغاء الاشتراك");
    private static final PhraseSet TAGS = PhraseSet.ofComparisonForms(
            "الوسوم", "وسوم", "التسميات", "تسميات", "الكلمات المفتاحية", "كلمات مفتاحية", "الكلمات الدلالية", "كلمات دلالية", "الكلمات المتعلقة", "كلمات متعلقة", "الكلمات الرئيسية", "هاشتاج", "هاشتاغ", "tags", "tagged", "labels",
            "mots clés", "mots-clés", "étiquettes");
    private static final PhraseSet NEWSLETTER = scannedTogether(
            "النشرة البريدية", "النشرة الإخبارية", "اشترك في النشرة", "اشترك في نشرتنا", "اشترك الآن", "newsletter",
            "subscribe", "sign up", "abonnez-vous", "inscrivez-vous");
    private static final PhraseSet BREADCRUMB_STARTS = PhraseSet.ofComparisonForms("الرئيسية", "الصفحة الرئيسية", "home", "accueil");
    private static final PhraseSet COPYRIGHT = scannedTogether(
            "جميع الحقوق محفوظة", "حقوق النشر محفوظة", "all rights reserved", "tous droits réservés", "copyright");

    /**
     * Openings of a "follow us" call at the end of an article ("تابعونا على تلغرام", "Follow us
     * on X"): imperatives addressed to the reader, which no news sentence starts with. Only a
     * short line ({@link #MAX_FOLLOW_CHARS}) counts.
     */
    private static final PhraseSet FOLLOW = PhraseSet.ofComparisonForms(
            "تابعونا", "تابعنا على", "تابعنا عبر", "تابعوا آخر الأخبار", "تابعوا آخر أخبار", "تابعوا أخبارنا",
            "تابعوا قناتنا", "تابعوا صفحتنا", "انضموا إلى قناتنا", "انضم إلى قناتنا", "اشترك في قناتنا",
            "لمتابعة آخر الأخبار", "للمزيد من الأخبار تابعونا", "follow us", "join us on", "suivez-nous",
            "retrouvez-nous sur");
    private static final int MAX_FOLLOW_CHARS = 200;

    /**
     * Words that open a credit line naming where a story came from ("المصدر: وكالة الأنباء",
     * "Source : AFP"). "المصدر" also opens sentences ("المصدر أوضح أن..."), so a credit needs
     * a colon, dash or slash straight after the word, and a short line.
     */
    private static final PhraseSet CREDIT_STARTS = PhraseSet.ofComparisonForms(
            "المصدر", "مصدر الخبر", "المصادر", "source", "sources", "crédit", "credit");
    private static final int CREDIT_START_WORDS = maxWords(CREDIT_STARTS);
    private static final String CREDIT_SEPARATORS = ":/-–—";
    private static final int MAX_CREDIT_CHARS = 120;

    /**
     * Labels that open the credit of a photo left above or inside the body ("Photo: Jane Roe,
     * AP", "الصورة: أرشيف"), followed by a colon or slash.
     */
    private static final PhraseSet IMAGE_CREDIT_STARTS = PhraseSet.ofComparisonForms(
            "photo", "photos", "photograph", "image", "images", "picture", "pictures", "photo credit", "image credit",
            "credit photo", "crédit photo", "crédits photo", "illustration", "صورة", "الصورة", "الصور", "تصوير",
            "مصدر الصورة", "حقوق الصورة");
    /** Photo agencies and stock libraries that close a credit line ("Jane Roe, Getty Images"). */
    private static final PhraseSet PHOTO_AGENCIES = PhraseSet.ofComparisonForms(
            "getty images", "ap", "afp", "reuters", "associated press", "shutterstock", "epa", "istock", "alamy",
            "afp via getty images", "ap photo", "getty", "creatas rf", "istockphoto");
    /** No dash: "Picture-in-Picture" is a heading, not a credit. */
    private static final String IMAGE_CREDIT_SEPARATORS = ":/";
    private static final int IMAGE_CREDIT_START_WORDS = maxWords(IMAGE_CREDIT_STARTS);
    private static final int MAX_IMAGE_CREDIT_CHARS = 100;
    private static final int MAX_IMAGE_CREDIT_WORDS = 10;

    private BoilerplatePhrases() {}

    /**
     * Whether the text is the credit of a photo: a short line opened by a photo label and a
     * separator, or a few Latin words without a full stop that end with a photo agency's name
     * ("Jane Roe | Reuters", "Getty Images").
     */
    static boolean isImageCredit(String text, String n) {
        if (text.length() > MAX_IMAGE_CREDIT_CHARS || n.isEmpty() || wordCount(n, MAX_IMAGE_CREDIT_WORDS + 1) > MAX_IMAGE_CREDIT_WORDS) {
            return false;
        }
        if (opensWithLabel(TextNormalizer.stripTatweel(text).strip(), IMAGE_CREDIT_STARTS, IMAGE_CREDIT_START_WORDS, IMAGE_CREDIT_SEPARATORS)) {
            return true;
        }
        String raw = text.strip();
        char last = raw.charAt(raw.length() - 1);
        if (last == '.' || last == '!' || last == '?' || last == '"' || last == '”') {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (TextNormalizer.isArabicLetter(raw.charAt(i))) {
                return false;
            }
        }
        for (String agency : PHOTO_AGENCIES) {
            if (n.equals(agency) || (endsWithWord(n, agency) && jointBefore(raw, raw.length() - agency.length()))) {
                return true;
            }
        }
        return false;
    }

    /** {@code n.endsWith(" " + word)}, without building the string. */
    private static boolean endsWithWord(String n, String word) {
        int space = n.length() - word.length() - 1;
        return space >= 0 && n.charAt(space) == ' ' && n.endsWith(word);
    }

    /** Whether a credit joint (comma, slash, bar...) stands just before {@code end}, spaces aside. */
    private static boolean jointBefore(String raw, int end) {
        int i = end - 1;
        while (i >= 0 && Character.isWhitespace(raw.charAt(i))) {
            i--;
        }
        return i > 0 && CREDIT_JOINTS.indexOf(raw.charAt(i)) >= 0;
    }

    /** What stands before the agency's name in a credit: "Jane Roe, AP", "Jane Roe / AP", "Jane Roe | AP". */
    private static final String CREDIT_JOINTS = ",/|;:-–—";

    /**
     * Openings and phrases of the lines that close a report with who worked on it or how to
     * reach its writer: "Reporting by ...; Editing by ...", "X contributed to this report",
     * "Write to X at x@paper.example", "Follow X on Twitter". Only at the end of the body.
     */
    private static final PhraseSet CONTRIBUTOR_OPENINGS = PhraseSet.ofComparisonForms(
            "reporting by", "additional reporting by", "editing by", "writing by", "compiled by", "write to",
            "email", "contact", "have a tip", "follow", "رصد وتحرير", "تحرير", "إعداد", "ساهم في", "شارك في");
    private static final PhraseSet CONTRIBUTOR_PHRASES = PhraseSet.ofComparisonForms(
            "contributed to this report", "contributed reporting", "contributed to this story", "contributed to this article",
            "a contribué à cet article", "ساهم في إعداد", "شارك في إعداد");
    private static final int MAX_CONTRIBUTOR_CHARS = 250;

    /**
     * Whether the text closes a report with its contributors or its writer's contact: a
     * contributors' phrase, an opening such as "Reporting by" or "Write to" with an address, a
     * handle or a name list, or a short line that is mostly an e-mail address or web address.
     */
    static boolean isContributorOrContactLine(String text) {
        if (text.length() > MAX_CONTRIBUTOR_CHARS) {
            return false;
        }
        String n = TextNormalizer.forComparison(text);
        if (CONTRIBUTOR_PHRASES.occursAsWords(n)) {
            return true;
        }
        boolean contact = text.contains("@") || text.contains("http://") || text.contains("https://")
                || text.contains("www.") || text.contains(".com");
        if (CONTRIBUTOR_OPENINGS.opens(n)) {
            String opening = n.startsWith("reporting by") || n.startsWith("additional reporting by")
                    || n.startsWith("editing by") || n.startsWith("writing by") ? "byline" : "contact";
            return opening.equals("byline") || contact;
        }
        return contact && wordCount(n, 4) <= 3;
    }

    /** Whether the text is a short source-credit line: a credit word, a separator, a name. */
    static boolean isSourceCredit(String text) {
        String raw = TextNormalizer.stripTatweel(text).strip();
        return raw.length() <= MAX_CREDIT_CHARS && opensWithLabel(raw, CREDIT_STARTS, CREDIT_START_WORDS, CREDIT_SEPARATORS);
    }

    /**
     * Whether {@code raw} opens with one of the labels, then one of the separators, then more
     * text. A label of k words is compared with the opening of k words, so each opening is
     * cut and put in comparison form once, whatever the number of labels of that length.
     */
    /** The number of words of the longest label. */
    private static int maxWords(Set<String> labels) {
        int max = 0;
        for (String label : labels) {
            max = Math.max(max, label.split(" ").length);
        }
        return max;
    }

    private static boolean opensWithLabel(String raw, Set<String> labels, int maxWords, String separators) {
        int at = 0;
        for (int words = 1; words <= maxWords; words++) {
            while (at < raw.length() && !Character.isWhitespace(raw.charAt(at)) && separators.indexOf(raw.charAt(at)) < 0) {
                at++;
            }
            while (at < raw.length() && Character.isWhitespace(raw.charAt(at))) {
                at++;
            }
            if (at < raw.length() - 1 && separators.indexOf(raw.charAt(at)) >= 0) {
                String opening = TextNormalizer.forComparison(raw.substring(0, at));
                if (labels.contains(opening) && opening.split(" ").length == words) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What {@code text} is, judged from its words alone. */
    static Kind classify(String text) {
        return classify(text, TextNormalizer.forComparison(text));
    }

    /** {@link #classify(String)} for a caller that already holds the text's comparison form {@code n}. */
    static Kind classify(String text, String n) {
        if (n.isEmpty()) {
            return Kind.NONE;
        }
        if (AD_LABELS.contains(n) || isAdSlotLabel(text, n)) {
            return Kind.AD_LABEL;
        }
        if (COMMENTS.contains(n) || n.startsWith(LOADING)) {
            return Kind.COMMENTS;
        }
        if (RELATED.opens(n)) {
            return Kind.RELATED;
        }
        if (isCommentPolicyKey(n)) {
            return Kind.COMMENT_POLICY;
        }
        if (SCRIPT_NOTICES.occursAsWords(n)) {
            return Kind.SCRIPT_NOTICE;
        }
        if (COOKIE.occursAsWords(n) || CONSENT_BUTTONS.contains(n)) {
            return Kind.COOKIE;
        }
        if (TAGS.opens(n)) {
            return Kind.TAGS;
        }
        if (NEWSLETTER.occursAsWords(n)) {
            return Kind.NEWSLETTER;
        }
        if (COPYRIGHT.occursAsWords(n) || text.contains("©")) {
            return Kind.COPYRIGHT;
        }
        if (text.length() <= MAX_FOLLOW_CHARS && FOLLOW.opens(n)) {
            return Kind.FOLLOW;
        }
        if (isShareBar(n) || (text.length() <= MAX_SHARE_PROMPT_CHARS && SHARE_PROMPTS.opens(n))
                || (text.length() <= MAX_SHARE_PROMPT_CHARS && READING_TIME.matcher(n).matches())) {
            return Kind.SHARE;
        }
        if (isImageCredit(text, n)) {
            return Kind.IMAGE_CREDIT;
        }
        if (BREADCRUMB_STARTS.opens(n) && (text.contains(">") || text.contains("»") || text.contains("/")
                || text.contains("›"))) {
            return Kind.BREADCRUMB;
        }
        return Kind.NONE;
    }

    /**
     * What only a cookie banner or a copyright notice says, unlike a sentence that merely names
     * cookies or copyright: the site's own announcement ("we use cookies", "all rights
     * reserved").
     */
    private static final PhraseSet NOTICE_WORDING = PhraseSet.ofComparisonForms(
            "يستخدم هذا الموقع", "نستخدم ملفات تعريف الارتباط", "we use cookies", "this website uses cookies",
            "this site uses cookies", "nous utilisons des cookies", "جميع الحقوق محفوظة", "حقوق النشر محفوظة",
            "all rights reserved", "tous droits réservés");

    /** Whether text in comparison form words a site's own cookie or copyright notice. */
    static boolean isNoticeWordingKey(String n) {
        return NOTICE_WORDING.occursAsWords(n);
    }

    /** True when {@code text} is exactly a heading that opens a comments area. */
    static boolean isCommentsHeading(String text) {
        return isCommentsHeadingKey(TextNormalizer.forComparison(text));
    }

    /** {@link #isCommentsHeading} on text already in comparison form. */
    static boolean isCommentsHeadingKey(String n) {
        return COMMENTS.contains(n);
    }

    /**
     * Whether text in comparison form is a comment-policy notice or an editorial disclaimer:
     * one of its own phrases, or a "does not reflect the opinion of" verb with a word naming
     * the site, its editors or its readers.
     */
    static boolean isCommentPolicyKey(String n) {
        return COMMENT_POLICY.occursAsWords(n) || disclaimsForTheSite(n);
    }

    private static boolean disclaimsForTheSite(String n) {
        if (!DISCLAIMER_VERBS.occursAsWords(n)) {
            return false; // the places below are where a verb occurs as words
        }
        for (String verb : DISCLAIMER_VERBS) {
            int at = n.indexOf(verb);
            while (at >= 0) {
                int end = at + verb.length();
                if ((at == 0 || n.charAt(at - 1) == ' ') && (end == n.length() || n.charAt(end) == ' ')) {
                    String[] next = n.substring(end).strip().split(" ", DISCLAIMER_SUBJECT_WINDOW + 1);
                    for (int i = 0; i < Math.min(next.length, DISCLAIMER_SUBJECT_WINDOW); i++) {
                        if (DISCLAIMER_SUBJECTS.contains(next[i])) {
                            return true;
                        }
                    }
                }
                at = n.indexOf(verb, at + 1);
            }
        }
        return false;
    }

    /**
     * Whether text in comparison form opens with a related-links phrase ("اقرأ أيضا ..."): what
     * {@link #classify} calls {@link Kind#RELATED}, checked alone.
     */
    static boolean startsRelatedKey(String n) {
        return RELATED.opens(n);
    }

    /**
     * Whether a related-links phrase occurs anywhere in text in comparison form, as words: a
     * sentence that speaks of related pages ("Here are more stories you might also like:").
     */
    static boolean mentionsRelatedKey(String n) {
        return RELATED.occursAsWords(n);
    }

    /**
     * Whether a short line, set as a heading or without sentence punctuation, opens with a
     * related-links phrase: "More from Europe", "Popular on the site", "Trending News". Such a
     * line heads a block of other pages' links whatever words follow the phrase.
     */
    static boolean isRelatedHeadingLine(String text, String n, boolean heading) {
        if (wordCount(n, MAX_RELATED_HEADING_WORDS + 1) > MAX_RELATED_HEADING_WORDS || !RELATED.opens(n)) {
            return false;
        }
        String raw = text.strip();
        char last = raw.isEmpty() ? ' ' : raw.charAt(raw.length() - 1);
        return heading || (last != '.' && last != '!' && last != '?' && last != '؟');
    }

    private static final int MAX_RELATED_HEADING_WORDS = 6;

    /**
     * What a teaser's link at its end says ("... Read more", "... اقرأ المزيد"): a line that
     * ends so introduces another page, whatever prose comes before.
     */
    private static final List<String> READ_MORE_ENDINGS = List.of(
            TextNormalizer.forComparison("read more"), TextNormalizer.forComparison("continue reading"),
            TextNormalizer.forComparison("اقرأ المزيد"), TextNormalizer.forComparison("lire la suite"));

    /** Whether text in comparison form ends with a "read more" link's words: a teaser of another page. */
    static boolean endsWithReadMoreKey(String n) {
        for (String ending : READ_MORE_ENDINGS) {
            if (n.equals(ending) || endsWithWord(n, ending)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #isRelatedHeading} on text already in comparison form. */
    static boolean isRelatedHeadingKey(String n) {
        return RELATED.contains(n);
    }

    /** True when {@code text} is exactly a heading that opens a related-links block. */
    static boolean isRelatedHeading(String text) {
        return RELATED.contains(TextNormalizer.forComparison(text));
    }

    /** Latin-only, two to five words, all ad-slot vocabulary: the label of an empty ad slot. */
    private static boolean isAdSlotLabel(String raw, String n) {
        int wordCount = wordCount(n, 6);
        if (wordCount < 2 || wordCount > 5) {
            return false; // one word ("Header", "Mobile") is too little to call it a slot label
        }
        for (int i = 0; i < raw.length(); i++) {
            if (TextNormalizer.isArabicLetter(raw.charAt(i))) {
                return false;
            }
        }
        String[] words = n.split(" ");
        boolean anySlotWord = false;
        for (String word : words) {
            boolean slotWord = false;
            for (String slot : AD_SLOT_WORDS) {
                if (word.equals(slot) || (slot.length() >= 4 && word.contains(slot))) {
                    slotWord = true;
                    break;
                }
            }
            if (!slotWord && !isAllDigits(word)) {
                return false;
            }
            anySlotWord |= slotWord;
        }
        // Numbers alone are a phone number, a score or a date: the slot is named by its words.
        return anySlotWord;
    }

    private static boolean isShareBar(String n) {
        if (wordCount(n, 13) > 12) {
            return false;
        }
        // Word by word, without splitting first: most paragraphs fail at the first word. (An
        // empty piece, which split would drop at the end, passes as digits and triggers nothing.)
        boolean trigger = false;
        int start = 0;
        while (true) {
            int end = n.indexOf(' ', start);
            String word = n.substring(start, end < 0 ? n.length() : end);
            if (!SHARE_WORDS.contains(word) && !isAllDigits(word)) {
                return false;
            }
            trigger |= SHARE_TRIGGERS.contains(word);
            if (end < 0) {
                return trigger;
            }
            start = end + 1;
        }
    }

    /** Whether every character of the word is a digit (true for the empty word). */
    private static boolean isAllDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words of text in comparison form (single spaces), counted without splitting it, up to
     * {@code limit}: a caller that only asks "more than five?" stops reading at the sixth.
     */
    private static int wordCount(String n, int limit) {
        int words = 1;
        for (int i = 0; i < n.length() && words < limit; i++) {
            if (n.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    /**
     * {@link PhraseSet#ofComparisonForms} for a list that {@link #classify} scans a paragraph for anywhere in
     * it: those lists are scanned together, in one pass per paragraph.
     */
    private static PhraseSet scannedTogether(String... phrases) {
        return SCANNED_TOGETHER.add(PhraseSet.ofComparisonForms(phrases));
    }
}
