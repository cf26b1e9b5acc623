package org.akhbar.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an element's class and id say about it: +25 when they name article content, -25 when
 * they name page furniture (comments, sidebars, menus, share bars, ads, cookie banners...),
 * 0 when both or neither. A hint must start a word of the class or id ("comments", "sidebar-1",
 * "post-content"), and the short ones ("ad", "tags") must be the whole word, so "header"
 * does not fire inside "shadow" and "ad" does not fire inside "load". Word lists are matched by
 * {@link WordStartKeywords} (see there for the {@code $} and {@code !} notation).
 */
final class ClassHints {

    static final int WEIGHT = 25;

    private static final WordStartKeywords POSITIVE = WordStartKeywords.of(
            "article", "content", "entry", "post", "story", "body", "text", "news-detail", "newsdetail", "single", "main",
            "detail");
    /** Furniture words besides "header" and the ad words. */
    private static final String[] FURNITURE_WORDS_BUT_HEADER = {
            "comment", "sidebar", "side-bar", "footer", "masthead", "nav", "menu", "share", "sharing", "social",
            "related", "widget!-container!_container!-wrap!_wrap", "promo",
            "cookie", "consent", "gdpr", "banner", "breadcrumb", "tag$", "tags$", "newsletter", "subscribe", "popup",
            "modal", "pagination", "pager$", "sponsor", "outbrain", "taboola", "disqus", "most-read", "mostread",
            "trending", "caption", "wp-caption", "print", "toolbar", "rating", "author-box", "authorbox", "bio$",
            "prev-next", "prev_next", "prevnext", "next-prev", "next_prev", "nextprev"};

    /** Words that name an ad slot: what {@link #AD_MARKER} says more precisely. */
    private static final String[] AD_WORDS = {"ad$", "ads$", "adsbygoogle", "advert"};

    /** Every word that makes a class a negative hint. */
    private static final WordStartKeywords NEGATIVE =
            WordStartKeywords.of(with(withHeader(FURNITURE_WORDS_BUT_HEADER), AD_WORDS));

    /**
     * The words that make an element furniture to prune whatever its size: all but the ad
     * words. An ad slot goes only while it is small ({@link #isAdMarked}, {@link
     * BoilerplatePruner}): a slot left unclosed in the markup swallows the rest of the story.
     */
    private static final WordStartKeywords PRUNED = WordStartKeywords.of(withHeader(FURNITURE_WORDS_BUT_HEADER));

    /**
     * What names furniture on a heading element ({@code <h2>}...{@code <h6>}): a heading is a
     * header by its nature, so "header" in its class says what it is ("header-anchor-post",
     * "et_pb_module_header"), not that it is the site's header; the other words still count
     * ("related-posts-title").
     */
    private static final WordStartKeywords NEGATIVE_FOR_HEADINGS = WordStartKeywords.of(FURNITURE_WORDS_BUT_HEADER);

    private static String[] with(String[] words, String[] more) {
        String[] all = Arrays.copyOf(words, words.length + more.length);
        System.arraycopy(more, 0, all, words.length, more.length);
        return all;
    }

    private static String[] withHeader(String[] words) {
        return with(words, new String[] {"header"});
    }

    /**
     * Markers that an element is an advertisement: "ad-slot", "ads", "adsbygoogle", "advert",
     * "sponsored", "dfp-...". Decisive on a small element whatever else the class says, since
     * themes name in-body slots after where they sit ("ad-slot in-article").
     */
    private static final WordStartKeywords AD_MARKER = WordStartKeywords.of(
            "ad$", "ads$", "adv$", "advert", "adsbygoogle$", "adsense$",
            "ad-slot$", "ad_slot$", "adslot$", "ad-unit$", "ad_unit$", "adunit$", "ad-box$", "ad_box$", "adbox$",
            "ad-zone$", "ad_zone$", "adzone$", "ad-container$", "ad_container$", "adcontainer$",
            "ad-wrapper$", "ad_wrapper$", "adwrapper$", "ad-banner$", "ad_banner$", "adbanner$",
            "sponsor$", "sponsored$", "dfp$", "gpt-ad$", "google-ad");

    /** Words that say "this holds the article" strongly enough to survive a furniture word beside them. */
    private static final WordStartKeywords PROTECTIVE = WordStartKeywords.of(
            "article", "content", "main", "body", "entry", "story", "text");

    /** The header of the post itself (headline, date, author), not the site's header. */
    private static final WordStartKeywords POST_HEADER = WordStartKeywords.of(
            "post-head", "post_head", "posthead", "entry-head", "entry_head", "entryhead",
            "article-head", "article_head", "articlehead", "story-head", "story_head", "storyhead",
            "news-head", "news_head", "newshead");

