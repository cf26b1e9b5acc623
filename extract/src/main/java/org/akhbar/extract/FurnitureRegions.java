package org.akhbar.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Finds, on the undecoded bytes, the page furniture whose inside can be left out before the
 * parse: the content of a {@code <nav>}, {@code <aside>}, {@code <footer>} or {@code <menu>},
 * and of a {@code <div>}, {@code <section>}, {@code <ul>} or {@code <ol>} that the pruner removes
 * for its class, id, style or hidden attribute (menus, sidebars, related-story lists, site
 * footers: on news pages a third to a half of the elements). The pruner removes these elements
 * whole, so what they hold is never article text; but it was parsed, walked and read by the
 * metadata scan before that. Cutting a region must leave everything else exactly as it was, so
 * a region is cut only when the HTML tree builder is sure to keep its content inside it and
 * nothing outside it reads it:
 *
 * <ul>
 *   <li>Its markup is plain and balanced: every element is one of a list of ordinary block,
 *       list, paragraph, heading (not {@code <h1>}) and inline elements, a form or button, an
 *       icon drawn in svg, a script or style, or a custom element; each is closed by its own
 *       end tag in order, and nothing relies on an implied end tag (no block opened inside an
 *       open {@code <p>}, no {@code <li>} inside an open {@code <li>} unless a list stands
 *       between them, no heading inside a heading, no formatting element, button or form inside
 *       one of the same name). Then the builder's stack of open elements follows the markup,
 *       and no end tag inside can close an element outside.</li>
 *   <li>Nothing around it is open in a way the region could change ({@link Context}): no
 *       formatting element ({@code <a>}, {@code <b>}, {@code <font>}...) or button is open or
 *       was left unclosed before it (the builder would reopen or close it inside the region), no
 *       h1 (the metadata scan reads an h1's whole text), no select or MathML, no form unless it
 *       already holds a paragraph (a form's size decides whether it is an ASP.NET page wrapper,
 *       unless it holds one), and no frameset follows.</li>
 *   <li>Nothing in it is read before the pruner drops it: no {@code <h1>}, {@code <article>},
 *       {@code <main>} or articleBody (they protect their ancestors from pruning), no {@code
 *       <time pubdate>}, no itemprop the scan reads, no {@code rel=author}, no class or id
 *       naming an author or byline (the metadata scan's bylines), no JSON-LD, no svg title
 *       before the page's own title, no comment left open. What the scan and the pruner read
 *       of an ancestor's subtree (a byline's text, an ad slot's size, whether a header or an
 *       ad slot holds a paragraph) leaves these regions out whether they were cut or not
 *       ({@link BoilerplatePruner#isCuttableFurniture}).</li>
 * </ul>
 * Anything else, or a region without its end tag, is left to the parser as it is. The tests
 * parse and extract golden pages and thousands of random pages both ways and compare.
 */
final class FurnitureRegions {

    /** The elements whose content is cut; the pruner removes each of them whole. */
    private static final byte[][] ROOTS = names("nav", "aside", "footer", "menu");
    /**
     * Formatting elements: the tree builder keeps a list of them and reopens or closes them
     * across other elements' boundaries.
     */
    static final byte[][] FORMATTING = names(
            "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");
    private static final byte[] FORM = ascii("form");
    private static final byte[] SELECT = ascii("select");
    private static final byte[] MATH = ascii("math");
    private static final byte[] FRAMESET = ascii("frameset");
    /** What makes the pruner keep a form whatever its size. */
    private static final byte[][] FORM_KEEPERS = names("p", "h1", "article", "main");
    /**
     * Elements that put a marker in the builder's list of formatting elements, or a scope
     * boundary between an open link and a new one: the adoption agency may then leave a link open.
     */
    private static final byte[][] LINK_BOUNDARIES = names(
            "table", "td", "th", "caption", "object", "applet", "marquee", "template", "svg", "math");
    /** The link's index in {@link #FORMATTING}. */
    private static final int LINK = 0;

    private static final int VOID = 0;
    /** A block that closes an open {@code <p>}, in the HTML "special" category. */
    private static final int BLOCK = 1;
    /** A block the builder walks past when it looks for an open list item: div, address. */
    private static final int TRANSPARENT_BLOCK = 2;
    private static final int INLINE = 3;
    private static final int LIST_ITEM = 4;
    private static final int DEFINITION = 5;
    private static final int HEADING = 6;
    private static final int FORMAT = 7;
    private static final int PARAGRAPH = 8;
    /** In the "special" category without closing a paragraph: button, noscript. */
    private static final int SPECIAL = 9;
    /** A void element that closes an open paragraph. */
    private static final int RULE = 10;
    /** Elements whose text the tokenizer reads raw up to their end tag: script, style, iframe. */
    private static final int RAW = 11;
    private static final int SVG = 12;
    /** A form: closes a paragraph, and the builder ignores a form inside a form. */
    private static final int FORM_KIND = 13;

    private static final byte[][] VOIDS = names("br", "img", "wbr", "source", "input");
    private static final byte[][] BLOCKS = names(
            "ul", "ol", "dl", "section", "blockquote", "details", "summary", "figure", "figcaption", "header",
            "hgroup", "nav", "aside", "footer", "menu", "center", "fieldset");
    private static final byte[][] TRANSPARENT_BLOCKS = names("div", "address");
    private static final byte[][] INLINES = names(
            "span", "abbr", "cite", "label", "q", "sub", "sup", "mark", "ins", "del", "dfn", "kbd", "samp", "var",
            "bdi", "bdo", "picture", "data", "legend", "output");
    private static final byte[][] HEADINGS = names("h2", "h3", "h4", "h5", "h6");
    private static final byte[][] SPECIALS = names("button", "noscript");
    private static final byte[][] RAWS = names("script", "style", "iframe", "textarea");
    /**
     * What an icon is drawn with. An svg holding anything else (HTML elements break out of
     * it) is left alone; so is one holding a {@code <title>}, unless the page's own title came
     * first (the metadata scan takes the first title with text, and would take the icon's).
     */
    private static final byte[][] DRAWING = names(
            "path", "g", "circle", "rect", "use", "defs", "symbol", "polygon", "polyline", "line", "ellipse",
            "lineargradient", "radialgradient", "stop", "clippath", "mask", "desc", "svg", "text", "tspan", "image");
    private static final byte[] TITLE = ascii("title");
    private static final byte[] H1 = ascii("h1");
    private static final byte[] ARTICLE = ascii("article");
    private static final byte[] MAIN = ascii("main");
    private static final byte[] BUTTON = ascii("button");
    /** The longest name the context follows: "frameset", "template". */
    private static final int MAX_TRACKED_NAME = 8;
    private static final byte[] JSON_LD = ascii("ld+json");
    private static final byte[] CLASS = ascii("class");
    private static final byte[][] READ_ITEMPROPS = names("datepublished", "author", "name", "articlebody");
    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] STYLE = ascii("style");
    private static final byte[] HIDDEN = ascii("hidden");
    /** Elements the pruner removes for their class, id, style or hidden attribute, whose content may be cut then. */
    private static final byte[][] CLASSED_ROOTS = names("div", "section", "ul", "ol");
    private static final byte[] DIV = ascii("div");
    private static final byte[] ID = ascii("id");
    private static final byte[] ITEMPROP = ascii("itemprop");
    private static final byte[] REL = ascii("rel");
    private static final byte[] PUBDATE = ascii("pubdate");
    private static final byte[] AUTHOR = ascii("author");
    private static final byte[] BYLINE = ascii("byline");
    private static final byte[] WRITER = ascii("writer");
    private static final byte[] REPORTER = ascii("reporter");
    /** Deeper than any menu: a region nested deeper is left alone rather than tracked. */
    private static final int MAX_DEPTH = 64;
    private static final int MAX_NAME = 40;

    private static final int ROOT_FIRST_LETTERS = firstLetters(ROOTS);
    private static final int CLASSED_ROOT_FIRST_LETTERS = firstLetters(CLASSED_ROOTS);
    private static final int TRACKED_FIRST_LETTERS = firstLetters(
            FORMATTING, new byte[][] {BUTTON, FORM, SELECT, MATH, FRAMESET}, FORM_KEEPERS, LINK_BOUNDARIES);

    private FurnitureRegions() {}

    private static final Set<String> ROOT_NAMES = strings(ROOTS);
    private static final Set<String> CLASSED_ROOT_NAMES = strings(CLASSED_ROOTS);

    /** Whether a parsed element's (lower-case) name is one of the furniture elements whose content may be cut. */
    static boolean isRootName(String normalName) {
        return ROOT_NAMES.contains(normalName);
    }

    /** Whether a parsed element's (lower-case) name is one whose content may be cut when its attributes make it furniture. */
    static boolean isClassedRootName(String normalName) {
        return CLASSED_ROOT_NAMES.contains(normalName);
    }

    /** The furniture element {@code b[from, to)} names, lower-case, or null. */
    static byte[] furnitureRoot(byte[] b, int from, int to) {
        if (!startsLikeOneOf(ROOT_FIRST_LETTERS, b[from])) {
            return null;
        }
        int k = indexOfName(ROOTS, b, from, to);
        return k < 0 ? null : ROOTS[k];
    }

    /** The element {@code b[from, to)} names if its attributes may make it furniture, lower-case, or null. */
    static byte[] classedRoot(byte[] b, int from, int to) {
        if (!startsLikeOneOf(CLASSED_ROOT_FIRST_LETTERS, b[from])) {
            return null;
        }
        int k = indexOfName(CLASSED_ROOTS, b, from, to);
        return k < 0 ? null : CLASSED_ROOTS[k];
    }

    /**
     * What the scan of the whole page has seen open before the current position: formatting
     * elements and buttons opened and not yet closed, a form not yet cleanly closed, a select,
     * MathML. Once an end tag of those shows up that was never opened, the markup is too broken
     * to reason about and nothing more is cut on the page.
     */
    static final class Context {
        /** Formatting elements by index in {@link #FORMATTING}, then buttons. */
        private final int[] openCounts = new int[FORMATTING.length + 1];
        private int open;
        private int maths;
        private boolean formOpen;
        /** Where the end tag that closes the open form cleanly is, or -1 when it has none. */
        private int formCleanEnd = -1;
        private boolean selectOpen;
        private boolean broken;
        private boolean sawFrameset;
        /**
         * Whether a paragraph, h1, article or main started inside the open form: the pruner then
         * keeps the form whatever its size, so cutting inside it changes nothing about it.
         */
        private boolean keeperInForm;
        /** Headings opened and not yet closed by a heading end tag. */
        private int headings;
        /**
         * Whether an h1 may be open: the metadata scan reads an h1's whole text before pruning,
         * so nothing is cut inside one. Cleared when every heading opened is closed.
         */
        private boolean h1Open;
        /** Whether the page's own title, with text, came before: an icon's svg title is not read then. */
        private boolean pageTitleSeen;
        /** Whether a table or an element that bounds the builder's list of formatting elements started while a link was open. */
        private boolean boundarySinceLink;

        /** A start tag named {@code b[from, to)}, ending at {@code tagEnd}, in a page of {@code n} bytes. */
        void startTag(byte[] b, int from, int to, int tagEnd, int n) {
            if (to - from > MAX_TRACKED_NAME || !startsLikeOneOf(TRACKED_FIRST_LETTERS, b[from])) {
                return; // no name followed here (most tags: div, li, p, span, img)
            }
            int f = trackedIndex(b, from, to);
            // In a select the builder ignores these tags, in MathML they are not HTML: there
            // every start tag counts as opened, nothing as closed, which errs on the safe side.
            boolean unsure = selectOpen || maths > 0;
            if (f >= 0) {
                if (f == LINK && openCounts[LINK] > 0 && !boundarySinceLink && !unsure) {
                    // A link opened while one is open closes that one first (the adoption agency),
                    // clones and all, when no table or marker stands between them: still one open.
                    return;
                }
                if (f == LINK && openCounts[LINK] == 0) {
                    boundarySinceLink = false;
                }
                openCounts[f]++;
                open++;
                return;
            }
            if (openCounts[LINK] > 0 && indexOfName(LINK_BOUNDARIES, b, from, to) >= 0) {
                boundarySinceLink = true;
            }
            if (formOpen && !unsure && indexOfName(FORM_KEEPERS, b, from, to) >= 0) {
                keeperInForm = true;
            }
            if (isHeading(b, from, to)) {
                headings++;
                h1Open |= b[from + 1] == '1';
            }
            if (nameIs(b, from, to, FORM)) {
                // Forms do not nest: the builder ignores a form start tag while one is open.
                if (!formOpen) {
                    formOpen = true;
                    // Its end tag takes the form off the builder's stack, but leaves what is open
                    // inside it open, still in the form: only a form whose content is plain and
                    // balanced is known to be closed there.
                    formCleanEnd = open == 0 && !broken ? cleanFormEnd(b, tagEnd + 1, n) : -1;
                }
            } else if (nameIs(b, from, to, SELECT)) {
                // In a select the builder ignores most tags and an input closes it.
                selectOpen = true;
            } else if (nameIs(b, from, to, MATH)) {
                maths++;
            } else if (nameIs(b, from, to, FRAMESET)) {
                sawFrameset = true;
            }
        }

        /** Whether a tag name starting with {@code first} may be one the context follows. */
        boolean follows(byte first) {
            return startsLikeOneOf(TRACKED_FIRST_LETTERS, first);
        }

        /** An end tag named {@code b[from, to)}, its '<' at {@code at}. */
        void endTag(byte[] b, int from, int to, int at) {
            if (to - from > MAX_TRACKED_NAME || !startsLikeOneOf(TRACKED_FIRST_LETTERS, b[from])) {
                return;
            }
            int f = trackedIndex(b, from, to);
            if (f >= 0 && (selectOpen || maths > 0)) {
                return; // perhaps ignored by the builder: the element may still be open
            }
            if (f >= 0) {
                if (openCounts[f] == 0) {
                    broken = true;
                } else {
                    openCounts[f]--;
                    open--;
                }
            } else if (nameIs(b, from, to, FORM)) {
                if (formOpen && at == formCleanEnd) {
                    formOpen = false;
                    keeperInForm = false;
                }
            } else if (isHeading(b, from, to)) {
                // A heading end tag closes whichever heading is open, not only its own.
                if (headings > 0 && --headings == 0) {
                    h1Open = false;
                }
            } else if (nameIs(b, from, to, SELECT)) {
                selectOpen = false;
            } else if (nameIs(b, from, to, MATH)) {
                if (maths == 0) {
                    broken = true;
                } else {
                    maths--;
                }
            }
        }

        private static int trackedIndex(byte[] b, int from, int to) {
            int f = indexOfName(FORMATTING, b, from, to);
            return f >= 0 ? f : nameIs(b, from, to, BUTTON) ? FORMATTING.length : -1;
        }

        private final SpanVerdicts verdicts;

        /** A page's context, judging classes with (and into) the page's {@code verdicts}. */
        Context(ClassVerdicts verdicts) {
            this.verdicts = new SpanVerdicts(verdicts);
        }

        SpanVerdicts verdicts() {
            return verdicts;
        }

        /** Whether a region may be cut as far as what surrounds it goes. */
        boolean allowsCut() {
            return open == 0 && (!formOpen || keeperInForm) && !selectOpen && maths == 0 && !h1Open && !broken;
        }

        private static boolean isHeading(byte[] b, int from, int to) {
            return to - from == 2 && (b[from] | 0x20) == 'h' && b[from + 1] >= '1' && b[from + 1] <= '6';
        }

        /**
         * A {@code <title>} whose raw text is {@code b[from, to)}: the page's title when it holds
         * a letter or digit (ASCII, or the lead byte of an Arabic letter in UTF-8), which its
         * text then keeps however the parser trims and decodes it.
         */
        void title(byte[] b, int from, int to) {
            for (int k = from; k < to && !pageTitleSeen; k++) {
                int c = b[k] & 0xFF;
                pageTitleSeen = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= 0xD8 && c <= 0xDB);
            }
        }

        boolean allowsSvgTitles() {
            return pageTitleSeen;
        }

        /**
         * Whether a region may hold a form: not inside an open one, where the builder would ignore
         * its start tag and let its end tag close the outer form.
         */
        boolean allowsForms() {
            return !formOpen;
        }

        /**
         * Whether a frameset start tag was seen. Cuts made before it must be undone: the builder
         * lets a frameset replace the body only while no text was shown, and a region's links
         * are text.
         */
        boolean sawFrameset() {
            return sawFrameset;
        }
    }

    /**
     * The index of the {@code <} of the end tag that closes the region whose content starts at
     * {@code from}, when the region can be cut (see the class comment); -1 when it cannot.
     */
    static int end(byte[] b, int from, int n, byte[] root, boolean formsAllowed, boolean svgTitlesAllowed) {
        return end(b, from, n, root, formsAllowed, svgTitlesAllowed, false);
    }

    /**
     * Where the form whose content starts at {@code from} ends, when the builder's stack follows
     * its markup to its end tag (so that the end tag closes it cleanly); -1 when it may not.
     * Only the structure counts here, not what the metadata scan reads: the form is not cut.
     */
    static int cleanFormEnd(byte[] b, int from, int n) {
        return end(b, from, n, FORM, false, true, true);
    }

    private static int end(byte[] b, int from, int n, byte[] root, boolean formsAllowed, boolean svgTitlesAllowed,
            boolean structureOnly) {
        // Looking for an open list item, the builder walks past a div, so out of a div region.
        boolean rootStopsListItems = !Arrays.equals(root, DIV);
        int[] stack = new int[MAX_DEPTH]; // the kinds of the open elements
        int[] nameStarts = new int[MAX_DEPTH]; // and where their names are in b
        int[] nameEnds = new int[MAX_DEPTH];
        int depth = 0;
        int j = from;
        while (true) {
            int lt = InertContentStripper.indexOf(b, (byte) '<', j, n);
            if (lt < 0 || lt + 1 >= n) {
                return -1;
            }
            byte next = b[lt + 1];
            if (next == '/') {
                int nameStart = lt + 2;
                int nameEnd = tagNameEnd(b, nameStart, n);
                if (nameEnd < 0) {
                    return -1;
                }
                int tagEnd = InertContentStripper.startTagEnd(b, nameEnd, n);
                if (tagEnd < 0) {
                    return -1;
                }
                if (depth == 0) {
                    return nameIs(b, nameStart, nameEnd, root) ? lt : -1;
                }
                if (!sameName(b, nameStart, nameEnd, nameStarts[depth - 1], nameEnds[depth - 1])) {
                    return -1;
                }
                depth--;
                j = tagEnd + 1;
            } else if (isAsciiLetter(next)) {
                int nameStart = lt + 1;
                int nameEnd = tagNameEnd(b, nameStart, n);
                if (nameEnd < 0) {
                    return -1;
                }
                int kind = structureOnly ? structuralKindOf(b, nameStart, nameEnd) : kindOf(b, nameStart, nameEnd);
                if (kind < 0 || (kind == FORM_KIND && !formsAllowed) || !opensSafely(kind, b, nameStart, nameEnd, stack, nameStarts, nameEnds, depth, rootStopsListItems)) {
                    return -1;
                }
                int tagEnd = structureOnly ? InertContentStripper.startTagEnd(b, nameEnd, n) : inertTagEnd(b, nameEnd, n);
                if (tagEnd < 0) {
                    return -1;
                }
                boolean selfClosing = b[tagEnd - 1] == '/';
                if (kind == VOID || kind == RULE) {
                    j = tagEnd + 1;
                    continue;
                }
                if (kind == RAW) {
                    if (!structureOnly && InertContentStripper.indexOf(b, JSON_LD, nameEnd, tagEnd) >= 0) {
                        return -1; // JSON-LD is read by the metadata scan
                    }
                    int close = InertContentStripper.closingTag(b, tagEnd + 1, n, RAWS[indexOfName(RAWS, b, nameStart, nameEnd)]);
                    if (close < 0 || depth == MAX_DEPTH) {
                        return -1;
                    }
                    j = close; // the end tag is read next, as any other
                    stack[depth] = kind;
                    nameStarts[depth] = nameStart;
                    nameEnds[depth] = nameEnd;
                    depth++;
                    continue;
                }
                if (kind == SVG) {
                    if (selfClosing) {
                        j = tagEnd + 1;
                        continue;
                    }
                    int close = InertContentStripper.svgEnd(b, tagEnd + 1, n);
                    if (close < 0 || !onlyDrawing(b, tagEnd + 1, close, svgTitlesAllowed)) {
                        return -1;
                    }
                    j = InertContentStripper.indexOf(b, (byte) '>', close, n);
                    if (j < 0) {
                        return -1;
                    }
                    j++;
                    continue;
                }
                if (selfClosing || depth == MAX_DEPTH) {
                    return -1; // "<div/>" opens a div in HTML; only some parsers read it as closed
                }
                stack[depth] = kind;
                nameStarts[depth] = nameStart;
                nameEnds[depth] = nameEnd;
                depth++;
                j = tagEnd + 1;
            } else if (next == '!' && lt + 3 < n && b[lt + 2] == '-' && b[lt + 3] == '-') {
                j = InertContentStripper.commentEnd(b, lt + 4, n);
                if (j >= n) {
                    return -1; // an unterminated comment runs to the end of the page
                }
            } else if (next == '!' || next == '?') {
                return -1; // CDATA, doctypes and bogus comments: left to the parser
            } else {
                j = lt + 1; // a '<' that opens no tag is text
            }
        }
    }

    /**
     * Whether opening an element of this kind leaves the builder's stack of open elements as the
     * markup says: it closes nothing implicitly. A block closes an open {@code <p>} (none is
     * allowed here, so there is none), a list item closes an open one unless a block other than
     * a div stands between them, a heading closes a heading that is the current element, a
     * formatting element runs the adoption agency when one of its name is open.
     */
    private static boolean opensSafely(int kind, byte[] b, int nameStart, int nameEnd, int[] stack, int[] nameStarts,
            int[] nameEnds, int depth, boolean rootStopsListItems) {
        if (closesParagraph(kind)) {
            for (int k = 0; k < depth; k++) {
                if (stack[k] == PARAGRAPH) {
                    return false;
                }
            }
        }
        switch (kind) {
            case LIST_ITEM, DEFINITION -> {
                for (int k = depth - 1; k >= 0; k--) {
                    int open = stack[k];
                    if (open == LIST_ITEM || open == DEFINITION) {
                        return false;
                    }
                    if (open == BLOCK || open == HEADING || open == SPECIAL || open == RAW || open == FORM_KIND) {
                        return true;
                    }
                }
                return rootStopsListItems; // at a nav, aside, section or list the builder stops
            }
            case SPECIAL, FORM_KIND, FORMAT -> {
                // A button closes an open button, the builder ignores a form inside a form and
                // runs the adoption agency for a formatting element inside one of its name:
                // none may be open already, outside (the context) or inside.
                return !isOpen(b, nameStart, nameEnd, nameStarts, nameEnds, depth);
            }
            case HEADING -> {
                return depth == 0 || stack[depth - 1] != HEADING;
            }
            default -> {
                return true;
            }
        }
    }

    /** Whether an element named as {@code b[from, to)} is among the {@code depth} open ones. */
    private static boolean isOpen(byte[] b, int from, int to, int[] nameStarts, int[] nameEnds, int depth) {
        for (int k = 0; k < depth; k++) {
            if (sameName(b, from, to, nameStarts[k], nameEnds[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether two tag names in {@code b} are the same, ignoring ASCII case. */
    private static boolean sameName(byte[] b, int from, int to, int otherFrom, int otherTo) {
        if (to - from != otherTo - otherFrom) {
            return false;
        }
        for (int k = 0; k < to - from; k++) {
            if ((b[from + k] | 0x20) != (b[otherFrom + k] | 0x20)) {
                return false;
            }
        }
        return true;
    }

    private static boolean closesParagraph(int kind) {
        return kind == BLOCK || kind == TRANSPARENT_BLOCK || kind == LIST_ITEM || kind == DEFINITION
                || kind == HEADING || kind == PARAGRAPH || kind == RULE || kind == FORM_KIND;
    }

    /**
     * Whether every tag in {@code b[from, to)}, an svg's content, draws: no HTML, and no title
     * unless {@code titlesAllowed}. Comments are skipped.
     */
    private static boolean onlyDrawing(byte[] b, int from, int to, boolean titlesAllowed) {
        int j = from;
        while ((j = InertContentStripper.indexOf(b, (byte) '<', j, to)) >= 0) {
            if (j + 3 < to && b[j + 1] == '!' && b[j + 2] == '-' && b[j + 3] == '-') {
                j = InertContentStripper.commentEnd(b, j + 4, to);
                if (j >= to) {
                    return false;
                }
                continue;
            }
            int nameStart = b[j + 1] == '/' ? j + 2 : j + 1;
            int nameEnd = tagNameEnd(b, nameStart, to);
            if (nameEnd < 0 || (indexOfName(DRAWING, b, nameStart, nameEnd) < 0
                    && !(titlesAllowed && nameIs(b, nameStart, nameEnd, TITLE)))) {
                return false;
            }
            j = nameEnd;
        }
        return true;
    }

    /** The element kind, or -1 for an element that is not allowed in a region that is cut. */
    private static int kindOf(byte[] b, int from, int to) {
        int length = to - from;
        int first = (b[from] | 0x20) - 'a';
        if (length < MAX_KNOWN_NAME && first >= 0 && first < ALPHABET) {
            byte[][] names = NAMES_BY_KEY[length][first];
            for (int k = 0; k < names.length; k++) {
                if (nameIs(b, from, to, names[k])) {
                    return KINDS_BY_KEY[length][first][k];
                }
            }
        }
        return isCustomElementName(b, from, to) ? INLINE : -1;
    }

    private static final int ALPHABET = 26;
    private static final int MAX_KNOWN_NAME = 11;
    /** The allowed names by length and first letter, and their kinds: a tag is judged by a couple of comparisons. */
    private static final byte[][][][] NAMES_BY_KEY = new byte[MAX_KNOWN_NAME][ALPHABET][][];
    private static final int[][][] KINDS_BY_KEY = new int[MAX_KNOWN_NAME][ALPHABET][];

    static {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        putAll(kinds, VOIDS, VOID);
        kinds.put("p", PARAGRAPH);
        kinds.put("hr", RULE);
        putAll(kinds, SPECIALS, SPECIAL);
        kinds.put("form", FORM_KIND);
        putAll(kinds, RAWS, RAW);
        kinds.put("svg", SVG);
        putAll(kinds, TRANSPARENT_BLOCKS, TRANSPARENT_BLOCK);
        putAll(kinds, BLOCKS, BLOCK);
        putAll(kinds, INLINES, INLINE);
        putAll(kinds, FORMATTING, FORMAT);
        kinds.remove("nobr"); // it runs the adoption agency even when it is not open
        putAll(kinds, HEADINGS, HEADING);
        kinds.put("li", LIST_ITEM);
        kinds.put("dd", DEFINITION);
        kinds.put("dt", DEFINITION);
        kinds.put("time", INLINE); // <time pubdate> is refused with the attributes
        for (int length = 0; length < MAX_KNOWN_NAME; length++) {
            for (int first = 0; first < ALPHABET; first++) {
                List<byte[]> names = new ArrayList<>();
                List<Integer> of = new ArrayList<>();
                for (Map.Entry<String, Integer> e : kinds.entrySet()) {
                    if (e.getKey().length() == length && e.getKey().charAt(0) - 'a' == first) {
                        names.add(ascii(e.getKey()));
                        of.add(e.getValue());
                    }
                }
                NAMES_BY_KEY[length][first] = names.toArray(new byte[0][]);
                KINDS_BY_KEY[length][first] = of.stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    private static void putAll(Map<String, Integer> kinds, byte[][] names, int kind) {
        for (byte[] name : names) {
            kinds.put(new String(name, StandardCharsets.US_ASCII), kind);
        }
    }

    /**
     * {@link #kindOf}, plus the elements refused in a region only because something reads them
     * (h1, article, main): for telling whether markup closes cleanly.
     */
    private static int structuralKindOf(byte[] b, int from, int to) {
        int kind = kindOf(b, from, to);
        if (kind >= 0) {
            return kind;
        }
        if (nameIs(b, from, to, H1)) {
            return HEADING;
        }
        return nameIs(b, from, to, ARTICLE) || nameIs(b, from, to, MAIN) ? BLOCK : -1;
    }

    /** A custom element ("amp-img", "my-widget"): a lower-case name with a hyphen, parsed as any other inline element. */
    private static boolean isCustomElementName(byte[] b, int from, int to) {
        boolean hyphen = false;
        for (int k = from; k < to; k++) {
            byte c = b[k];
            if (c == '-') {
                hyphen = k > from;
            } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return hyphen;
    }

    /**
     * Whether a start tag's attributes (in {@code b[from, tagEnd)}, after the name) hold nothing
     * the metadata scan reads (see {@link #inertTagEnd}).
     */
    static boolean attributesAreInert(byte[] b, int from, int tagEnd) {
        return inertTagEnd(b, from, tagEnd + 1) == tagEnd;
    }

    /**
     * The index of the {@code >} that ends a start tag whose name ends at {@code from}, found as
     * {@link InertContentStripper#startTagEnd} finds it, when the attributes hold nothing the
     * metadata scan reads: no itemprop it reads, no rel naming an author, no pubdate, and no
     * class or id naming an author, byline, writer or reporter; -1 otherwise. A value with a
     * character reference other than {@code &amp;}, or anything the tokenizer could read
     * otherwise (a quote or '<' in a name, a name opening with '=', an unclosed quote), counts
     * as read. One pass over the tag: inside a region every tag is judged.
     */
    static int inertTagEnd(byte[] b, int from, int n) {
        InertContentStripper.AttributeWalk at = new InertContentStripper.AttributeWalk(b, from, n);
        while (at.next()) {
            if (!isInertAttribute(b, at.nameStart, at.nameEnd, at.valueStart, at.valueEnd)) {
                return -1;
            }
        }
        return at.tagEnd;
    }

    /** Whether one attribute says nothing the metadata scan reads; most names are ruled out by their first letter. */
    private static boolean isInertAttribute(byte[] b, int nameStart, int nameEnd, int valueStart, int valueEnd) {
        switch (b[nameStart] | 0x20) {
            case 'p' -> {
                return !nameIs(b, nameStart, nameEnd, PUBDATE);
            }
            case 'i' -> {
                if (nameIs(b, nameStart, nameEnd, ITEMPROP)) {
                    return onlyAmpersandReferences(b, valueStart, valueEnd) && !readItemprop(b, valueStart, valueEnd);
                }
                if (nameIs(b, nameStart, nameEnd, ID)) {
                    return onlyAmpersandReferences(b, valueStart, valueEnd) && !namesByline(b, valueStart, valueEnd);
                }
                return true;
            }
            case 'c' -> {
                return !nameIs(b, nameStart, nameEnd, CLASS)
                        || (onlyAmpersandReferences(b, valueStart, valueEnd) && !namesByline(b, valueStart, valueEnd));
            }
            case 'r' -> {
                return !nameIs(b, nameStart, nameEnd, REL)
                        || (onlyAmpersandReferences(b, valueStart, valueEnd) && InertContentStripper.indexOf(b, AUTHOR, valueStart, valueEnd) < 0);
            }
            default -> {
                return true;
            }
        }
    }

    /**
     * Whether the pruner removes an element with this start tag whatever it holds (article
     * markers aside, which a region never holds): a {@code <div>}, {@code <section>}, {@code
     * <ul>} or {@code <ol>} hidden by its class, attribute or style, or whose class or id names
     * a caption or page furniture ({@link BoilerplatePruner#removesByAttributes}). Only plain
     * ASCII values are judged: they read the same in every charset the byte scan serves.
     */
    static boolean removedByAttributes(byte[] b, int from, int tagEnd, SpanVerdicts verdicts) {
        int classFrom = -1;
        int classTo = -1;
        int idFrom = -1;
        int idTo = -1;
        String style = "";
        boolean hidden = false;
        boolean seenStyle = false;
        InertContentStripper.AttributeWalk at = new InertContentStripper.AttributeWalk(b, from, tagEnd + 1);
        while (at.next()) {
            // The parser keeps the first of repeated attributes.
            boolean isClass = classFrom < 0 && at.nameIs(CLASS);
            boolean isId = idFrom < 0 && at.nameIs(ID);
            boolean isStyle = !seenStyle && at.nameIs(STYLE);
            if (isClass || isId || isStyle) {
                if (!plainAscii(b, at.valueStart, at.valueEnd)) {
                    return false;
                }
                if (isClass) {
                    classFrom = at.valueStart;
                    classTo = at.valueEnd;
                } else if (isId) {
                    idFrom = at.valueStart;
                    idTo = at.valueEnd;
                } else {
                    style = at.value();
                    seenStyle = true;
                }
            } else if (at.nameIs(HIDDEN)) {
                hidden = true;
            }
        }
        if (at.tagEnd != tagEnd || (classFrom < 0 && idFrom < 0 && !seenStyle && !hidden)) {
            return false;
        }
        int verdict = classFrom < 0 && idFrom < 0 ? 0 : verdicts.of(b, Math.max(classFrom, 0), Math.max(classTo, 0),
                Math.max(idFrom, 0), Math.max(idTo, 0));
        if (hidden && idFrom >= 0) {
            // Plain ASCII (checked above): one byte per character.
            hidden = BoilerplatePruner.hidesByAttribute(true, new String(b, idFrom, idTo - idFrom,
                    java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return BoilerplatePruner.removesByAttributes(verdict, hidden, style);
    }

    /**
     * {@link ClassVerdicts} looked up by the raw bytes of a class and id, for the byte scan:
     * templates repeat a few class strings on thousands of elements, and making strings of
     * them to look them up cost more than the rest of the scan. Values are plain ASCII (see
     * {@link #plainAscii}), so bytes and characters are one to one.
     */
    static final class SpanVerdicts {
        private static final int INITIAL_SLOTS = 256;
        private final ClassVerdicts verdicts;
        /** Each key: the class bytes, a 0, the id bytes (neither holds a 0). */
        private byte[][] keys = new byte[INITIAL_SLOTS][];
        private int[] values = new int[INITIAL_SLOTS];
        private int size;

        /** Looks up and fills {@code verdicts}, the page's, which the pruner goes on with. */
        SpanVerdicts(ClassVerdicts verdicts) {
            this.verdicts = verdicts;
        }

        int of(byte[] b, int classFrom, int classTo, int idFrom, int idTo) {
            int mask = keys.length - 1;
            int slot = hash(b, classFrom, classTo, idFrom, idTo) & mask;
            for (byte[] key = keys[slot]; key != null; key = keys[slot]) {
                if (matches(key, b, classFrom, classTo, idFrom, idTo)) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            int verdict = verdicts.of(new String(b, classFrom, classTo - classFrom, StandardCharsets.ISO_8859_1),
                    new String(b, idFrom, idTo - idFrom, StandardCharsets.ISO_8859_1));
            byte[] key = new byte[classTo - classFrom + 1 + idTo - idFrom];
            System.arraycopy(b, classFrom, key, 0, classTo - classFrom);
            System.arraycopy(b, idFrom, key, classTo - classFrom + 1, idTo - idFrom);
            keys[slot] = key;
            values[slot] = verdict;
            if (++size * 2 > keys.length) {
                grow();
            }
            return verdict;
        }

        /** FNV-1a over the class bytes, a separator and the id bytes, high bits folded in. */
        private static int hash(byte[] b, int classFrom, int classTo, int idFrom, int idTo) {
            int hash = 0x811C9DC5;
            for (int k = classFrom; k < classTo; k++) {
                hash = (hash ^ b[k]) * 0x01000193;
            }
            hash = (hash ^ 0xFF) * 0x01000193;
            for (int k = idFrom; k < idTo; k++) {
                hash = (hash ^ b[k]) * 0x01000193;
            }
            return hash ^ (hash >>> 16);
        }

        private static boolean matches(byte[] key, byte[] b, int classFrom, int classTo, int idFrom, int idTo) {
            int classLength = classTo - classFrom;
            return key.length == classLength + 1 + idTo - idFrom && key[classLength] == 0
                    && Arrays.equals(key, 0, classLength, b, classFrom, classTo)
                    && Arrays.equals(key, classLength + 1, key.length, b, idFrom, idTo);
        }

        private void grow() {
            byte[][] oldKeys = keys;
            int[] oldValues = values;
            keys = new byte[oldKeys.length * 2][];
            values = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int k = 0; k < oldKeys.length; k++) {
                byte[] key = oldKeys[k];
                if (key == null) {
                    continue;
                }
                int zero = 0;
                while (key[zero] != 0) {
                    zero++;
                }
                int slot = hash(key, 0, zero, zero + 1, key.length) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                values[slot] = oldValues[k];
            }
        }
    }

    /** Printable ASCII and spaces only: no character reference, no byte another charset reads apart. */
    private static boolean plainAscii(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            byte c = b[k];
            if (c == '&' || c == '\r' || c < 0x20 && c != ' ' && c != '\t' && c != '\n' || c < 0 || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code b[from, to)} holds "author", "byline", "writer" or "reporter", ASCII case
     * ignored: what {@link #namesByline} first asks, without building a string for the many
     * values that hold none.
     */
    private static boolean mayNameByline(byte[] b, int from, int to) {
        for (int j = from; j < to; j++) {
            byte[] word = switch (b[j] | 0x20) {
                case 'a' -> AUTHOR;
                case 'b' -> BYLINE;
                case 'w' -> WRITER;
                case 'r' -> REPORTER;
                default -> null;
            };
            if (word != null && j + word.length <= to && nameIs(b, j, j + word.length, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A class or id the metadata scan would take for a byline (ISO-8859-1 decoding keeps the
     * ASCII letters the keywords are made of). Date and time hints do not matter here: the scan
     * only keeps those elements, and drops them once the pruner has detached them.
     */
    private static boolean namesByline(byte[] b, int from, int to) {
        return mayNameByline(b, from, to) && namesByline(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }

    private static boolean namesByline(String value) {
        int hints = MetadataReader.Scan.hintsIn(value);
        if ((hints & MetadataReader.Scan.BYLINE_HINTS) == 0) {
            return false;
        }
        // What the scan leaves out itself: a commenter's name, a sentence about the writer.
        return (hints & MetadataReader.Scan.ABOUT_THE_WRITER) == 0
                && !MetadataReader.Scan.namesComments(value.toLowerCase(Locale.ROOT));
    }

    /**
     * An itemprop something reads: the scan's datePublished and author (and an author's name
     * below it), the pruner's articleBody. Other properties (url, image, logo...) are unread.
     */
    private static boolean readItemprop(byte[] b, int from, int to) {
        for (byte[] property : READ_ITEMPROPS) {
            if (InertContentStripper.indexOf(b, property, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether every '&' in {@code b[from, to)} opens "&amp;", which decodes to a character no keyword holds. */
    private static boolean onlyAmpersandReferences(byte[] b, int from, int to) {
        for (int j = InertContentStripper.indexOf(b, (byte) '&', from, to); j >= 0;
                j = InertContentStripper.indexOf(b, (byte) '&', j + 1, to)) {
            if (j + AMP.length > to || !nameIs(b, j, j + AMP.length, AMP)) {
                return false;
            }
        }
        return true;
    }

    /** Where a tag name starting at {@code from} ends, or -1 when it does not end as a tag name ends (or is too long to track). */
    private static int tagNameEnd(byte[] b, int from, int n) {
        if (from >= n || !isAsciiLetter(b[from])) {
            return -1;
        }
        int j = from;
        while (j < n && j - from <= MAX_NAME) {
            byte c = b[j];
            if (InertContentStripper.isSpace(c) || c == '/' || c == '>') {
                return j;
            }
            if (c == '<' || c == '"' || c == '\'' || c == '=' || c == 0) {
                return -1;
            }
            j++;
        }
        return -1;
    }

    /** The first letters of {@code names}, one bit each: most names are ruled out by a mask. */
    private static int firstLetters(byte[][]... names) {
        int mask = 0;
        for (byte[][] group : names) {
            for (byte[] name : group) {
                mask |= 1 << (name[0] - 'a');
            }
        }
        return mask;
    }

    /** Whether {@code first}, ASCII case ignored, is a letter in {@code mask}. */
    private static boolean startsLikeOneOf(int mask, byte first) {
        int letter = (first | 0x20) - 'a';
        return letter >= 0 && letter < ALPHABET && (mask & (1 << letter)) != 0;
    }

    private static int indexOfName(byte[][] names, byte[] b, int from, int to) {
        for (int k = 0; k < names.length; k++) {
            if (nameIs(b, from, to, names[k])) {
                return k;
            }
        }
        return -1;
    }

    private static boolean nameIs(byte[] b, int from, int to, byte[] name) {
        return InertContentStripper.nameIs(b, from, to, name);
    }

    private static boolean isAsciiLetter(byte c) {
        return InertContentStripper.isAsciiLetter(c);
    }

    private static Set<String> strings(byte[][] names) {
        Set<String> out = new HashSet<>();
        for (byte[] name : names) {
            out.add(new String(name, StandardCharsets.US_ASCII));
        }
        return Set.copyOf(out);
    }

    private static byte[][] names(String... names) {
        byte[][] out = new byte[names.length][];
        for (int k = 0; k < names.length; k++) {
            out[k] = ascii(names[k]);
        }
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
