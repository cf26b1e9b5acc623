package org.akhbar.extract;

/**
 * One block of text collected from the article container, before it is judged.
 *
 * @param text whitespace-normalised text, never blank
 * @param linkChars how many of its characters were inside links
 * @param kind what kind of element it came from
 * @param emphasised whether all its text was set in emphasis (bold, a large font, a subheading, an
 *     element classed as a title): how a page without a headline element marks its headline
 */
record Paragraph(String text, int linkChars, Kind kind, boolean emphasised) {

    Paragraph(String text, int linkChars, Kind kind) {
        this(text, linkChars, kind, false);
    }

    /** The element a paragraph came from: headings and list items are judged differently. */
    enum Kind { TEXT, HEADING, LIST_ITEM }

    /** Share of the text that is link text, 0..1. */
    double linkRatio() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    Paragraph withText(String newText) {
        return new Paragraph(newText, Math.min(linkChars, newText.length()), kind, emphasised);
    }
}
