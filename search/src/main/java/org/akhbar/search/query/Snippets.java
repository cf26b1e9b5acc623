package org.akhbar.search.query;

/**
 * Pure helpers for building snippets: HTML escaping and cutting text at word boundaries.
 * Everything a snippet shows passes through {@link #escape}, so stored text can never
 * inject markup; only the {@code <mark>} tags are raw.
 */
public final class Snippets {
    private Snippets() {}

    /** The target length of a snippet in characters. */
    public static final int TARGET_LENGTH = 200;

    static final String ELLIPSIS = "…";

    /** Appends {@code text[start..end)} to {@code out} with &amp; &lt; &gt; &quot; &#39; escaped. */
    public static void escape(CharSequence text, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // Paragraph breaks read as spaces in a one-line snippet.
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }

    /** The escaped text, whole. */
    public static String escape(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), sb);
        return sb.toString();
    }

    /** The first about {@link #TARGET_LENGTH} characters of {@code text}, cut at a space, escaped. */
    public static String lead(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int end = text.length() <= TARGET_LENGTH ? text.length() : wordEndAfter(text, TARGET_LENGTH, text.length());
        StringBuilder sb = new StringBuilder();
        escape(text, 0, end, sb);
        if (end < text.length()) {
            sb.append(' ').append(ELLIPSIS);
        }
        return sb.toString();
    }

    /** The first whitespace at or after {@code from} (looking at most 30 chars on), else {@code from}. */
    static int wordEndAfter(CharSequence text, int from, int limit) {
        int max = Math.min(limit, from + 30);
        for (int i = from; i < max; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Math.min(from, limit);
    }

    /** The position just after the last whitespace before {@code from} (at most 30 chars back), else {@code from}. */
    static int wordStartBefore(CharSequence text, int from, int floor) {
        int min = Math.max(floor, from - 30);
        for (int i = from; i > min; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return Math.max(from, floor);
    }
}
