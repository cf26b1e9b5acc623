package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * Removes, in one pass over the tree, the elements that are never article text: scripts,
 * styles, embeds, forms and buttons, captions, navigation, footers, asides, hidden elements
 * (attribute, inline style or a framework's hiding class)
 * and every element whose class or id names page furniture ({@link ClassHints#isFurniture}).
 *
 * <p>Elements that hold the headline or an {@code <article>}/{@code <main>}/{@code
 * itemprop=articleBody} are kept whatever their class says: a theme that puts "has-sidebar"
 * on its page wrapper must not lose the article. A {@code <form>} is kept when it wraps
 * paragraphs, the headline or the article, or simply much text (ASP.NET pages wrap the whole
 * page in one). A small element whose class or id
 * marks an ad ({@link ClassHints#isAdMarked}) goes even when another word of its class
 * protects it. An anchor that wraps tables or paragraphs ({@link #isStructuralLink}) is
 * unwrapped, its content kept.
 */
final class BoilerplatePruner {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "iframe", "button", "svg", "template", "select", "textarea", "input",
            "figcaption", "nav", "footer", "aside", "object", "embed", "canvas", "video", "audio", "map", "dialog",
            "amp-ad", "amp-analytics", "amp-social-share", "amp-sidebar", "amp-consent", "amp-iframe",
            "amp-embed", "amp-sticky-ad", "link", "meta", "label", "menu");
    private static final String ARTICLE_MARKERS = "h1, article, main, [itemprop=articleBody]";
    private static final Evaluator AD_KEEPERS = QueryParser.parse("p, h1, article, main, [itemprop=articleBody]");
    private static final Evaluator TABLE = QueryParser.parse("table");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    private static final int MAX_AD_CHARS = 300;
    private static final Evaluator FORM_KEEPERS = QueryParser.parse("p, h1, article, main, [itemprop=articleBody]");
    /** More text than a search, login or comment form carries, counting the layout's whitespace. */
    private static final int MAX_FORM_CHARS = 3000;

    private BoilerplatePruner() {}

    static void prune(Element root) {
        List<Element> structuralLinks = new ArrayList<>();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || node == root) {
                    return FilterResult.CONTINUE;
                }
                if (shouldRemove(e)) {
                    return FilterResult.REMOVE;
                }
                if (e.normalName().equals("a") && isStructuralLink(e)) {
                    structuralLinks.add(e);
                }
                return FilterResult.CONTINUE;
            }
        });
        for (Element a : structuralLinks) {
            if (a.parent() != null) {
                a.unwrap();
            }
        }
    }

    static boolean shouldRemove(Element e) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag)) {
            return true;
        }
        if (tag.equals("header")) {
            return e.closest("article") == null && e.selectFirst("p") == null;
        }
        if (tag.equals("form")) {
            // ASP.NET pages wrap the whole page in one form, not always with a <p> inside:
            // a form that holds the headline, the article or more text than any real form goes on.
            return e.selectFirst(FORM_KEEPERS) == null && MetadataReader.boundedText(e, MAX_FORM_CHARS) != null;
        }
        if (e.hasAttr("hidden") || isHiddenByStyle(e.attr("style")) || isHiddenByClass(e)) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
            return false;
        }
        if (isCaption(e)) {
            return true;
        }
        if (ClassHints.isFurniture(e.className(), e.id())) {
            return e.selectFirst(ARTICLE_MARKERS) == null;
        }
        if (ClassHints.isAdMarked(e.className(), e.id())) {
            // An ad marker outweighs "article" or "content" beside it, but only on a small
            // element: a page wrapper that happens to say "ads" must not take the article along.
            return MetadataReader.boundedText(e, MAX_AD_CHARS) != null && e.selectFirst(AD_KEEPERS) == null;
        }
        return false;
    }

    /**
     * Whether an anchor wraps page structure (a table, or several paragraphs): the parser's
     * repair of an unclosed {@code <a>} reopens it around everything after it, which would
     * make the whole article look like one link.
     */
    static boolean isStructuralLink(Element a) {
        if (a.childrenSize() == 0) {
            return false;
        }
        if (a.selectFirst(TABLE) != null) {
            return true;
        }
        return a.selectFirst(PARAGRAPH) != null && a.getElementsByTag("p").size() >= 2;
    }

    private static boolean isCaption(Element e) {
        return e.hasClass("caption") || e.hasClass("wp-caption-text") || e.hasClass("image-caption");
    }

    /**
     * CSS-framework classes that hide an element on every screen ("d-none" unless a
     * "d-md-block"-like class shows it again, "hidden", "u-hide"). Screen-reader-only text
     * ("sr-only") is kept: it is sometimes the only label of a real heading.
     */
    static boolean isHiddenByClass(Element e) {
        String className = e.className();
        if (className.isEmpty()) {
            return false;
        }
        boolean hidden = false;
        for (String c : className.split("\\s+")) {
            switch (c) {
                case "d-none", "hidden", "u-hide", "is-hidden", "hide" -> hidden = true;
                default -> {
                    if (c.startsWith("d-") && (c.endsWith("-block") || c.endsWith("-flex") || c.endsWith("-inline")
                            || c.endsWith("-inline-block") || c.endsWith("-grid") || c.endsWith("-table"))) {
                        return false;
                    }
                }
            }
        }
        return hidden;
    }

    private static boolean isHiddenByStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
