package org.akhbar.search.analysis;

/**
 * Spelling normalisation that Lucene's {@code ArabicNormalizer} leaves out, as a pure
 * in-place algorithm over a term buffer.
 *
 * <p>Contract: expects the output of {@code ArabicNormalizer} (common harakat and tatweel
 * already gone, alef-with-hamza forms already bare alef) but is correct on any input. It
 * maps the remaining hamza seats so that the spellings writers mix freely meet in one form:
 * alef wasla and the rarer alef forms become ا; ؤ becomes و; ئ becomes ي, or و when a و
 * follows (so مسئول meets مسؤول); a standalone ء takes the seat of a following و or ي and is
 * dropped elsewhere (so مسءول, شيء/شئ meet). Persian keheh and farsi yeh become ك and ي,
 * Persian heh forms become ه. All remaining Arabic marks (Quranic annotation, superscript
 * alef, combining hamza, small high letters) and invisible format characters (ZWJ, ZWNJ,
 * bidi controls, soft hyphen) are deleted. Never grows the term.
 */
public final class ArabicOrthography {
    private ArabicOrthography() {}

    /** Normalises {@code s[0..len)} in place and returns the new length. */
    public static int normalize(char[] s, int len) {
        int out = 0;
        for (int i = 0; i < len; i++) {
            char c = s[i];
            if (isRemovable(c)) {
                continue;
            }
            switch (c) {
                case '\u0671', '\u0672', '\u0673', '\u0675' -> c = '\u0627';
                case '\u0624', '\u0676' -> c = '\u0648';
                case '\u0626', '\u0678' -> c = nextLetter(s, i + 1, len) == '\u0648' ? '\u0648' : '\u064A';
                case '\u0621' -> {
                    char next = nextLetter(s, i + 1, len);
                    if (next == '\u0648' || next == '\u0624') {
                        c = '\u0648';
                    } else if (next == '\u064A' || next == '\u0649' || next == '\u06CC') {
                        c = '\u064A';
                    } else {
                        continue;
                    }
                }
                case '\u06A9', '\u06AA' -> c = '\u0643';
                case '\u06CC', '\u06D0', '\u06D2' -> c = '\u064A';
                case '\u06C0', '\u06C1', '\u06C3', '\u06D5' -> c = '\u0647';
                default -> { }
            }
            s[out++] = c;
        }
        return out;
    }

    /** True for marks and format characters that carry no letter of their own. */
    static boolean isRemovable(char c) {
        return (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u064B' && c <= '\u065F')
                || c == '\u0640'
                || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06DC')
                || (c >= '\u06DF' && c <= '\u06E4')
                || c == '\u06E7' || c == '\u06E8'
                || (c >= '\u06EA' && c <= '\u06ED')
                || c == '\u061C' || c == '\u00AD' || c == '\uFEFF'
                || (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    // The seat of a hamza depends on the next letter, not on marks written between them.
    private static char nextLetter(char[] s, int from, int len) {
        for (int i = from; i < len; i++) {
            if (!isRemovable(s[i])) {
                return s[i];
            }
        }
        return 0;
    }
}
