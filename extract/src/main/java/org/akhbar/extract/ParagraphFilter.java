package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drops the paragraphs that are page furniture rather than article text, judged by their
 * words ({@link BoilerplatePhrases}), their link ratio and their length.
 *
 * <p>Rules, in order: a repeat of the title goes; a comments heading ("تعليقات الزوار") ends
 * the article, everything after it goes; so does a comment-policy notice or editorial
 * disclaimer ("الآراء الواردة أدناه لا تعبر عن رأي الموقع") below at least two paragraphs,
 * while one above them is only dropped; a related-links heading ("شاهد أيضا") goes with the
 * link lists and short items under it, until prose resumes; an inline "اقرأ أيضا: ..." line
 * goes when it is mostly a link; short ad labels, share bars, cookie notices, tag lists,
 * newsletter boxes, breadcrumbs and copyright lines go; any paragraph that is mostly links
 * (more than 60%) goes, save a linked heading over content of its own (an entry or section title, {@link
 * #isLinkedEntryTitle}), the linked items of a list whose other items are plain text ({@link
 * #listsWithPlainItems}) and the links a line ending in a colon introduces ({@link
 * #linksIntroducedByLeadIn}); photo credits, script notices, slideshow counters, short letterless
 * lines (a pager) and a caption repeated three times in a row go; a source-credit line
 * ("المصدر: ...") and contributor or contact lines ("Reporting by ...", "Write to ... at") at
 * the end go; a tool line of a portal ("عدد القراءات: 345 | نسخة للطباعة | أرسل لصديق") goes
 * wherever it sits ({@link #isToolLine}), and so does a form's consent line ("By signing up, you
 * agree to ...", {@link #isFormConsent}); in an article whose letters are mostly Arabic, a short Latin-only line
 * without sentence punctuation goes ({@link #isLatinNoise}).
 */
final class ParagraphFilter {

    private static final int MAX_FURNITURE_CHARS = 400;
    private static final int MAX_POLICY_CHARS = 700;
    private static final int MIN_PARAGRAPHS_BEFORE_POLICY = 2;
    private static final int MIN_PROSE_CHARS = 60;
    private static final double RELATED_LINK_RATIO = 0.3;
    private static final double LINK_LIST_RATIO = 0.6;
    private static final int MAX_NOISE_CHARS = 60;
    /** How far from the end a credit line may sit, and how short the lines after it must be. */
    private static final int MAX_CREDIT_TAIL = 3;
    private static final int MAX_AFTER_CREDIT_CHARS = 80;
    private static final int MAX_NOISE_WORDS = 6;
    private static final String SENTENCE_PUNCTUATION = ".!?:;,،؛؟\"«»“”'";

    private ParagraphFilter() {}

    static List<Paragraph> filter(List<Paragraph> paragraphs, String title) {
        String titleKey = title == null ? "" : TextNormalizer.forComparison(title);
        boolean arabicText = isMostlyArabic(paragraphs);
        List<Paragraph> out = new ArrayList<>();
        boolean underRelatedHeading = false;
        boolean[] stutter = consecutiveRepeats(paragraphs);
        boolean[] mixedLists = listsWithPlainItems(paragraphs);
        boolean[] introduced = linksIntroducedByLeadIn(paragraphs);
        for (int index = 0; index < paragraphs.size(); index++) {
            Paragraph p = paragraphs.get(index);
            if (stutter[index]) {
                continue;
            }
            String text = p.text();
            // One comparison form per paragraph serves every phrase test below.
            String key = p.key();
            if (!titleKey.isEmpty() && key.equals(titleKey)) {
                continue;
            }
            if (BoilerplatePhrases.isCommentsHeadingKey(key)) {
                break;
            }
            // Above MAX_POLICY_CHARS only a related-links opening still decides anything below:
            // the other phrase scans (policy, cookie, copyright... anywhere in the text) are skipped.
            BoilerplatePhrases.Kind kind = text.length() > MAX_POLICY_CHARS
                    ? (BoilerplatePhrases.startsRelatedKey(key) ? BoilerplatePhrases.Kind.RELATED : BoilerplatePhrases.Kind.NONE)
                    : BoilerplatePhrases.classify(text, key);
            if (kind == BoilerplatePhrases.Kind.COMMENT_POLICY && text.length() <= MAX_POLICY_CHARS) {
                // Below the article, the notice opens the comments area: nothing after it is
                // article text. Above it (an opinion page's "views are the writer's own"), it
                // is only dropped.
                if (out.size() >= MIN_PARAGRAPHS_BEFORE_POLICY) {
                    break;
                }
                continue;
            }
            if (kind == BoilerplatePhrases.Kind.RELATED) {
                // A heading that is itself a link ("Don't miss: <a>one story</a>") points to one
                // page; it does not head a block of links.
                if (p.linkRatio() < RELATED_LINK_RATIO && (BoilerplatePhrases.isRelatedHeadingKey(key)
                        || BoilerplatePhrases.isRelatedHeadingLine(text, key, p.kind() == Paragraph.Kind.HEADING))) {
                    underRelatedHeading = true;
                    continue;
                }
                if (p.linkRatio() >= RELATED_LINK_RATIO) {
                    continue;
                }
            }
            if (underRelatedHeading) {
                // A teaser's blurb is prose too, but it ends with its "read more" link.
                boolean prose = (p.kind() == Paragraph.Kind.TEXT || p.kind() == Paragraph.Kind.TABLE_ROW)
                        && p.linkRatio() < RELATED_LINK_RATIO
                        && text.length() >= MIN_PROSE_CHARS && !BoilerplatePhrases.endsWithReadMoreKey(key);
                if (!prose) {
                    continue;
                }
                underRelatedHeading = false;
            }
            if (kind != BoilerplatePhrases.Kind.NONE && kind != BoilerplatePhrases.Kind.RELATED
                    && text.length() <= MAX_FURNITURE_CHARS && !isProseNamingANewsletter(kind, text)
                    && !isProseNamingCookiesOrCopyright(kind, text, key) && !isUnlinkedTrailLookalike(kind, p)) {
                continue;
            }
            if ((p.linkRatio() > LINK_LIST_RATIO && !isLinkedEntryTitle(paragraphs, index) && !mixedLists[p.list()]
                    && !introduced[index])
                    || isItemCounter(key) || isLetterless(text)
                    || isToolLine(p) || isFormConsent(text, key)) {
                continue;
            }
            if (arabicText && isLatinNoise(text)) {
                continue;
            }
            out.add(p);
        }
        return withoutClosingCredits(out);
    }

    /**
     * Whether the heading at {@code index}, a link, titles the content below it: a list post's
     * entry ("3. Hotel X", linking the hotel's page) over the paragraphs about it, a section
     * ("Factors to consider") over its bullet points, an event's name over its date and place.
     * What follows must be a line of its own that is not a link, a plain list item or text of
     * a few words at least. A teaser's headline links too, but a list of them goes as a whole
     * under its related-links heading or with its container.
     */
    static boolean isLinkedEntryTitle(List<Paragraph> paragraphs, int index) {
        if (paragraphs.get(index).kind() != Paragraph.Kind.HEADING || index + 1 >= paragraphs.size()) {
            return false;
        }
        Paragraph next = paragraphs.get(index + 1);
        return (next.kind() == Paragraph.Kind.TEXT || next.kind() == Paragraph.Kind.LIST_ITEM)
                && next.linkRatio() < RELATED_LINK_RATIO && next.text().length() >= MIN_ENTRY_CONTENT_CHARS;
    }

    /**
     * Which lists of the container, by {@link Paragraph#list} number, hold plain items among
     * their links: at least {@link #MIN_PLAIN_ITEM_SHARE} of their items not links. Such a list
     * is the article's own (a packing checklist whose items link the gear, a directory whose
     * names link their sites between their addresses): a related-links box, a menu or a tag
     * list links every item. Index 0, paragraphs outside any list, is never set.
     */
    static boolean[] listsWithPlainItems(List<Paragraph> paragraphs) {
        int lists = 0;
        for (Paragraph p : paragraphs) {
            lists = Math.max(lists, p.list());
        }
        boolean[] mixed = new boolean[lists + 1];
        if (lists == 0) {
            return mixed;
        }
        int[] items = new int[lists + 1];
        boolean[] linked = new boolean[lists + 1];
        for (Paragraph p : paragraphs) {
            items[p.list()]++;
            linked[p.list()] |= p.linkRatio() > LINK_LIST_RATIO;
        }
        // Only a list with a linked item needs its plain items read (their words classified).
        int[] plain = new int[lists + 1];
        for (Paragraph p : paragraphs) {
            if (p.list() > 0 && linked[p.list()] && isPlainItem(p)) {
                plain[p.list()]++;
            }
        }
        for (int list = 1; list <= lists; list++) {
            mixed[list] = plain[list] > 0 && plain[list] >= MIN_PLAIN_ITEM_SHARE * items[list];
        }
        return mixed;
    }

    /**
     * An item of the list's own words: not a link, and not the label a tag list or a share bar
     * opens with ("Tags:", "شارك:"), which says the links after it are furniture.
     */
    private static boolean isPlainItem(Paragraph p) {
        String text = p.text();
        return p.linkRatio() < RELATED_LINK_RATIO && text.charAt(text.length() - 1) != ':'
                && BoilerplatePhrases.classify(text, p.key()) == BoilerplatePhrases.Kind.NONE;
    }

    /** One item in five: a checklist may link most of its items to the shops that sell them. */
    private static final double MIN_PLAIN_ITEM_SHARE = 0.2;

    /**
     * Which paragraphs continue a line that announces them with a colon: the link lists and
     * linked lines right below a sentence of the story ("These movers did not make our top
     * list, but are worth a look:", "ومن أبرز المعاهد المشاركة:") or a subheading ("The lists
     * we surveyed:"), up to the first paragraph that is not mostly links. The writer introduces
     * what follows as part of the text; a related-links box or a menu is headed by a label
     * ("Related", "Tags"), which the related-links rule and the phrase lists catch first.
     */
    static boolean[] linksIntroducedByLeadIn(List<Paragraph> paragraphs) {
        boolean[] out = new boolean[paragraphs.size()];
        boolean introduced = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            boolean links = p.linkRatio() > LINK_LIST_RATIO
                    && (p.kind() == Paragraph.Kind.LIST_ITEM || p.kind() == Paragraph.Kind.TEXT);
            introduced = links ? introduced : isLeadIn(p);
            out[i] = links && introduced;
        }
        return out;
    }

    /** The shortest sentence that introduces a list: a clause, not a label ("Sources:"). */
    private static final int MIN_LEAD_IN_SENTENCE_CHARS = 40;
    /** The shortest subheading that does: a few words ("Lists we surveyed:"), not a label ("References:"). */
    private static final int MIN_LEAD_IN_HEADING_CHARS = 15;

    private static boolean isLeadIn(Paragraph p) {
        String text = p.text();
        int min = switch (p.kind()) {
            case TEXT -> MIN_LEAD_IN_SENTENCE_CHARS;
            case HEADING -> MIN_LEAD_IN_HEADING_CHARS;
            default -> Integer.MAX_VALUE;
        };
        // A line that speaks of related pages ("Here are more stories you might also like:") introduces
        // their links as a related box does, and a furniture line ("Follow us on our accounts
        // below:") its widget's.
        return text.length() >= min && p.linkRatio() < RELATED_LINK_RATIO && text.charAt(text.length() - 1) == ':'
                && !BoilerplatePhrases.mentionsRelatedKey(p.key())
                && BoilerplatePhrases.classify(text, p.key()) == BoilerplatePhrases.Kind.NONE;
    }

    /** The content under an entry's title: a few words ("Atlanta, United States"), more than a label. */
    private static final int MIN_ENTRY_CONTENT_CHARS = 20;

    /** The longest sign-up call of a few words ("Sign up for our newsletter today!"). */
    private static final int MAX_NEWSLETTER_CALL_CHARS = 80;
    private static final String SENTENCE_ENDS = ".!?؟";

    /**
     * Whether a paragraph that says "newsletter", "subscribe" or "sign up" is prose about one
     * rather than a sign-up box: longer than a short call and made of sentences, none of which
     * opens with the call ("Twelve people signed up for my newsletter last week.", "If you need
     * more storage, sign up for the paid plan. It costs ..."). A box opens a sentence with the
     * call itself ("... Sign up for the free daily newsletter.", "Join the newsletter today"),
     * or promises the reader's inbox.
     */
    static boolean isProseNamingANewsletter(BoilerplatePhrases.Kind kind, String text) {
        if (kind != BoilerplatePhrases.Kind.NEWSLETTER || text.length() <= MAX_NEWSLETTER_CALL_CHARS) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("inbox") || opensWithCall(lower, 0)) {
            return false;
        }
        int sentences = 0;
        for (int i = 0; i < lower.length(); i++) {
            if (SENTENCE_ENDS.indexOf(lower.charAt(i)) >= 0 && (i + 1 == lower.length() || Character.isWhitespace(lower.charAt(i + 1)))) {
                sentences++;
                if (opensWithCall(lower, i + 2)) {
                    return false;
                }
            }
        }
        return sentences >= 1;
    }

    /**
     * Whether a paragraph taken for a breadcrumb (it opens with "Home" or "الرئيسية" and holds a
     * "/" or "»") cannot be one: a trail links its steps back up the site, while a sentence
     * ("Home insurance policies ... the ASPIRA/Nationwide program") or the header row of a data
     * table ("Home size | Cost/hour") links nothing.
     */
    static boolean isUnlinkedTrailLookalike(BoilerplatePhrases.Kind kind, Paragraph p) {
        return kind == BoilerplatePhrases.Kind.BREADCRUMB && (p.linkChars() == 0 || p.kind() == Paragraph.Kind.TABLE_ROW);
    }

    /**
     * What a form's consent line opens with: the reader's act of sending the form ("By signing
     * up, you agree to ...", "بالضغط على زر الاشتراك فإنك توافق على ...").
     */
    private static final PhraseSet CONSENT_OPENINGS = PhraseSet.ofComparisonForms(
            "by clicking", "by signing up", "by submitting", "by pressing", "by subscribing", "by registering",
            "by tapping", "by continuing", "بالنقر", "بالضغط", "بالتسجيل", "بالاشتراك", "بتسجيلك", "باشتراكك");
    /** And what it says the reader thereby does: agree, accept, acknowledge, consent. */
    private static final PhraseSet CONSENT_VERBS = PhraseSet.ofComparisonForms(
            "agree", "agrees", "accept", "acknowledge", "consent", "توافق", "أوافق", "اوافق", "الموافقة", "موافقتك",
            "تقر", "أقر");
    /** The longest consent line: the small print under a sign-up form runs to a paragraph. */
    private static final int MAX_CONSENT_CHARS = 700;

    /**
     * Whether a paragraph is the consent line of a form embedded in the page (a newsletter or
     * deals sign-up, a quote request): it opens with the reader's act of sending the form and
     * says that the reader thereby agrees ("By clicking Submit I agree to receive messages",
     * "By signing up, you agree to our Terms of Use"). A sentence of a story that opens "By
     * clicking the link, users ..." agrees to nothing.
     */
    static boolean isFormConsent(String text, String key) {
        return text.length() <= MAX_CONSENT_CHARS && CONSENT_OPENINGS.opens(key) && CONSENT_VERBS.occursAsWords(key);
    }

    /** Longer than a banner's or a notice's sentence or two. */
    private static final int MIN_PROSE_NAMING_CHARS = 200;

    /**
     * Whether a paragraph that says "cookie" or "copyright" is prose about them rather than a
     * banner or a notice: a long paragraph ("... ensuring cookies aren't readable by third
     * parties", "cookie-cutter crossovers", "... copyright claims in India's Delhi High Court")
     * that neither opens with the copyright sign nor words the site's own notice ("we use
     * cookies", "all rights reserved").
     */
    static boolean isProseNamingCookiesOrCopyright(BoilerplatePhrases.Kind kind, String text, String key) {
        return (kind == BoilerplatePhrases.Kind.COOKIE || kind == BoilerplatePhrases.Kind.COPYRIGHT)
                && text.length() >= MIN_PROSE_NAMING_CHARS && !text.startsWith("©")
                && !BoilerplatePhrases.isNoticeWordingKey(key);
    }

    /** What a sign-up box's sentence opens with: the call to the reader. */
    private static final List<String> SIGN_UP_CALLS = List.of("sign up", "subscribe", "join", "اشترك", "اشتركوا", "سجل", "سجلوا");

    private static boolean opensWithCall(String lower, int at) {
        for (String call : SIGN_UP_CALLS) {
            int end = at + call.length();
            // The whole word: "Joint forces ..." opens with no call.
            if (lower.startsWith(call, at) && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A credit line ("المصدر: وكالة الأنباء") closes the story: it says where the text came
     * from and is not part of it. Only at the end, where at most short lines (a signature, a
     * byline) follow it and no sentence of the story does.
     */
    private static List<Paragraph> withoutClosingCredits(List<Paragraph> out) {
        int seen = 0;
        for (int i = out.size() - 1; i >= 1 && seen < MAX_CREDIT_TAIL; i--, seen++) {
            String text = out.get(i).text();
            if (BoilerplatePhrases.isSourceCredit(text) || BoilerplatePhrases.isContributorOrContactLine(text)) {
                out.remove(i);
            } else if (text.length() > MAX_AFTER_CREDIT_CHARS) {
                break;
            }
        }
        return out;
    }

    private static final int MAX_LETTERLESS_CHARS = 12;

    /** A tool line has at least this many pipe-separated parts... */
    private static final int MIN_TOOL_PARTS = 3;
    /** ...each of at most this many words... */
    private static final int MAX_TOOL_PART_WORDS = 5;
    /** ...and of at most this many characters. */
    private static final int MAX_TOOL_PART_CHARS = 30;
    private static final String BRACKETS_AND_QUOTES = "()[]{}\"'«»“”‘’";
    /** The longest tool line: a row of a few labels. */
    private static final int MAX_TOOL_LINE_CHARS = 200;
    /** How a sentence ends and a label does not ("Share:" is a label). */
    private static final String LABEL_NEVER_ENDS = ".!?؟…";

    /**
     * Whether a line is a row of page tools or counters rather than a sentence: three or more
     * parts split by vertical bars, every part a label of a few words ("عدد القراءات: 345",
     * "نسخة للطباعة", "أرسل لصديق", "حجم الخط + -", "Print | Email | Share"). Old portals put
     * such a row inside the story's own cell, above or below the text. Prose separates its
     * clauses with punctuation, not bars, and a title-like line of bars ("Sport | Football |
     * Results") is furniture as well; a part that ends a sentence or runs longer than a label
     * keeps the line, and so does a part holding a bracket or a quote (a title quoted in the
     * text, "a reusable bag (brand | shop)"). Page tools are links (print, send): a line without
     * any is a caption or a list of figures ("In-State | $472"). The rows of a data table look
     * the same once their cells are joined by bars, and a heading may name a show "A | B | C":
     * neither is asked.
     */
    static boolean isToolLine(Paragraph p) {
        return p.linkChars() > 0 && (p.kind() == Paragraph.Kind.TEXT || p.kind() == Paragraph.Kind.LIST_ITEM)
                && isToolLine(p.text());
    }

    /** {@link #isToolLine(Paragraph)} on the text alone: the bar-separated labels. */
    static boolean isToolLine(String text) {
        if (text.length() > MAX_TOOL_LINE_CHARS || text.indexOf('|') < 0) {
            return false;
        }
        String[] parts = text.split("\\|");
        if (parts.length < MIN_TOOL_PARTS) {
            return false;
        }
        for (String part : parts) {
            String label = part.strip();
            if (label.isEmpty() || label.length() > MAX_TOOL_PART_CHARS || words(label) > MAX_TOOL_PART_WORDS
                    || LABEL_NEVER_ENDS.indexOf(label.charAt(label.length() - 1)) >= 0 || hasBracketOrQuote(label)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBracketOrQuote(String label) {
        for (int i = 0; i < label.length(); i++) {
            if (BRACKETS_AND_QUOTES.indexOf(label.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /**
     * Which paragraphs belong to a run of {@link #MIN_STUTTER} or more identical short lines in
     * a row that do not end like a sentence: the caption each slide of a gallery repeats, a
     * label printed once per item. Prose never says the same line three times running.
     */
    static boolean[] consecutiveRepeats(List<Paragraph> paragraphs) {
        boolean[] out = new boolean[paragraphs.size()];
        int start = 0;
        for (int i = 1; i <= paragraphs.size(); i++) {
            boolean same = i < paragraphs.size() && isCaptionLike(paragraphs.get(i).text())
                    && paragraphs.get(i).text().equals(paragraphs.get(start).text());
            if (!same) {
                if (i - start >= MIN_STUTTER) {
                    java.util.Arrays.fill(out, start, i, true);
                }
                start = i;
            }
        }
        return out;
    }

    private static final int MIN_STUTTER = 3;
    private static final int MAX_STUTTER_CHARS = 150;
    private static final String SENTENCE_END = ".!?؟…:\"”»'";

    /** Short and not ending like a sentence, a question or a quotation: a caption or label. */
    private static boolean isCaptionLike(String text) {
        return !text.isEmpty() && text.length() <= MAX_STUTTER_CHARS
                && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /**
     * A short line without a letter and with at most two digits: a pager's "1", "<<", "›", a
     * divider. Never a sentence; a figure of three digits or more (a year, a score line) stays.
     */
    static boolean isLetterless(String text) {
        if (text.length() > MAX_LETTERLESS_CHARS) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return false;
            }
            if (Character.isDigit(c)) {
                digits++;
            }
        }
        return digits <= MAX_PAGER_DIGITS;
    }

    private static final int MAX_PAGER_DIGITS = 2;

    /**
     * The counter of a slideshow or a paged list, left as a line of its own: "Image 2 of 5",
     * "1 of 6", "1 - 5 of 36", "الصورة 2 من 5". Only numbers and a counting word.
     */
    static boolean isItemCounter(String key) {
        // The pattern matches whole keys that end with a number: others are not run through it.
        return !key.isEmpty() && isAsciiDigit(key.charAt(key.length() - 1)) && ITEM_COUNTER.matcher(key).matches();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final java.util.regex.Pattern ITEM_COUNTER = java.util.regex.Pattern.compile(
            "(?:(?:image|photo|picture|slide|صوره|الصوره|صورة|الصورة)\\s+)?\\d+(?:\\s+\\d+)?\\s+(?:of|sur|من)\\s+\\d+");

    /** Whether Arabic letters are most of the letters of the paragraphs. */
    static boolean isMostlyArabic(List<Paragraph> paragraphs) {
        int arabic = 0;
        int letters = 0;
        for (Paragraph p : paragraphs) {
            Paragraph.LetterCounts counts = p.letterCounts();
            letters += counts.letters();
            arabic += counts.arabicLetters();
        }
        return letters > 0 && arabic * 2 > letters;
    }

    /**
     * A few Latin words and no Arabic letter, no sentence punctuation: the label of a slot or
     * widget left by the theme ("in article native", "after Header Mobile"). In an Arabic
     * article such a line is never text; a Latin sentence or quotation has its punctuation.
     */
    static boolean isLatinNoise(String text) {
        if (text.length() > MAX_NOISE_CHARS) {
            return false;
        }
        boolean latin = false;
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextNormalizer.isArabicLetter(c) || SENTENCE_PUNCTUATION.indexOf(c) >= 0) {
                return false;
            }
            if (c == ' ') {
                words++;
            } else if (c < 0x250 && Character.isLetter(c)) {
                latin = true;
            }
        }
        return latin && words <= MAX_NOISE_WORDS;
    }
}
