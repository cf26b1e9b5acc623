package org.akhbar.extract;

import java.util.Arrays;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The lengths of jsoup's normalised texts, counted without building them: {@link #of} is
 * {@code element.text().length()}, {@link #ofStripped} is {@code textNode.text().strip().length()}.
 *
 * <p>The page judge asks for the text length of every link, of the blocks around them and of
 * the list items they sit in; {@code text()} builds each string (whitespace collapsed, a space
 * between blocks, trimmed) only for its length to be read. This class follows the same rules
 * as jsoup 1.22's {@code Element.text()} character by character, so the counts are the same;
 * {@code TextLengthTest} holds it to that on real pages.
 */
final class TextLength {

    /** How many ancestors jsoup looks up for a whitespace-preserving element ({@code <pre>}). */
    private static final int PRESERVE_WHITESPACE_LEVELS = 6;

    private TextLength() {}

    /** Exactly {@code element.text().length()}. */
    static int of(Element element) {
        return of(element, Integer.MAX_VALUE);
    }

    /**
     * Exactly {@code element.text().length()} when that is at most {@code cap}; otherwise some
     * count above {@code cap}, found without walking the rest of the element. The trimmed
     * count of what has been read never shrinks as more is read, so once it passes the cap the
     * answer is known: a layout cell or a card that holds the whole article is not read whole
     * just to learn that it is too long.
     */
    static int of(Element element, int cap) {
        Counter counter = new Counter();
        int[] index = new int[16];
        int depth = 0;
        Node node = element;
        while (true) {
            counter.head(node);
            if (counter.trimmedLength() > cap) {
                return counter.trimmedLength();
            }
            if (node.childNodeSize() > 0) {
                if (depth == index.length) {
                    index = Arrays.copyOf(index, depth * 2);
                }
                index[depth++] = 0;
                node = node.childNode(0);
                continue;
            }
            // A leaf: close it and the ancestors it is the last child of, then go to the next sibling.
            while (true) {
                counter.tail(node);
                if (node == element) {
                    return counter.trimmedLength();
                }
                Node parent = node.parentNode();
                int next = index[depth - 1] + 1;
                if (next < parent.childNodeSize()) {
                    index[depth - 1] = next;
                    node = parent.childNode(next);
                    break;
                }
                node = parent;
                depth--;
            }
        }
    }

    /** Exactly {@code text.text().strip().length()}: the node's own text, whitespace collapsed, trimmed. */
    static int ofStripped(TextNode text) {
        String s = text.getWholeText();
        if (text instanceof CDataNode) {
            return s.strip().length(); // its text() is the raw text
        }
        int length = 0;
        int leading = 0;
        int trailing = 0;
        boolean lastWasWhite = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char out;
            if (isCollapsedWhitespace(c)) {
                if (lastWasWhite) {
                    continue;
                }
                out = ' ';
                lastWasWhite = true;
            } else if (isInvisible(c)) {
                continue;
            } else {
                out = c;
                lastWasWhite = false;
            }
            length++;
            if (Character.isWhitespace(out)) {
                if (length - 1 == leading) {
                    leading++;
                }
                trailing++;
            } else {
                trailing = 0;
            }
        }
        return length == leading ? 0 : length - leading - trailing;
    }

    /** What jsoup's {@code StringUtil.isActuallyWhitespace} calls whitespace: collapsed to one space. */
    private static boolean isCollapsedWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
    }

    /** What jsoup's {@code StringUtil.isInvisibleChar} drops from normalised text. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u00AD';
    }

    private static boolean preservesWhitespace(Node node) {
        if (node instanceof Element e) {
            Element el = e;
            for (int level = 0; level < PRESERVE_WHITESPACE_LEVELS && el != null; level++) {
                if (el.tag().preserveWhitespace()) {
                    return true;
                }
                el = el.parent();
            }
        }
        return false;
    }

    /**
     * The text jsoup would accumulate, reduced to what its length after {@code trim()} needs:
     * how many characters, how many of them at the start and at the end are trimmed (code
     * {@code <= ' '}), and whether the last one is a space.
     */
    private static final class Counter {
        int length;
        int leading;
        int trailing;
        boolean seenKept;
        boolean lastIsSpace;

        void head(Node node) {
            if (node instanceof TextNode text) {
                if (text instanceof CDataNode || preservesWhitespace(text.parentNode())) {
                    String s = text.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        add(s.charAt(i));
                    }
                } else {
                    addNormalised(text.getWholeText(), lastIsSpace);
                }
            } else if (node instanceof Element e) {
                if (length > 0 && (e.isBlock() || e.nameIs("br")) && !lastIsSpace) {
                    add(' ');
                }
            }
        }

        void tail(Node node) {
            if (node instanceof Element e && e.isBlock() && !lastIsSpace) {
                Node next = e.nextSibling();
                if (next instanceof TextNode || (next instanceof Element n && !n.isBlock())) {
                    add(' ');
                }
            }
        }

        /** jsoup's {@code StringUtil.appendNormalisedWhitespace}, char by char (a surrogate pair is kept whole either way). */
        private void addNormalised(String s, boolean stripLeading) {
            boolean lastWasWhite = false;
            boolean reachedNonWhite = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (isCollapsedWhitespace(c)) {
                    if ((stripLeading && !reachedNonWhite) || lastWasWhite) {
                        continue;
                    }
                    add(' ');
                    lastWasWhite = true;
                } else if (!isInvisible(c)) {
                    add(c);
                    lastWasWhite = false;
                    reachedNonWhite = true;
                }
            }
        }

        private void add(char c) {
            length++;
            if (c <= ' ') {
                if (!seenKept) {
                    leading++;
                }
                trailing++;
            } else {
                seenKept = true;
                trailing = 0;
            }
            lastIsSpace = c == ' ';
        }

        int trimmedLength() {
            return seenKept ? length - leading - trailing : 0;
        }
    }
}
