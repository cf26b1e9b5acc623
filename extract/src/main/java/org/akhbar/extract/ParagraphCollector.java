package org.akhbar.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
 * ({@link TextNormalizer#cleanWhitespace}) and empty paragraphs are dropped. Iterative, so
 * deeply nested markup cannot overflow the stack.
 */
final class ParagraphCollector {

    private ParagraphCollector() {}

    static List<Paragraph> collect(List<Element> parts) {
        Collector collector = new Collector();
        for (Element part : parts) {
            NodeTraversor.traverse(collector, part);
            collector.flush();
        }
        return collector.out;
    }

    private static final class Collector implements NodeVisitor {
        final List<Paragraph> out = new ArrayList<>();
        private final StringBuilder buffer = new StringBuilder();
        private final Deque<String> blocks = new ArrayDeque<>();
        private int linkChars;
        private int anchorDepth;
        private int pendingBreaks;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                if (!s.isBlank()) {
                    pendingBreaks = 0;
                }
                buffer.append(s);
                if (anchorDepth > 0) {
                    linkChars += s.strip().length();
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("a")) {
                anchorDepth++;
            } else if (tag.equals("br")) {
                onBreak();
            } else if (tag.equals("img") || tag.equals("amp-img")) {
                buffer.append(' ');
            } else if (MainContentFinder.isBlock(e)) {
                flush();
                blocks.push(tag);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("a")) {
                anchorDepth--;
            } else if (!tag.equals("br") && !tag.equals("img") && !tag.equals("amp-img") && MainContentFinder.isBlock(e)) {
                flush();
                blocks.poll();
            }
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
            if (buffer.length() > 0) {
                String text = TextNormalizer.cleanWhitespace(buffer.toString());
                if (!text.isEmpty()) {
                    out.add(new Paragraph(text, Math.min(linkChars, text.length()), kindOf(blocks.peek())));
                }
            }
            buffer.setLength(0);
            linkChars = 0;
        }

        private static Paragraph.Kind kindOf(String tag) {
            if (tag == null) {
                return Paragraph.Kind.TEXT;
            }
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                return Paragraph.Kind.HEADING;
            }
            return tag.equals("li") ? Paragraph.Kind.LIST_ITEM : Paragraph.Kind.TEXT;
        }
    }
}
