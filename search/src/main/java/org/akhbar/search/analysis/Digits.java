package org.akhbar.search.analysis;

/**
 * Folds every Unicode decimal digit to its ASCII digit (٢٠٢٣ and ۲۰۲۳ → 2023), in place.
 *
 * <p>Contract: each character (or surrogate pair) of general category Nd becomes '0'..'9';
 * everything else is left as it is. Never grows the term. Characters below U+0660, which
 * include ASCII and the basic Arabic letters, are passed over with one comparison, so
 * Arabic text costs no Unicode table look-up.
 */
public final class Digits {
    private Digits() {}

    /** Folds {@code s[0..len)} in place and returns the new length. */
    public static int fold(char[] s, int len) {
        int i = 0;
        while (i < len && s[i] < '\u0660') {
            i++;
        }
        if (i == len) {
            return len;
        }
        int out = i;
        while (i < len) {
            char c = s[i];
            if (c < '\u0660') {
                s[out++] = c;
                i++;
            } else if (c <= '\u0669') {
                s[out++] = (char) ('0' + (c - '\u0660'));
                i++;
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                s[out++] = (char) ('0' + (c - '\u06F0'));
                i++;
            } else {
                int cp = Character.codePointAt(s, i, len);
                int width = Character.charCount(cp);
                if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                    s[out++] = (char) ('0' + Character.digit(cp, 10));
                } else {
                    for (int k = 0; k < width; k++) {
                        s[out++] = s[i + k];
                    }
                }
                i += width;
            }
        }
        return out;
    }
}
