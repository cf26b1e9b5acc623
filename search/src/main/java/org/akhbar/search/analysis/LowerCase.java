package org.akhbar.search.analysis;

/**
 * Lower-cases a term in place, like Lucene's {@code LowerCaseFilter}, with a fast path for
 * the scripts that have no case.
 *
 * <p>Contract: every code point becomes {@link Character#toLowerCase(int)} of itself; ASCII
 * is handled by arithmetic and the Arabic blocks (U+0600–U+06FF, U+0750–U+077F), which
 * have no case, are passed over without a Unicode table look-up.
 */
public final class LowerCase {
    private LowerCase() {}

    /** Lower-cases {@code s[0..len)} in place. */
    public static void apply(char[] s, int len) {
        for (int i = 0; i < len; ) {
            char c = s[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    s[i] = (char) (c + ('a' - 'A'));
                }
                i++;
            } else if ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')) {
                i++;
            } else {
                int cp = Character.codePointAt(s, i, len);
                int lower = Character.toLowerCase(cp);
                // Lower case never changes how many chars a code point takes (Lucene relies on this too).
                i += Character.toChars(lower, s, i);
            }
        }
    }
}
