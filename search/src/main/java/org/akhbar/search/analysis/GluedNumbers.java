package org.akhbar.search.analysis;

/**
 * Finds where Arabic letters and digits are glued in one token (ال47, ب1990, لعام2006,
 * 2023م), which the Unicode word-break rules keep together. Pure algorithm over a term
 * buffer whose digits are already ASCII.
 *
 * <p>Contract: {@link #splitPoints} reports every index where an Arabic letter meets an
 * ASCII digit, in either order; Latin letters glued to digits (covid19, g20) are not
 * split, because there the whole token is the name. {@link #isDroppable} says which letter
 * segments carry no meaning once cut from their number: a bare clitic cluster (ال, ب, وال,
 * لل…) or a single letter (the م of 2023م, "AD").
 */
public final class GluedNumbers {
    private GluedNumbers() {}

    /**
     * Writes the split indices of {@code s[0..len)} into {@code out} (which must hold at
     * least {@code len} ints) and returns how many there are (0: nothing to split).
     */
    public static int splitPoints(char[] s, int len, int[] out) {
        int n = 0;
        for (int i = 1; i < len; i++) {
            char a = s[i - 1];
            char b = s[i];
            if ((isDigit(a) && Proclitics.isArabicLetter(b)) || (Proclitics.isArabicLetter(a) && isDigit(b))) {
                out[n++] = i;
            }
        }
        return n;
    }

    /** True when the segment {@code s[start..end)} should not become a term of its own. */
    public static boolean isDroppable(char[] s, int start, int end) {
        if (end - start <= 1) {
            return !isDigit(s[start]);
        }
        return Proclitics.isArabicLetter(s[start]) && Proclitics.isCluster(s, start, end);
    }

    /**
     * How many leading letters of the letter segment {@code s[start..end)} are clitics to
     * drop because the segment is glued in front of a number: in لعام2006 or بنسبة50 the
     * ل and ب can only be prepositions. Leaves at least three letters; 0 when nothing goes.
     */
    public static int leadingClitics(char[] s, int start, int end) {
        if (!Proclitics.isArabicLetter(s[start])) {
            return 0;
        }
        // Longest cluster first, so that the وال of والعام2006 goes whole.
        for (int n = Math.min(4, end - start - 3); n >= 1; n--) {
            if (Proclitics.isCluster(s, start, start + n)) {
                return n;
            }
        }
        return 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
