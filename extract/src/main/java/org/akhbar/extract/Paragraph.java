package org.akhbar.extract;

import java.util.Objects;

/**
 * One block of text collected from the article container, before it is judged.
 *
 * <p>A value class with the accessors, equality and string form a record would have, plus its
 * text's comparison form ({@link #key}), computed on first use and kept: the filter, the byline
 * step and the language guess all read it, and building it is a pass over the whole text.
 */
final class Paragraph {

    /**
     * The element a paragraph came from: headings, list items and the rows of a data table
     * (cells joined by " | ") are judged differently.
     */
    enum Kind { TEXT, HEADING, LIST_ITEM, TABLE_ROW }

    private final String text;
    private final int linkChars;
    private final Kind kind;
    private final boolean emphasised;
    private final int list;
    private String key;
    private LetterCounts letterCounts;

    /**
     * @param text whitespace-normalised text, never blank
     * @param linkChars how many of its characters were inside links
     * @param kind what kind of element it came from
     * @param emphasised whether all its text was set in emphasis (bold, a large font, a
     *     subheading, an element classed as a title): how a page without a headline element
     *     marks its headline
     * @param list for a list item, which list of the container it belongs to (numbered from 1
     *     in document order, a nested list counting as a list of its own); 0 otherwise. The
     *     filter asks which items are a list's neighbours, not how far apart paragraphs are.
     */
    Paragraph(String text, int linkChars, Kind kind, boolean emphasised, int list) {
        this.text = text;
        this.linkChars = linkChars;
        this.kind = kind;
        this.emphasised = emphasised;
        this.list = list;
    }

    Paragraph(String text, int linkChars, Kind kind, boolean emphasised) {
        this(text, linkChars, kind, emphasised, 0);
    }

    Paragraph(String text, int linkChars, Kind kind) {
        this(text, linkChars, kind, false);
    }

    String text() {
        return text;
    }

    int linkChars() {
        return linkChars;
    }

    Kind kind() {
        return kind;
    }

    boolean emphasised() {
        return emphasised;
    }

    /** Which list of the container a list item belongs to, from 1; 0 for other paragraphs. */
    int list() {
        return list;
    }

    /** The text's comparison form, {@link TextNormalizer#forComparison}. */
    String key() {
        String k = key;
        if (k == null) {
            k = TextNormalizer.forComparison(text);
            key = k;
        }
        return k;
    }

    /** The text's {@link LetterCounts}, counted on first use and kept. */
    LetterCounts letterCounts() {
        LetterCounts counts = letterCounts;
        if (counts == null) {
            counts = LetterCounts.of(text);
            letterCounts = counts;
        }
        return counts;
    }

    /**
     * The letters of a text as the filter's Arabic test and the language guess count them,
     * both in one pass: the filter asks about every paragraph collected, the guess about every
     * one kept, most of them the same.
     *
     * @param letters letters (by {@link Character#isLetter})
     * @param arabicLetters of those, the letters of the Arabic script ({@link TextNormalizer#isArabicLetter})
     * @param arabicScript characters of the Arabic script's letter ranges, letters or not (a few marks)
     * @param latin the other letters below U+0250 (Latin, Latin-1 and Latin Extended)
     */
    record LetterCounts(int letters, int arabicLetters, int arabicScript, int latin) {

        /** 1 for the ASCII letters, 0 for the other ASCII characters. */
        private static final byte[] ASCII_LETTER = new byte[128];

        static {
            for (char c = 'a'; c <= 'z'; c++) {
                ASCII_LETTER[c] = 1;
                ASCII_LETTER[Character.toUpperCase(c)] = 1;
            }
        }

        static LetterCounts of(String text) {
            int letters = 0;
            int arabicLetters = 0;
            int arabicScript = 0;
            int latin = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 128) {
                    // The common case: a table lookup, no Unicode table and no branch.
                    int letter = ASCII_LETTER[c];
                    letters += letter;
                    latin += letter;
                    continue;
                }
                boolean letter = Character.isLetter(c);
                boolean arabic = TextNormalizer.isArabicLetter(c);
                if (letter) {
                    letters++;
                    if (arabic) {
                        arabicLetters++;
                    }
                }
                if (arabic) {
                    arabicScript++;
                } else if (letter && c < '\u0250') {
                    latin++;
                }
            }
            return new LetterCounts(letters, arabicLetters, arabicScript, latin);
        }
    }

    /** Share of the text that is link text, 0..1. */
    double linkRatio() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    Paragraph withText(String newText) {
        return new Paragraph(newText, Math.min(linkChars, newText.length()), kind, emphasised, list);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Paragraph p && text.equals(p.text) && linkChars == p.linkChars && kind == p.kind
                && emphasised == p.emphasised && list == p.list;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, linkChars, kind, emphasised, list);
    }

    @Override
    public String toString() {
        return "Paragraph[text=" + text + ", linkChars=" + linkChars + ", kind=" + kind + ", emphasised=" + emphasised + ", list=" + list + "]";
    }
}
