package org.akhbar.search.analysis;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Folds accented Latin letters to ASCII (café → cafe, São → Sao, Müller → Muller), so a
 * foreign name matches whether or not the writer typed its accents.
 *
 * <p>Contract: {@link #needsFolding} is true only for a term holding a letter of the
 * Latin-1 supplement or Latin Extended-A/B blocks; every other term (Arabic, plain ASCII,
 * digits) is left alone without copying, which keeps the common case free.
 */
public final class LatinFolding {
    private LatinFolding() {}

    /** True when {@code s[0..len)} holds an accented Latin letter. */
    public static boolean needsFolding(char[] s, int len) {
        for (int i = 0; i < len; i++) {
            char c = s[i];
            if (c >= '\u00C0' && c <= '\u024F') {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the folded form of {@code s[0..len)} to {@code out} (at least {@code 4 * len}
     * long: one letter may fold to several, æ → ae) and returns its length. A letter keeps its
     * case: Lucene's folding table gives a capital for a few small letters (ǥ → G), which the
     * chain, lower-casing before it folds, must not see come back.
     */
    public static int fold(char[] s, int len, char[] out) {
        int n = 0;
        for (int i = 0; i < len; i++) {
            char c = s[i];
            int end = ASCIIFoldingFilter.foldToASCII(s, i, out, n, 1);
            if (Character.isLowerCase(c)) {
                for (int j = n; j < end; j++) {
                    if (out[j] >= 'A' && out[j] <= 'Z') {
                        out[j] = (char) (out[j] + ('a' - 'A'));
                    }
                }
            }
            n = end;
        }
        return n;
    }
}