    /** What themes append to a part's name without changing what it is: "tags-list", "share-box-2". */
    private static final Pattern CONTAINER_SUFFIX = Pattern.compile(
            "([-_](container|wrapper|wrap|wrp|box|area|list|block|section|inner|holder|items?|links|bar|\\d+))*");

    /** "content-with-sidebar": the name of a wrapper around both, not of the furniture. */
    private static final Pattern CONNECTOR = Pattern.compile("(^|[-_])(with|and|has|plus)([-_]|$)");

    private ClassHints() {}

    /**
     * Whether the class/id names furniture and nothing that holds the article: "related-posts"
     * and "post-tags" are furniture, "entry-header", "post-header" and "content has-sidebar" are
     * not. Judged per class name: a name that puts a furniture word after an article word
     * ("article_details_tags", "article-comments") names a part of the article's furniture and
     * protects nothing.
     */
    static boolean isFurniture(String className, String id) {
        return isFurniture(className, id, PRUNED);
    }

    /** {@link #isFurniture} for a heading element: see {@link #NEGATIVE_FOR_HEADINGS}. */
    static boolean isHeadingFurniture(String className, String id) {
        return isFurniture(className, id, NEGATIVE_FOR_HEADINGS);
    }

    private static boolean isFurniture(String className, String id, WordStartKeywords furnitureWords) {
        if (className.isBlank() && id.isBlank()) {
            return false;
        }
        if (!furnitureWords.foundIn(camelSplit(className, id))) {
            return false;
        }
        String hints = (className + " " + id).toLowerCase(Locale.ROOT);
        if (POST_HEADER.foundIn(hints)) {
            return false;
        }
        for (String name : BoilerplatePruner.classNames(hints)) {
            if (namesTextEditorWidget(name)) {
                return false;
            }
            int protective = PROTECTIVE.find(name, 0);
            if (protective >= 0 && !endsWithFurnitureWord(name, PROTECTIVE.matchAt(name, protective))) {
                return false;
            }
        }
        return true;
    }

    /** What one class name says, as bits: see {@link #nameFeatures}. */
    static final int NAME_FURNITURE_WORD = 1;
    static final int NAME_POST_HEADER = 2;
    static final int NAME_PROTECTS = 4;
    static final int NAME_AD = 8;
    /** A furniture word that names furniture on a heading too: any but "header" ({@link #NEGATIVE_FOR_HEADINGS}). */
    static final int NAME_HEADING_FURNITURE_WORD = 16;

    /**
     * Everything {@link #namesFurniture}, {@link #namesPostHeader}, {@link #protectsArticle}
     * and {@link #namesAd} say about one class name, in one pass over it when it has no
     * capital (its camelCase reading is then the name itself): four scans of every name cost
     * most of the time of judging a page's classes.
     */
    static int nameFeatures(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String camel = camelSplit(name);
        boolean oneReading = camel.equals(lower);
        int bits = 0;
        if (!oneReading && PRUNED.foundIn(camel)) {
            bits |= NAME_FURNITURE_WORD;
        }
        int protectiveEnd = -1;
        boolean afterWordChar = false;
        for (int pos = 0; pos < lower.length(); pos++) {
            char c = lower.charAt(pos);
            if (!afterWordChar && c < 128) {
                if (oneReading && (bits & NAME_FURNITURE_WORD) == 0 && PRUNED.matchAt(lower, pos) >= 0) {
                    bits |= NAME_FURNITURE_WORD;
                }
                if ((bits & NAME_POST_HEADER) == 0 && POST_HEADER.matchAt(lower, pos) >= 0) {
                    bits |= NAME_POST_HEADER;
                }
                if (protectiveEnd < 0) {
                    protectiveEnd = PROTECTIVE.matchAt(lower, pos);
                }
                if ((bits & NAME_AD) == 0 && AD_MARKER.matchAt(lower, pos) >= 0) {
                    bits |= NAME_AD;
                }
            }
            afterWordChar = WordStartKeywords.isWordChar(c);
        }
        if ((protectiveEnd >= 0 && !endsWithFurnitureWord(lower, protectiveEnd)) || namesTextEditorWidget(lower)) {
            bits |= NAME_PROTECTS;
        }
        if ((bits & NAME_FURNITURE_WORD) != 0 && NEGATIVE_FOR_HEADINGS.foundIn(camel)) {
            bits |= NAME_HEADING_FURNITURE_WORD;
        }
        return bits;
    }

    private static final String EDITOR = "editor";

    /**
     * Whether one lower-case class name ends in the word "editor": a page builder's text-editor
     * widget ("widget_sow-editor", "elementor-widget-text-editor"), the block the author writes
     * the page's prose in. Builders class every block of the page "widget" as sidebars do, so
     * the widget word says nothing there; "editor-picks", a list, does not end in it.
     */
    static boolean namesTextEditorWidget(String lowerName) {
        int start = lowerName.length() - EDITOR.length();
        return start >= 0 && lowerName.endsWith(EDITOR)
                && (start == 0 || lowerName.charAt(start - 1) == '-' || lowerName.charAt(start - 1) == '_');
    }

