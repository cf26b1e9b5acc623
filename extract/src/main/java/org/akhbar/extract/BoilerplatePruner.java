package org.akhbar.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Removes, in one pass over the tree, the elements that are never article text: scripts,
 * styles, embeds, forms and buttons, captions, navigation, footers, asides, hidden elements
 * (attribute, inline style or a framework's hiding class)
 * and every element whose class or id names page furniture ({@link ClassHints#isFurniture}), but
 * a subheading whose class only calls it a header ({@link ClassHints#isHeadingFurniture}); a
 * subheading's id, the anchor made of its words, is not read for it.
 * React's streamed content ({@code <div hidden id="S:1">}) is not hidden ({@link #hidesByAttribute}).
 *
 * <p>Elements that hold the headline or an {@code <article>}/{@code <main>}/{@code
 * itemprop=articleBody} are kept whatever their class says: a theme that puts "has-sidebar"
 * on its page wrapper must not lose the article. A {@code <form>} is kept when it wraps
 * paragraphs, the headline or the article, or simply much text (ASP.NET pages wrap the whole
 * page in one). An element whose class or id marks an ad ({@link ClassHints#isAdMarked})
 * goes while it is small, even when another word of its class protects it; a large one
 * holding paragraphs is an ad slot whose markup was left open around the rest of the story.
 * An anchor that wraps tables or paragraphs ({@link #isStructuralLink}) is unwrapped, its
 * content kept.
 */
final class BoilerplatePruner {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "iframe", "button", "svg", "template", "select", "textarea", "input",
            "figcaption", "nav", "footer", "aside", "object", "embed", "canvas", "video", "audio", "map", "dialog",
            "amp-ad", "amp-analytics", "amp-social-share", "amp-sidebar", "amp-consent", "amp-iframe",
            "amp-embed", "amp-sticky-ad", "link", "meta", "label", "menu");
    /**
     * An element whose itemprop names the article body, alone or among other properties
     * ("description articleBody", as blog platforms write it).
     */
    private static final String ARTICLE_BODY_PROPERTY = "[itemprop~=(?i)(^|\\s)articleBody(\\s|$)]";
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator AD_KEEPERS = QueryParser.parse("p, h1, article, main, " + ARTICLE_BODY_PROPERTY);
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    private static final int MAX_AD_CHARS = 300;
    private static final Evaluator FORM_KEEPERS = QueryParser.parse("p, h1, article, main, " + ARTICLE_BODY_PROPERTY);
    /** More text than a search, login or comment form carries, counting the layout's whitespace. */
    private static final int MAX_FORM_CHARS = 3000;

    private BoilerplatePruner() {}

    static void prune(Element root) {
        prune(root, e -> { });
    }

    /**
     * Prunes, and shows {@code observer} every element of the tree, root included, in document
     * order and before anything is removed. Lets another pass over the whole page (the
     * metadata scan) ride on the pruner's first walk instead of making its own.
     */
    static void prune(Element root, Consumer<Element> observer) {
        prune(root, observer, new ClassVerdicts());
    }

    /**
     * {@link #prune(Element, Consumer)} with the page's class verdicts so far: the byte scan
     * before the parse judged the classes of the page's divs and lists already.
     */
    static void prune(Element root, Consumer<Element> observer, ClassVerdicts verdicts) {
        List<Element> structuralLinks = new ArrayList<>();
        ArticleMarkers markers = new ArticleMarkers(root);
        // One walk of the untouched tree shows the observer every element and finds the
        // article markers; the pruning walk below then needs neither.
        markers.find(observer);
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || node == root) {
                    return FilterResult.CONTINUE;
                }
                if (shouldRemove(e, verdicts, markers)) {
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
        return shouldRemove(e, new ClassVerdicts(), new ArticleMarkers(e));
    }

    private static boolean shouldRemove(Element e, ClassVerdicts verdicts, ArticleMarkers markers) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag)) {
            return true;
        }
        if (tag.equals("header")) {
            return e.closest(ARTICLE) == null && !holdsOutsideFurniture(e, PARAGRAPH);
        }
        if (tag.equals("form")) {
            // ASP.NET pages wrap the whole page in one form, not always with a <p> inside:
            // a form that holds the headline, the article or more text than any real form goes on.
            return e.selectFirst(FORM_KEEPERS) == null && MetadataReader.boundedText(e, MAX_FORM_CHARS) != null;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        // The parser lower-cases attribute names: exact-key lookups, not case-blind scans.
        Attributes attributes = e.attributes();
        // A subheading's id is its anchor, the slug of its own words ("what-is-social-media-
        // marketing"): it names the topic, not a part of the template.
        int verdict = verdicts.of(attributes.get("class"), isSubheading(tag) ? "" : attributes.get("id"));
        if (isHidden(verdict, hidesByAttribute(attributes.hasKey("hidden"), attributes.get("id")), attributes.get("style"))) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
            return false;
        }
        if ((verdict & ClassVerdicts.CAPTION) != 0) {
            return true;
        }
        if ((verdict & ClassVerdicts.FURNITURE) != 0 && (!isSubheading(tag) || (verdict & ClassVerdicts.HEADING_FURNITURE) != 0)) {
            return !markers.heldBy(e);
        }
        if ((verdict & ClassVerdicts.AD_MARKED) != 0) {
            // An ad marker outweighs "article" or "content" beside it, but only on a small
            // element: a page wrapper that happens to say "ads", or a slot left unclosed that
            // the parser filled with the rest of the story, must not take the article along.
            return MetadataReader.textOutsideFurniture(e, MAX_AD_CHARS) != null && !holdsOutsideFurniture(e, AD_KEEPERS);
        }
        return false;
    }

    private static final Set<String> SUBHEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /** A heading below the headline: "header" in its class names what it is ({@link ClassHints#isHeadingFurniture}). */
    private static boolean isSubheading(String tag) {
        return SUBHEADINGS.contains(tag);
    }

    /**
     * The elements of the tree that are or hold an {@code <h1>}, {@code <article>}, {@code
     * <main>} or an {@code itemprop=articleBody} element: what {@code selectFirst("h1, article,
     * main, [itemprop=articleBody]")} would find under them. Found in one walk before pruning,
     * instead of a subtree query per furniture element (nested furniture made those queries
     * walk the same subtrees again and again). Pruning cannot change the answer for an element
     * not yet visited: what it removes lies before that element in document order, so outside
     * its subtree.
     */
    private static final class ArticleMarkers {
        private final Element root;
        private Set<Element> holders;

        ArticleMarkers(Element root) {
            this.root = root;
        }

        /** Finds the holders, showing {@code observer} every element of the tree in document order on the way. */
        void find(Consumer<Element> observer) {
            holders = Collections.newSetFromMap(new IdentityHashMap<>());
            NodeTraversor.traverse((node, depth) -> {
                if (!(node instanceof Element el)) {
                    return;
                }
                observer.accept(el);
                if (isArticleMarker(el)) {
                    // The marker and every ancestor up to the root hold it; an ancestor
                    // already in the set had its own ancestors added with it.
                    Element up = el;
                    while (up != null && holders.add(up) && up != root) {
                        up = up.parent();
                    }
                }
            }, root);
        }

        boolean heldBy(Element e) {
            if (holders == null) {
                find(el -> { });
            }
            return holders.contains(e);
        }
    }

    private static boolean isArticleMarker(Element e) {
        return switch (e.normalName()) {
            case "h1", "article", "main" -> true;
            default -> e.attributesSize() > 0 && namesArticleBody(e.attributes().get("itemprop"));
        };
    }

    /** Whether an itemprop value names the article body, alone or among other properties. */
    static boolean namesArticleBody(String itemprop) {
        if (itemprop.isEmpty()) {
            return false; // most elements: no list of names to build
        }
        for (String property : classNames(itemprop)) {
            if (property.equalsIgnoreCase("articleBody")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an anchor wraps page structure (a table, or several paragraphs): the parser's
     * repair of an unclosed {@code <a>} reopens it around everything after it, which would
     * make the whole article look like one link.
     */
    static boolean isStructuralLink(Element a) {
        // A hand walk over the nodes below, in document order and without allocating: most
        // links hold a text, an image or a span, and neither a selector query nor the
        // parser's per-element child lists are worth building for the few nodes it visits.
        int paragraphs = 0;
        Node node = a.childNodeSize() == 0 ? null : a.childNode(0);
        while (node != null) {
            if (node instanceof Element e) {
                if (e.normalName().equals("table")) {
                    return true;
                }
                if (e.normalName().equals("p") && ++paragraphs >= 2) {
                    return true;
                }
                if (e.childNodeSize() > 0) {
                    node = e.childNode(0);
                    continue;
                }
            }
            while (node != a && node.nextSibling() == null) {
                node = node.parent();
            }
            node = node == a ? null : node.nextSibling();
        }
        return false;
    }

    /** A class name that marks a caption. */
    static boolean isCaptionName(String name) {
        return name.equalsIgnoreCase("caption") || name.equalsIgnoreCase("wp-caption-text") || name.equalsIgnoreCase("image-caption");
    }

    /** A framework class that hides an element ("d-none", "hidden"), unless another shows it again. */
    static boolean hidesAlone(String name) {
        return switch (name) {
            case "d-none", "hidden", "u-hide", "is-hidden", "hide" -> true;
            default -> false;
        };
    }

    /** A framework class that shows an element again on some screens ("d-md-block"). */
    static boolean showsAgain(String name) {
        return name.startsWith("d-") && (name.endsWith("-block") || name.endsWith("-flex") || name.endsWith("-inline")
                || name.endsWith("-inline-block") || name.endsWith("-grid") || name.endsWith("-table"));
    }

    static boolean isCaptionClass(String className) {
        for (String c : classNames(className)) {
            if (c.equalsIgnoreCase("caption") || c.equalsIgnoreCase("wp-caption-text") || c.equalsIgnoreCase("image-caption")) {
                return true;
            }
        }
        return false;
    }

    /** The class attribute's names, split on whitespace without a regex. */
    static List<String> classNames(String className) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= className.length(); i++) {
            boolean space = i == className.length() || Character.isWhitespace(className.charAt(i));
            if (space && start >= 0) {
                out.add(className.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /**
     * CSS-framework classes that hide an element on every screen ("d-none" unless a
     * "d-md-block"-like class shows it again, "hidden", "u-hide"). Screen-reader-only text
     * ("sr-only") is kept: it is sometimes the only label of a real heading.
     */
    static boolean isHiddenByClass(Element e) {
        return isHiddenByClass(e.className());
    }

    static boolean isHiddenByClass(String className) {
        if (className.isEmpty()) {
            return false;
        }
        boolean hidden = false;
        for (String c : classNames(className)) {
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

    /**
     * Whether a {@code hidden} attribute hides the element for good. React's streaming server
     * render sends the content of a slow part of the page late, at the end of the body, in a
     * {@code <div hidden id="S:n">} that its script then moves into place: on such a page that
     * div may hold the whole article. Its id, "S:" and a number, tells it apart.
     */
    static boolean hidesByAttribute(boolean hiddenAttribute, String id) {
        return hiddenAttribute && !isStreamedBoundaryId(id);
    }

    /** React's id for streamed content: "S:" and decimal digits. */
    static boolean isStreamedBoundaryId(CharSequence id) {
        if (id.length() < 3 || id.charAt(0) != 'S' || id.charAt(1) != ':') {
            return false;
        }
        for (int i = 2; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isHidden(int verdict, boolean hiddenAttribute, String style) {
        return (verdict & ClassVerdicts.HIDDEN) != 0 || hiddenAttribute || isHiddenByStyle(style);
    }

    /**
     * Whether an element that is not {@code <main>}, {@code <article>}, {@code <body>} or
     * {@code <html>}, nor a form or header, is removed for its attributes alone, holding no
     * article marker: hidden, a caption, or page furniture. Byte-level cutting ({@link
     * FurnitureRegions}) and the text readers that must not depend on it ask the same question.
     */
    static boolean removesByAttributes(int verdict, boolean hiddenAttribute, String style) {
        return isHidden(verdict, hiddenAttribute, style)
                || (verdict & (ClassVerdicts.CAPTION | ClassVerdicts.FURNITURE)) != 0;
    }

    /**
     * Whether the extractor may have cut this element's content before the parse ({@link
     * FurnitureRegions}): navigation, asides, footers and menus, and divs, sections and lists
     * removed for their attributes, holding no article marker. What is read of an element's
     * subtree before pruning skips their content, so that it does not depend on whether it
     * was cut.
     */
    static boolean isCuttableFurniture(Element e) {
        return mayBeCut(e) && !holdsArticleMarker(e);
    }

    /**
     * Whether {@code e} or an element below it matches, not counting what cuttable furniture
     * holds ({@link #isCuttableFurniture}): a paragraph in a header's menu is no reason to keep
     * the header, and the menu's content may not have been parsed at all.
     */
    static boolean holdsOutsideFurniture(Element e, Evaluator evaluator) {
        boolean[] found = {false};
        e.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                if (node != e && isCuttableFurniture(el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (evaluator.matches(e, el)) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }

    /** Whether {@code e} is or holds an {@code <h1>}, {@code <article>}, {@code <main>} or articleBody: never cut, never pruned as furniture. */
    private static boolean holdsArticleMarker(Element e) {
        boolean[] found = {false};
        e.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && isArticleMarker(el)) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }

    /**
     * Whether the element's content may have been cut before the parse by its name and
     * attributes alone (see {@link #isCuttableFurniture} for the whole test).
     */
    static boolean mayBeCut(Element e) {
        String tag = e.normalName();
        if (FurnitureRegions.isRootName(tag)) {
            return true;
        }
        if (!FurnitureRegions.isClassedRootName(tag) || e.attributesSize() == 0) {
            return false;
        }
        Attributes attributes = e.attributes();
        return removesByAttributes(ClassVerdicts.judged(attributes.get("class"), attributes.get("id")),
                hidesByAttribute(attributes.hasKey("hidden"), attributes.get("id")), attributes.get("style"));
    }

    private static boolean isHiddenByStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        return containsIgnoringSpacesAndCase(style, "display:none") || containsIgnoringSpacesAndCase(style, "visibility:hidden");
    }

    /** Whether {@code text}, with its spaces taken out and lower-cased, contains lower-case ASCII {@code needle}; no copy made. */
    static boolean containsIgnoringSpacesAndCase(String text, String needle) {
        for (int start = 0; start < text.length(); start++) {
            int i = start;
            int k = 0;
            while (k < needle.length() && i < text.length()) {
                char c = text.charAt(i++);
                if (c == ' ') {
                    continue;
                }
                if (Character.toLowerCase(c) != needle.charAt(k)) {
                    break;
                }
                k++;
            }
            if (k == needle.length()) {
                return true;
            }
        }
        return false;
    }
}
