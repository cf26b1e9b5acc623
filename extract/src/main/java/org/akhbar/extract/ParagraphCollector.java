package org.akhbar.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the article container into paragraphs, in document order.
 *
 * <p>Every block element closes the paragraph before it and opens its own, so {@code <p>},
 * headings (kept, marked {@link Paragraph.Kind#HEADING}), list items (one paragraph each) and
 * text written directly in a {@code <div>} or {@code <td>} all become paragraphs. Inside a
 * {@code <p>}, two {@code <br>} in a row split paragraphs; elsewhere one {@code <br>} does,
 * since legacy layouts separate paragraphs with single breaks. Whitespace is normalised
 * ({@link TextNormalizer#cleanWhitespace}) and empty paragraphs are dropped. A paragraph whose
 * every letter sat inside emphasis ({@link #isEmphasis}) is marked emphasised. Iterative, so
 * deeply nested markup cannot overflow the stack.
 */
final class ParagraphCollector {

    /** The default font size of {@code <font size>}; relative sizes ("+2") count from it. */
    private static final int BASE_FONT_SIZE = 3;
    private static final int MIN_EMPHASIS_FONT_SIZE = 4;

    /** Between the cells of one data-table row, which becomes one paragraph. */
    private static final String CELL_SEPARATOR = " | ";
    private static final int MAX_DATA_CELL_CHARS = 120;
    private static final int MAX_DATA_COLUMNS = 20;

    private ParagraphCollector() {}

    /**
     * A row of a data table inside the article (a price list, a schedule): its row, not each
     * cell, is one paragraph, so "المنطقة | ساعات التغذية" stays together. A row is a data row
     * when it has at least two cells, each short and holding no block of its own; legacy
     * layouts that put the whole article in one {@code <td>} keep their cells as blocks.
     */
    static boolean isDataRow(Element row) {
        if (!row.normalName().equals("tr") || row.childrenSize() < 2 || row.childrenSize() > MAX_DATA_COLUMNS) {
            return false;
        }
        for (Element cell : row.children()) {
            if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                return false;
            }
            // Counted, not built: a layout cell may hold the whole article.
            if (TextLength.of(cell, MAX_DATA_CELL_CHARS) > MAX_DATA_CELL_CHARS) {
                return false;
            }
            ElementWalk walk = new ElementWalk(cell);
            for (Element inner = walk.next(); inner != null; inner = walk.next()) {
                if (inner != cell && MainContentFinder.isBlock(inner)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the element sets its text apart as a heading would: bold, big, a font of size 4
     * or more, a subheading (h2-h4), or a class or id naming a title or headline.
     */
    static boolean isEmphasis(Element e) {
        switch (e.normalName()) {
            case "b", "strong", "big", "h2", "h3", "h4" -> {
                return true;
            }
            case "font" -> {
                if (fontSize(e.attr("size")) >= MIN_EMPHASIS_FONT_SIZE) {
                    return true;
                }
            }
            default -> { }
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        // Exact-key lookups (the parser lower-cases attribute names); a title word is found
        // with or without the surrounding spaces className() would trim.
        Attributes attributes = e.attributes();
        return namesTitle(attributes.get("class")) || namesTitle(attributes.get("id"));
    }

    private static boolean namesTitle(String attr) {
        if (attr.isEmpty()) {
            return false;
        }
        String lower = attr.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("title") || lower.contains("headline");
    }

    /** The absolute size a {@code <font size>} value gives ("5", "+2", "-1"), or 0 when unreadable. */
    static int fontSize(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return 0;
        }
        char sign = v.charAt(0);
        String digits = sign == '+' || sign == '-' ? v.substring(1).strip() : v;
        if (digits.isEmpty() || digits.length() > 2) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            n = n * 10 + (c - '0');
        }
        return sign == '+' ? BASE_FONT_SIZE + n : sign == '-' ? BASE_FONT_SIZE - n : n;
    }

    static List<Paragraph> collect(List<Element> parts) {
        Collector collector = new Collector();
        for (Element part : parts) {
            NodeTraversor.traverse(collector, part);
            collector.flush();
        }
        return collector.out;
    }

    private static final class Collector implements NodeVisitor {
        /** What head() found an element to be, kept by depth for its tail(). */
        private static final byte LINK = 1;
        private static final byte BLOCK = 2;
        private static final byte OTHER = 3;
        private static final byte EMPHASIS = 4;
        /** Flag beside {@link #BLOCK}: the block is a list ({@code <ul>}, {@code <ol>}). */
        private static final byte LIST = 8;
        private static final byte FLAGS = EMPHASIS | LIST;

        final List<Paragraph> out = new ArrayList<>();
        /** The paragraph's text, whitespace cleaned as its pieces come. */
        private final TextNormalizer.WhitespaceCleaner buffer = new TextNormalizer.WhitespaceCleaner();
        private final Deque<String> blocks = new ArrayDeque<>();
        /** The numbers of the open lists, innermost first; see {@link Paragraph#list}. */
        private final Deque<Integer> lists = new ArrayDeque<>();
        private int listsSeen;
        /** Whether each table row met so far is a data row (see {@link #isDataRow}), judged once. */
        private final Map<Element, Boolean> dataRows = new IdentityHashMap<>();
        /** Per depth of the open elements: what each is ({@link #LINK}...), and {@link #EMPHASIS}. */
        private byte[] kinds = new byte[64];
        private int linkChars;
        private int anchorDepth;
        private int pendingBreaks;
        /** How many emphasising elements enclose the current node. */
        private int emphasisDepth;
        /** Whether the buffered paragraph has a letter or digit outside any emphasis. */
        private boolean plainText;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                // Most text nodes between blocks are the layout's indentation: blank, and so
                // without a letter to look for.
                boolean blank = s.isBlank();
                if (!blank) {
                    pendingBreaks = 0;
                }
                buffer.append(s);
                if (!blank && emphasisDepth == 0 && !plainText && hasLetterOrDigit(s)) {
                    plainText = true;
                }
                if (anchorDepth > 0) {
                    linkChars += s.strip().length();
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            byte kind = OTHER;
            if (tag.equals("a")) {
                anchorDepth++;
                kind = LINK;
            } else if (tag.equals("br")) {
                onBreak();
            } else if (tag.equals("img") || tag.equals("amp-img")) {
                buffer.append(' ');
            } else if (isDataCell(e)) {
                if (buffer.given() > 0) {
                    buffer.append(CELL_SEPARATOR);
                }
            } else if (MainContentFinder.isBlock(e)) {
                flush();
                blocks.push(tag);
                kind = BLOCK;
                if (tag.equals("ul") || tag.equals("ol")) {
                    lists.push(++listsSeen);
                    kind |= LIST;
                }
            }
            // After the flush: a block's emphasis belongs to its own paragraph, not the one before.
            if (isEmphasis(e)) {
                emphasisDepth++;
                kind |= EMPHASIS;
            }
            if (depth >= kinds.length) {
                kinds = java.util.Arrays.copyOf(kinds, Math.max(kinds.length * 2, depth + 1));
            }
            kinds[depth] = kind;
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element)) {
                return;
            }
            // The element's kind as head() found it: isEmphasis and isBlock are not asked twice.
            byte kind = kinds[depth];
            if ((kind & ~FLAGS) == LINK) {
                anchorDepth--;
            } else if ((kind & ~FLAGS) == BLOCK) {
                flush();
                blocks.poll();
                if ((kind & LIST) != 0) {
                    lists.poll();
                }
            }
            if ((kind & EMPHASIS) != 0) {
                emphasisDepth--;
            }
        }

        private boolean isDataCell(Element e) {
            String tag = e.normalName();
            if (!tag.equals("td") && !tag.equals("th")) {
                return false;
            }
            Element row = e.parent();
            return row != null && dataRows.computeIfAbsent(row, ParagraphCollector::isDataRow);
        }

        private static boolean hasLetterOrDigit(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 128 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9')
                        : Character.isLetterOrDigit(c)) {
                    return true;
                }
            }
            return false;
        }

        private void onBreak() {
            pendingBreaks++;
            boolean inParagraph = "p".equals(blocks.peek());
            if (!inParagraph || pendingBreaks >= 2) {
                flush();
            } else {
                buffer.append(' ');
            }
        }

        void flush() {
            if (buffer.given() > 0) {
                String text = buffer.take();
                if (!text.isEmpty()) {
                    Paragraph.Kind kind = kindOf(blocks.peek());
                    int list = kind == Paragraph.Kind.LIST_ITEM && !lists.isEmpty() ? lists.peek() : 0;
                    out.add(new Paragraph(text, Math.min(linkChars, text.length()), kind, !plainText, list));
                }
            }
            linkChars = 0;
            plainText = false;
        }

        private static Paragraph.Kind kindOf(String tag) {
            if (tag == null) {
                return Paragraph.Kind.TEXT;
            }
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                return Paragraph.Kind.HEADING;
            }
            if (tag.equals("tr")) {
                // Only a data row stays one block: a layout row's cells are blocks of their own.
                return Paragraph.Kind.TABLE_ROW;
            }
            return tag.equals("li") ? Paragraph.Kind.LIST_ITEM : Paragraph.Kind.TEXT;
        }
    }
}
