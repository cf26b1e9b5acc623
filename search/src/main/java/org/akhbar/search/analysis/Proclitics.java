package org.akhbar.search.analysis;

/**
 * The stacked proclitics of written Arabic, as they look after normalisation: an optional
 * conjunction (و ف), an optional preposition (ب ك ل) and an optional article (ال, which
 * fuses with ل into لل). Shared by the stemmer and the number splitter so that both agree
 * on what a clitic cluster is.
 */
final class Proclitics {
    private Proclitics() {}

    /**
     * True when {@code s[start..end)} is exactly one clitic cluster (ال, ب, وال, لل…): an
     * optional conjunction, an optional preposition, an optional article, at least one of
     * them. Decided letter by letter, without a table walk, because the stemmer asks this
     * for nearly every word.
     */
    static boolean isCluster(char[] s, int start, int end) {
        int i = start;
        if (i < end && isConjunction(s[i])) {
            i++;
        }
        if (i == end) {
            return i > start;
        }
        if (end - i == 2 && s[i] == 'ل' && s[i + 1] == 'ل') {
            // li fused with the article: لل, ولل, فلل.
            return true;
        }
        if (isPreposition(s[i])) {
            i++;
            if (i == end) {
                return true;
            }
            // Only ب and ك take the full article (بال, كال); ل fuses with it (لل).
            if (s[i - 1] == 'ل') {
                return false;
            }
        }
        return end - i == 2 && s[i] == 'ا' && s[i + 1] == 'ل';
    }

    static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ك' || c == 'ل';
    }

    /** True when {@code s[start..end)} ends in the article, whole (ال) or fused with ل (لل). */
    static boolean endsInArticle(char[] s, int start, int end) {
        return end - start >= 2 && s[end - 1] == 'ل' && (s[end - 2] == 'ا' || s[end - 2] == 'ل');
    }

    /** True for a letter of the Arabic script (after normalisation: no marks, no tatweel). */
    static boolean isArabicLetter(char c) {
        return (c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D5') || (c >= '\u06FA' && c <= '\u06FF');
    }
}
