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
     * long: one letter may fold to several, æ → ae) and returns its length.
     */
    public static int fold(char[] s, int len, char[] out) {
        return ASCIIFoldingFilter.foldToASCII(s, 0, out, 0, len);
    }
}
