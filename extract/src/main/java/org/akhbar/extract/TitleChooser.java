package org.akhbar.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chooses the article title from the metadata headlines and the visible h1s.
 *
 * <p>Headlines are cleaned of site-name prefixes and suffixes (" - الصحراء 24", "| Site", "site –
 * "). When a cleaned headline and a visible h1 agree (equal after normalisation, or the h1 is
 * one part of the headline) the h1 is returned, as readers saw it, unless both have the same
 * words: then the headline, without the h1's decoration (quotes, marks). Otherwise the first cleaned
 * headline, else the first h1 that is not a site name. Returns null when the page has no title.
 *
 * <p>Pages without a headline of their own (no og:title, JSON-LD headline or h1; legacy table
 * layouts) often mark it only by emphasis at the top of the body: {@link #leadHeadline} finds
 * that line, which then replaces a {@code <title>} that only names the site.
 */
final class TitleChooser {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:«»•·/]+\\s+|\\s*[|–—•·]\\s*|\\s+::\\s+");
    private static final Pattern GLUED_COLON = Pattern.compile("\\s*:\\s+");
    /** A segment this short after a separator in {@code <title>} is a site name more often than not. */
    private static final int MAX_UNKNOWN_SITE_NAME_WORDS = 3;

    /** A headline set as a body line is a short line: longer ones are a standfirst or prose. */
    private static final int MAX_LEAD_HEADLINE_WORDS = 15;
    /** Marks that end a sentence or announce more: a line ending with one is not a headline. */
    private static final String SENTENCE_END = ".!?؟…:؛;،,";
    /** How many body paragraphs after the candidate stand for the article's lead. */
    private static final int LEAD_PARAGRAPHS = 3;
    private static final int PRECEDING_LEVELS = 2;
    /** How many paragraphs at the top of the body may repeat the headline. */
    private static final int TITLE_ECHO_SCAN = 3;
    private static final int PRECEDING_SIBLINGS = 3;
    /** A date or kicker line between a headline and the body is this short. */
    private static final int MAX_SKIPPED_LINE_CHARS = 100;
    /** Words this short (in normalised form, after a clitic is cut) say nothing about the topic. */
    private static final int MIN_MEANINGFUL_WORD_CHARS = 3;
    /** A site name with up to this many extra words ("صحيفة الوادي القديمة") is still the site name. */
    private static final int MAX_SITE_NAME_EXTRA_WORDS = 2;
    private static final String[] CLITICS = {"وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل"};

    private TitleChooser() {}

    /**
     * The first paragraph when it is the page's headline set as an emphasised body line, else
     * null. Only on pages with no headline of their own ({@link PageMetadata#hasStrongHeadline});
     * the line must be short (at most 15 words), entirely emphasised and without a
     * sentence-ending mark; and the {@code <title>} must not be a better headline: it is absent,
     * agrees with the line (whole, or one of its parts beside a site name), is only the site's
     * name (maybe with a word or two more), or shares no meaningful word with the line and the
     * paragraphs after it.
     */
    static String leadHeadline(PageMetadata meta, List<Paragraph> paragraphs) {
        if (paragraphs.size() < 2 || meta.hasStrongHeadline()) {
            return null;
        }
        Paragraph first = paragraphs.get(0);
        String line = first.text();
        if (!first.emphasised() || first.kind() == Paragraph.Kind.LIST_ITEM || !looksLikeHeadline(line)) {
            return null;
        }
        return titleYieldsTo(meta, line, paragraphs.subList(1, paragraphs.size())) ? line : null;
    }

    /**
     * The headline set in its own emphasised block just above the body, on a page with no
     * headline of its own: a table layout puts it in the row before the body's cell, a
     * theme in a bold div before the text. Looks at the nearest previous siblings of the body's
     * first block and of its two closest ancestors; a date or other plain short line between
     * is skipped, plain prose ends the search. The same {@code <title>} test as
     * {@link #leadHeadline} applies.
     */
    static String precedingHeadline(PageMetadata meta, org.jsoup.nodes.Element first, List<Paragraph> paragraphs) {
        if (first == null || paragraphs.isEmpty() || meta.hasStrongHeadline()) {
            return null;
        }
        org.jsoup.nodes.Element level = first;
        for (int up = 0; up <= PRECEDING_LEVELS && level != null && level.parent() != null; up++) {
            org.jsoup.nodes.Element sibling = level.previousElementSibling();
            for (int i = 0; i < PRECEDING_SIBLINGS && sibling != null; i++, sibling = sibling.previousElementSibling()) {
                List<Paragraph> block = ParagraphCollector.collect(List.of(sibling));
                if (block.isEmpty()) {
                    continue;
                }
                Paragraph last = block.get(block.size() - 1);
                if (last.emphasised() && last.kind() != Paragraph.Kind.LIST_ITEM && last.linkRatio() == 0
                        && block.size() == 1 && looksLikeHeadline(last.text())) {
                    return titleYieldsTo(meta, last.text(), paragraphs) ? last.text() : null;
                }
                if (block.size() > 1 || last.text().length() > MAX_SKIPPED_LINE_CHARS) {
                    return null;
                }
            }
            level = level.parent();
        }
        return null;
    }

    /**
     * Whether the {@code <title>} gives way to {@code line} found in the body: it is absent,
     * agrees with the line, only names the site, or shares no meaningful word with the line
     * and the paragraphs of the article's lead.
     */
    private static boolean titleYieldsTo(PageMetadata meta, String line, List<Paragraph> following) {
        String htmlTitle = meta.htmlTitle();
        if (htmlTitle == null || htmlTitle.isBlank() || agrees(htmlTitle, line)) {
            return true;
        }
        List<String> siteKeys = new ArrayList<>();
        for (String name : meta.siteNames()) {
            siteKeys.add(TextNormalizer.forComparison(name));
        }
        String rest = stripSiteName(htmlTitle, siteKeys, siteKeys.isEmpty());
        if (isSiteNameOrVariant(rest, siteKeys)) {
            return true;
        }
        StringBuilder lead = new StringBuilder(line);
        for (int i = 0; i < LEAD_PARAGRAPHS && i < following.size(); i++) {
            lead.append(' ').append(following.get(i).text());
        }
        return !sharesMeaningfulWord(rest, lead.toString());
    }

    /**
     * The index of a heading near the top of the body that is one separator-delimited part of
     * the title ("Site: Headline" over a body that opens with "Headline"), else -1. That part is
     * the headline as readers saw it: the title, and not a line of the article. A heading equal
     * to the whole title is already gone ({@link ParagraphFilter}).
     */
    static int titleEchoInBody(String title, List<Paragraph> paragraphs) {
        if (title == null || title.isBlank()) {
            return -1;
        }
        for (int i = 0; i < Math.min(TITLE_ECHO_SCAN, paragraphs.size()); i++) {
            Paragraph p = paragraphs.get(i);
            boolean headingLike = p.kind() == Paragraph.Kind.HEADING || p.emphasised();
            if (headingLike && p.linkRatio() == 0 && looksLikeHeadline(p.text()) && agreesAcrossColon(title, p.text())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The title once a body heading has been found to be one of its parts: the heading when
     * what else the title says is short enough to be a site name ("The Daily Review: Headline"),
     * else the whole title ("The Harbour Project: Better Wall Design" keeps its first part).
     */
    static String titleGivenEcho(String title, String heading) {
        String rest = TextNormalizer.forComparison(title).replace(TextNormalizer.forComparison(heading), " ").strip();
        if (rest.isEmpty()) {
            return title;
        }
        return rest.split("\\s+").length <= MAX_UNKNOWN_SITE_NAME_WORDS ? heading : title;
    }

    /** Short, with letters, not ending like a sentence. */
    static boolean looksLikeHeadline(String line) {
        String text = TextNormalizer.cleanWhitespace(line);
        if (text.isEmpty() || text.split(" ").length > MAX_LEAD_HEADLINE_WORDS) {
            return false;
        }
        boolean letters = false;
        for (int i = 0; i < text.length() && !letters; i++) {
            letters = Character.isLetter(text.charAt(i));
        }
        return letters && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** Whether the text is a site name, or starts or ends with one and adds at most two words. */
    private static boolean isSiteNameOrVariant(String text, List<String> siteKeys) {
        String key = TextNormalizer.forComparison(text);
        if (key.isEmpty()) {
            return true;
        }
        int words = key.split(" ").length;
        for (String site : siteKeys) {
            if (site.isEmpty()) {
                continue;
            }
            if (key.equals(site)) {
                return true;
            }
            boolean edge = key.startsWith(site + " ") || key.endsWith(" " + site);
            if (edge && words - site.split(" ").length <= MAX_SITE_NAME_EXTRA_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two texts share a word of at least three letters, compared without a leading clitic ("و", "ال"...). */
    static boolean sharesMeaningfulWord(String a, String b) {
        java.util.Set<String> words = meaningfulWords(a);
        for (String w : meaningfulWords(b)) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Set<String> meaningfulWords(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String word : TextNormalizer.forComparison(text).split(" ")) {
            String stem = withoutClitic(word);
            if (stem.length() >= MIN_MEANINGFUL_WORD_CHARS) {
                out.add(stem);
            }
        }
        return out;
    }

    private static String withoutClitic(String word) {
        for (String clitic : CLITICS) {
            if (word.startsWith(clitic) && word.length() - clitic.length() >= MIN_MEANINGFUL_WORD_CHARS) {
                return word.substring(clitic.length());
            }
        }
        return word;
    }

    static String choose(PageMetadata meta) {
        List<String> siteKeys = new ArrayList<>();
        for (String name : meta.siteNames()) {
            siteKeys.add(TextNormalizer.forComparison(name));
        }
        List<String> h1s = new ArrayList<>();
        for (String h1 : meta.h1s()) {
            if (!siteKeys.contains(TextNormalizer.forComparison(h1))) {
                h1s.add(h1);
            }
        }
        List<String> cleaned = new ArrayList<>();
        for (int i = 0; i < meta.headlines().size(); i++) {
            boolean lastIsHtmlTitle = i == meta.headlines().size() - 1;
            String headline = meta.headlines().get(i);
            for (String h1 : h1s) {
                if (agrees(headline, h1)) {
                    // Same words: the headline, written for sharing, is free of the h1's
                    // decoration (quotes, emphasis marks); else the h1 is the headline's
                    // part without the site name.
                    // An apostrophe's typography is no decoration: then the h1, as printed.
                    return sameWords(headline, h1) && !sameBesideApostrophes(headline, h1)
                            ? TextNormalizer.cleanWhitespace(headline) : h1;
                }
            }
            String clean = stripSiteName(headline, siteKeys, lastIsHtmlTitle && siteKeys.isEmpty());
            if (!clean.isEmpty()) {
                cleaned.add(clean);
            }
        }
        if (!cleaned.isEmpty()) {
            return cleaned.get(0);
        }
        return h1s.isEmpty() ? null : h1s.get(0);
    }

    /**
     * "مدونة الساحل: عنوان" has its separator glued to the site name, which the spaced
     * separators miss: compare the headline's first (or last) words with each site name.
     * Null when the headline neither starts nor ends with a site name.
     */
    static String withoutGluedSiteName(String headline, List<String> siteKeys) {
        String[] words = headline.split(" ");
        for (String key : siteKeys) {
            int k = key.isEmpty() ? 0 : key.split(" ").length;
            if (k == 0 || words.length <= k) {
                continue;
            }
            String head = String.join(" ", Arrays.copyOfRange(words, 0, k));
            if (TextNormalizer.forComparison(head).equals(key) && isSeparator(head.charAt(head.length() - 1))) {
                return String.join(" ", Arrays.copyOfRange(words, k, words.length)).strip();
            }
            String tail = String.join(" ", Arrays.copyOfRange(words, words.length - k, words.length));
            String before = words[words.length - k - 1];
            if (TextNormalizer.forComparison(tail).equals(key) && isSeparator(before.charAt(before.length() - 1))) {
                String rest = String.join(" ", Arrays.copyOfRange(words, 0, words.length - k)).strip();
                return rest.substring(0, rest.length() - 1).strip();
            }
        }
        return null;
    }

    /**
     * "标题-新华网", "عنوان الخبر_الموقع": in scripts that never hyphenate a word (Arabic, Chinese,
     * Japanese...), a dash or underscore glued between two letters separates the headline from
     * the site's name. The headline without that short last part, or null.
     */
    static String withoutGluedTail(String title) {
        int cut = -1;
        for (int i = 1; i < title.length() - 1; i++) {
            char c = title.charAt(i);
            if ((c == '-' || c == '_') && isUnhyphenatedLetter(title.charAt(i - 1)) && isUnhyphenatedLetter(title.charAt(i + 1))) {
                cut = i;
            }
        }
        if (cut < 0) {
            return null;
        }
        String tail = title.substring(cut + 1).strip();
        String head = title.substring(0, cut).strip();
        boolean shortTail = tail.split(" ").length <= MAX_UNKNOWN_SITE_NAME_WORDS && tail.length() < head.length();
        return shortTail && !head.isEmpty() ? head : null;
    }

    /** A letter of a script whose words are never joined by a hyphen. */
    private static boolean isUnhyphenatedLetter(char c) {
        if (!Character.isLetter(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.THAI;
    }

    private static boolean isSeparator(char c) {
        return c == ':' || c == '|' || c == '-' || c == '–' || c == '—' || c == '»' || c == '«';
    }

    /** Whether the two differ at most in how apostrophes inside words are drawn ("Heartsteel's" and "Heartsteel’s"). */
    static boolean sameBesideApostrophes(String a, String b) {
        return plainApostrophes(TextNormalizer.cleanWhitespace(a)).equals(plainApostrophes(TextNormalizer.cleanWhitespace(b)));
    }

    /** Apostrophes inside a word drawn plain; quotation marks around words are left as they are. */
    private static String plainApostrophes(String s) {
        StringBuilder out = new StringBuilder(s);
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if ((c == '’' || c == '‘' || c == 'ʼ') && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1))) {
                out.setCharAt(i, '\'');
            }
        }
        return out.toString();
    }

    private static boolean sameWords(String headline, String h1) {
        return TextNormalizer.forComparison(headline).equals(TextNormalizer.forComparison(h1));
    }

    /** Whether the h1 is the headline, or one of its separator-delimited parts. */
    static boolean agrees(String headline, String h1) {
        String h = TextNormalizer.forComparison(h1);
        if (h.isEmpty()) {
            return false;
        }
        if (TextNormalizer.forComparison(headline).equals(h)) {
            return true;
        }
        for (String part : SEPARATOR.split(headline)) {
            if (TextNormalizer.forComparison(part).equals(h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #agrees}, or the heading is what follows (or precedes) a colon of the title:
     * "Site: Headline" glues the colon to the site name. Only for a heading found in the body,
     * not for an h1 anywhere on the page, which may be the site's name itself.
     */
    private static boolean agreesAcrossColon(String title, String heading) {
        if (agrees(title, heading)) {
            return true;
        }
        String h = TextNormalizer.forComparison(heading);
        for (String part : GLUED_COLON.split(title)) {
            if (TextNormalizer.forComparison(part).equals(h)) {
                return true;
            }
        }
        return false;
    }

    /** The headline without separator-delimited parts that are a site name. */
    static String stripSiteName(String headline, List<String> siteKeys, boolean guessUnknownSiteName) {
        String glued = withoutGluedSiteName(TextNormalizer.cleanWhitespace(headline), siteKeys);
        if (glued != null) {
            return glued;
        }
        String[] parts = SEPARATOR.split(headline);
        if (parts.length < 2) {
            if (guessUnknownSiteName) {
                // "headline_section_site": a section's name may stand between the two.
                String unglued = withoutGluedTail(TextNormalizer.cleanWhitespace(headline));
                if (unglued != null) {
                    String again = withoutGluedTail(unglued);
                    return again != null ? again : unglued;
                }
            }
            return TextNormalizer.cleanWhitespace(headline);
        }
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            String key = TextNormalizer.forComparison(part);
            if (!key.isEmpty() && !siteKeys.contains(key)) {
                kept.add(part.strip());
            }
        }
        if (kept.size() == parts.length && guessUnknownSiteName) {
            String last = kept.get(kept.size() - 1);
            if (TextNormalizer.cleanWhitespace(last).split(" ").length <= MAX_UNKNOWN_SITE_NAME_WORDS) {
                kept.remove(kept.size() - 1);
            }
        }
        if (kept.size() == parts.length) {
            return TextNormalizer.cleanWhitespace(headline); // nothing was a site name: the separator belongs to the title
        }
        return TextNormalizer.cleanWhitespace(String.join(" - ", kept));
    }
}
