package org.akhbar.search.analysis;

/**
 * Arabic spelling normalisation, as one in-place pass over a term buffer.
 *
 * <p>Contract: maps the spellings that writers mix freely to one form, so that each pair
 * below meets in the index:
 * <ul>
 *   <li>every alef form (أ إ آ ٱ and the rarer wavy-hamza alefs) becomes bare ا;
 *   <li>hamza seats: ؤ becomes و; ئ becomes ي, or و when a و follows (so مسئول meets
 *       مسؤول); a standalone ء takes the seat of a following و or ي and is dropped elsewhere
 *       (so مسءول meets مسؤول, and شيء meets شئ);
 *   <li>ى becomes ي and ة becomes ه (writers use them interchangeably at the end of a word);
 *   <li>the alef that only carries tanween fath at the end of a word goes with its tanween
 *       (دورًا and دوراً meet دور), because the alef is spelling, not part of the word;
 *   <li>every Arabic mark (harakat, shadda, sukun, Quranic annotation, superscript alef,
 *       small high letters), tatweel and invisible format character (ZWJ, ZWNJ, bidi
 *       controls, soft hyphen, BOM) is deleted;
 *   <li>Persian keheh and farsi yeh become ك and ي, Persian heh forms become ه.
 * </ul>
 * Idempotent, never grows the term, and correct on any input (non-Arabic characters pass
 * unchanged). A term of tatweel or marks only becomes empty (see {@link EmptyTermFilter}).
 */
public final class ArabicOrthography {
    private ArabicOrthography() {}

    private static final char ALEF = '\u0627';
    private static final char FATHATAN = '\u064B';

    /** Normalises {@code s[0..len)} in place and returns the new length. */
    public static int normalize(char[] s, int len) {
        int out = 0;
        // Tanween fath seen since the last letter written, and before the last letter written:
        // together they say whether a final alef carries it.
        boolean tanweenSinceLetter = false;
        boolean tanweenBeforeLetter = false;
        for (int i = 0; i < len; i++) {
            char c = s[i];
            if (c < '\u0600' && c != '\u00AD') {
                // Latin, digits, punctuation: the common case outside Arabic words.
                s[out++] = c;
                tanweenBeforeLetter = false;
                tanweenSinceLetter = false;
                continue;
            }
            if (isRemovable(c)) {
                tanweenSinceLetter |= c == FATHATAN;
                continue;
            }
            switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673', '\u0675' -> c = ALEF;
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
                case '\u0649', '\u06CC', '\u06D0', '\u06D2' -> c = '\u064A';
                case '\u0629', '\u06C0', '\u06C1', '\u06C3', '\u06D5' -> c = '\u0647';
                case '\u06A9', '\u06AA' -> c = '\u0643';
                default -> { }
            }
            s[out++] = c;
            tanweenBeforeLetter = tanweenSinceLetter;
            tanweenSinceLetter = false;
        }
        // The alef that only carries tanween fath, written before it (دورًا) or after it
        // (دوراً), is spelling: it goes when it is the last letter.
        if (out > 0 && s[out - 1] == ALEF && (tanweenBeforeLetter || tanweenSinceLetter)) {
            out--;
        }
        return out;
    }

    /** True for marks and format characters that carry no letter of their own. */
    static boolean isRemovable(char c) {
        if (c < '\u0610') {
            return c == '\u00AD';
        }
        if (c <= '\u06ED') {
            return c <= '\u061A'
                    || c == '\u061C'
                    || (c >= '\u064B' && c <= '\u065F')
                    || c == '\u0640'
                    || c == '\u0670'
                    || (c >= '\u06D6' && c <= '\u06DC')
                    || (c >= '\u06DF' && c <= '\u06E4')
                    || c == '\u06E7' || c == '\u06E8'
                    || c >= '\u06EA';
        }
        return c == '\uFEFF'
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
