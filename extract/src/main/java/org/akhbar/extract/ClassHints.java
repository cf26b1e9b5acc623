package org.akhbar.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an element's class and id say about it: +25 when they name article content, -25 when
 * they name page furniture (comments, sidebars, menus, share bars, ads, cookie banners...),
 * 0 when both or neither. A hint must start a word of the class or id ("comments", "sidebar-1",
 * "post-content"), and the short ones ("ad", "tags") must be the whole word, so "header"
 * does not fire inside "shadow" and "ad" does not fire inside "load".
 */
final class ClassHints {

    static final int WEIGHT = 25;

    private static final Pattern POSITIVE = Pattern.compile(
            "(?<![a-z0-9])(article|content|entry|post|story|body|text|news-?details?|single|main|detail)");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?<![a-z0-9])(comment|sidebar|side-bar|footer|header|masthead|nav|menu|share|sharing|social|related"
            + "|widget(?![-_](?:container|wrap)(?![a-z]))|ads?(?![a-z])|adsbygoogle|advert|promo|cookie|consent|gdpr|banner|breadcrumb|tags?(?![a-z])"
            + "|newsletter|subscribe|popup|modal|pagination|pager(?![a-z])|sponsor|outbrain|taboola|disqus|most-?read"
            + "|trending|caption|wp-caption|print|toolbar|rating|author-?box|bio(?![a-z])|prev[-_]?next|next[-_]?prev)");

    /**
     * Markers that an element is an advertisement: "ad-slot", "ads", "adsbygoogle", "advert",
     * "sponsored", "dfp-...". Decisive on a small element whatever else the class says, since
     * themes name in-body slots after where they sit ("ad-slot in-article").
     */
    private static final Pattern AD_MARKER = Pattern.compile(
            "(?<![a-z0-9])(ads?|adv|advert\\w*|adsbygoogle|adsense|ad[-_]?(?:slot|unit|box|zone|container|wrapper|banner)"
            + "|sponsor(?:ed)?|dfp|gpt-ad|google-ad\\w*)(?![a-z])");

    /** Words that say "this holds the article" strongly enough to survive a furniture word beside them. */
    private static final Pattern PROTECTIVE = Pattern.compile("(?<![a-z0-9])(article|content|main|body|entry|story|text)");

    /** What themes append to a part's name without changing what it is: "tags-list", "share-box-2". */
    private static final Pattern CONTAINER_SUFFIX = Pattern.compile(
            "([-_](container|wrapper|wrap|wrp|box|area|list|block|section|inner|holder|items?|links|bar|\\d+))*");

    /** "content-with-sidebar": the name of a wrapper around both, not of the furniture. */
    private static final Pattern CONNECTOR = Pattern.compile("(^|[-_])(with|and|has|plus)([-_]|$)");

    /** The header of the post itself (headline, date, author), not the site's header. */
    private static final Pattern POST_HEADER = Pattern.compile("(?<![a-z0-9])(post|entry|article|story|news)[-_]?(header|head)");

    private ClassHints() {}

    /**
     * Whether the class/id names furniture and nothing that holds the article: "related-posts"
     * and "post-tags" are furniture, "entry-header", "post-header" and "content has-sidebar" are
     * not. Judged per class name: a name that puts a furniture word after an article word
     * ("article_details_tags", "article-comments") names a part of the article's furniture and
     * protects nothing.
     */
    static boolean isFurniture(String className, String id) {
        String hints = (className + " " + id).toLowerCase(Locale.ROOT);
        if (hints.isBlank() || !NEGATIVE.matcher(camelSplit(className, id)).find() || POST_HEADER.matcher(hints).find()) {
            return false;
        }
        for (String name : BoilerplatePruner.classNames(hints)) {
            Matcher protective = PROTECTIVE.matcher(name);
            if (protective.find() && !endsWithFurnitureWord(name, protective.end())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the name, after position {@code from}, ends with a furniture word (give or take a
     * container suffix): "article_details_tags", "post-content-share-box", but not
     * "content-with-sidebar-wrp", a wrapper that holds the article beside the sidebar.
     */
    private static boolean endsWithFurnitureWord(String name, int from) {
        Matcher negative = NEGATIVE.matcher(name).useTransparentBounds(true).region(from, name.length());
        while (negative.find()) {
            int end = negative.end();
            while (end < name.length() && Character.isLetter(name.charAt(end))) {
                end++;
            }
            boolean joined = CONNECTOR.matcher(name.substring(from, negative.start())).find();
            if (!joined && CONTAINER_SUFFIX.matcher(name.substring(end)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the class or id marks the element as an advertisement slot (see {@link #AD_MARKER}). */
    static boolean isAdMarked(String className, String id) {
        String hints = (className + " " + id).toLowerCase(Locale.ROOT);
        return !hints.isBlank() && AD_MARKER.matcher(hints).find();
    }

    /**
     * The class and id as one lower-case string, with a camelCase joint read as a hyphen:
     * "imgCaption" and "newsTags" name a caption and a tag list as plainly as "img-caption"
     * and "news-tags" do, and lower-casing alone would glue the words into "imgcaption". Used
     * only to find furniture words: a joint never makes an article word ("StoryBodyColumn"
     * already says "story") and so never protects.
     */
    static String camelSplit(String className, String id) {
        String raw = className + " " + id;
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

    /** The class/id weight of an element: +25, -25 or 0. */
    static int weight(String className, String id) {
        String hints = (className + " " + id).toLowerCase(Locale.ROOT);
        if (hints.isBlank()) {
            return 0;
        }
        int w = 0;
        if (POSITIVE.matcher(hints).find()) {
            w += WEIGHT;
        }
        if (NEGATIVE.matcher(camelSplit(className, id)).find()) {
            w -= WEIGHT;
        }
        return w;
    }
}
