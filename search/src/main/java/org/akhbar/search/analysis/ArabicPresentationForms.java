package org.akhbar.search.analysis;

import java.text.Normalizer;

/**
 * Unfolds Arabic presentation forms (the positional glyph code points U+FB50–U+FDFF and
 * U+FE70–U+FEFF that text copied from PDFs and old pages often carries: ﺍﻟﻤﻐﺮﺏ, ﻻ, ﷲ)
 * into the letters they show, so such a word meets the same word typed normally.
 *
 * <p>Contract: each presentation form becomes its compatibility decomposition (one letter,
 * or several for a ligature: ﻻ → لا); every other character is copied unchanged. The table
 * is built once from the JDK's Unicode data, so unfolding allocates nothing.
 */
public final class ArabicPresentationForms {
    private ArabicPresentationForms() {}

    private static final char FIRST = '\uFB50';
    private static final char LAST = '\uFEFF';
    private static final char[][] UNFOLDED = new char[LAST - FIRST + 1][];

    /** The most characters one presentation form unfolds to (the longest ligature). */
    public static final int MAX_EXPANSION;

    static {
        int longest = 1;
        for (char c = FIRST; c <= LAST; c++) {
            if (isPresentationForm(c)) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                // A space inside a ligature (ﷺ) would glue words into one term: keep letters only.
                UNFOLDED[c - FIRST] = d.replace(" ", "").toCharArray();
                longest = Math.max(longest, UNFOLDED[c - FIRST].length);
            }
        }
        MAX_EXPANSION = longest;
    }

    /** True when {@code s[0..len)} holds a presentation form. */
    public static boolean hasPresentationForm(char[] s, int len) {
        for (int i = 0; i < len; i++) {
            if (s[i] >= FIRST && isPresentationForm(s[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes {@code s[0..len)} unfolded to {@code out} (at least {@code len * MAX_EXPANSION}
     * long) and returns the new length.
     */
    public static int unfold(char[] s, int len, char[] out) {
        int n = 0;
        for (int i = 0; i < len; i++) {
            char c = s[i];
            if (c >= FIRST && isPresentationForm(c)) {
                char[] d = UNFOLDED[c - FIRST];
                System.arraycopy(d, 0, out, n, d.length);
                n += d.length;
            } else {
                out[n++] = c;
            }
        }
        return n;
    }

    private static boolean isPresentationForm(char c) {
        // U+FE00–U+FE6F are variation selectors, vertical and small forms, not Arabic; U+FEFF
        // is the byte order mark, which ArabicOrthography removes.
        return (c >= FIRST && c <= '\uFDFF') || (c >= '\uFE70' && c < '\uFEFF');
    }
}