    /** Whether one class name (any case) holds a furniture word, camelCase joints read as hyphens. */
    static boolean namesFurniture(String name) {
        return PRUNED.foundIn(camelSplit(name));
    }

    /** Whether one lower-case class name names the post's own header ("entry-header"). */
    static boolean namesPostHeader(String lowerName) {
        return POST_HEADER.foundIn(lowerName);
    }

    /** Whether one lower-case class name says it holds the article, with no furniture word ending it. */
    static boolean protectsArticle(String lowerName) {
        if (namesTextEditorWidget(lowerName)) {
            return true;
        }
        int protective = PROTECTIVE.find(lowerName, 0);
        return protective >= 0 && !endsWithFurnitureWord(lowerName, PROTECTIVE.matchAt(lowerName, protective));
    }

    /** Whether one lower-case class name marks an advertisement slot. */
    static boolean namesAd(String lowerName) {
        return AD_MARKER.foundIn(lowerName);
    }

    /**
     * Whether the name, after position {@code from}, ends with a furniture word (give or take a
     * container suffix): "article_details_tags", "post-content-share-box", but not
     * "content-with-sidebar-wrp", a wrapper that holds the article beside the sidebar, nor
     * "content-main-sidebar", a grid named after its columns ({@link #listsGridColumns}).
     */
    private static boolean endsWithFurnitureWord(String name, int from) {
        for (int start = NEGATIVE.find(name, from); start >= 0; start = NEGATIVE.find(name, start + 1)) {
            int end = NEGATIVE.matchAt(name, start);
            while (end < name.length() && Character.isLetter(name.charAt(end))) {
                end++;
            }
            boolean joined = CONNECTOR.matcher(name.substring(from, start)).find() || listsGridColumns(name, start);
            if (!joined && CONTAINER_SUFFIX.matcher(name.substring(end)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Words that name a column of a page's grid: the article's, or its table of contents. */
    private static final Set<String> GRID_COLUMNS = Set.of("content", "main", "toc");
    private static final int MIN_COLUMNS_BEFORE_SIDEBAR = 2;

    /**
     * Whether the sidebar word at {@code start} ends a list of the grid's columns: at least two
     * column words just before it ("content-main-sidebar" around "content-main" and
     * "content-sidebar"; "grid-toc-content-sidebar"). Such a name lists what the grid holds;
     * one word before it names whose sidebar it is ("main-sidebar", "post-content-sidebar").
     */
    private static boolean listsGridColumns(String name, int start) {
        if (!name.startsWith("sidebar", start) && !name.startsWith("side-bar", start)) {
            return false;
        }
        int columns = 0;
        int wordEnd = start;
        while (true) {
            while (wordEnd > 0 && (name.charAt(wordEnd - 1) == '-' || name.charAt(wordEnd - 1) == '_')) {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && WordStartKeywords.isWordChar(name.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd || !GRID_COLUMNS.contains(name.substring(wordStart, wordEnd))) {
                return columns >= MIN_COLUMNS_BEFORE_SIDEBAR;
            }
            columns++;
            wordEnd = wordStart;
        }
    }

    /** Whether the class or id marks the element as an advertisement slot (see {@link #AD_MARKER}). */
    static boolean isAdMarked(String className, String id) {
        if (className.isBlank() && id.isBlank()) {
            return false;
        }
        return AD_MARKER.foundIn((className + " " + id).toLowerCase(Locale.ROOT));
    }

    /**
     * The class and id as one lower-case string, with a camelCase joint read as a hyphen:
     * "imgCaption" and "newsTags" name a caption and a tag list as plainly as "img-caption"
     * and "news-tags" do, and lower-casing alone would glue the words into "imgcaption". Used
     * only to find furniture words: a joint never makes an article word ("StoryBodyColumn"
     * already says "story") and so never protects.
     */
    static String camelSplit(String className, String id) {
        return camelSplit(className + " " + id);
    }

    private static String camelSplit(String raw) {
        if (!hasUpperCase(raw)) {
            return raw; // no joint to mark, nothing to lower-case: most class names
        }
        StringBuilder sb = new StringBuilder(raw.length() + 8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(raw.charAt(i - 1))) {
                sb.append('-');
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static boolean hasUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    /** The class/id weight of an element: +25, -25 or 0. */
    static int weight(String className, String id) {
        if (className.isBlank() && id.isBlank()) {
            return 0;
        }
        int w = 0;
        if (POSITIVE.foundIn((className + " " + id).toLowerCase(Locale.ROOT))) {
            w += WEIGHT;
        }
        if (NEGATIVE.foundIn(camelSplit(className, id))) {
            w -= WEIGHT;
        }
        return w;
    }
}
