package org.akhbar.search.query;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found by punctuation: a boundary follows a sentence end
 * ({@code . ! ? ؟ …}) that is followed by whitespace, and every line break, and sits after
 * the whitespace, so a sentence starts at its first word. The start and the end of the text
 * are boundaries too.
 *
 * <p>Why not the JDK's sentence instance: the highlighter asks for boundaries around every
 * passage of every returned hit, and the rule-based iterator's backward search over long
 * Arabic bodies was a third of a search call's snippet time. News sentences end with plain
 * punctuation, and a decimal point or an abbreviation's dot followed by no space never
 * splits here. Not thread-safe, like every BreakIterator; the highlighter takes a new one per
 * field.
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    private int current;

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        current = boundaryAfter(current);
        return current;
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        current = boundaryBefore(current);
        return current;
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        if (offset >= text.length()) {
            current = text.length();
            return DONE;
        }
        current = boundaryAfter(offset);
        return current;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        current = boundaryBefore(offset);
        return current;
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        return offset == 0 || offset == text.length() || isBoundaryAt(offset);
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder sb = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            sb.append(c);
        }
        setText(sb.toString());
    }

    // The first boundary strictly after offset (the text's end if none).
    private int boundaryAfter(int offset) {
        for (int i = offset + 1; i < text.length(); i++) {
            if (isBoundaryAt(i)) {
                return i;
            }
        }
        return text.length();
    }

    // The last boundary strictly before offset (0 if none).
    private int boundaryBefore(int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i > 0; i--) {
            if (isBoundaryAt(i)) {
                return i;
            }
        }
        return 0;
    }

    // A sentence starts at i: a non-space after whitespace that follows a sentence end or
    // contains a line break. The character before is tested first: it is a letter at almost
    // every position, so most positions cost one test.
    private boolean isBoundaryAt(int i) {
        if (!isWhitespace(text.charAt(i - 1)) || isWhitespace(text.charAt(i))) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && isWhitespace(text.charAt(j))) {
            if (text.charAt(j) == '\n') {
                return true;
            }
            j--;
        }
        return j >= 0 && isSentenceEnd(text.charAt(j));
    }

    /**
     * {@link Character#isWhitespace(char)}, answered without the Unicode tables below U+1680,
     * the first whitespace above ASCII: the scan for boundaries tests every character of every
     * highlighted body, nearly all of them Arabic letters, and the table lookup was a seventh
     * of a search's time.
     */
    static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        return c >= '\u1680' && Character.isWhitespace(c);
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026';
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside [0, " + text.length() + "]");
        }
    }
}
