package org.akhbar.search.analysis;

/**
 * Removes the English possessive from a Latin-script term (Obama's → Obama), as an in-place
 * algorithm.
 *
 * <p>Contract: strips every trailing {@code 's} whose apostrophe is ', ’ or ＇, as long as
 * something remains before it, so the result is stable when applied again (the odd
 * {@code x's's} loses both). A term that is only an apostrophe and s is left alone.
 */
public final class EnglishPossessives {
    private EnglishPossessives() {}

    /** Returns the length of {@code s[0..len)} without its trailing possessives. */
    public static int strip(char[] s, int len) {
        int n = len;
        while (n > 2 && (s[n - 1] == 's' || s[n - 1] == 'S') && isApostrophe(s[n - 2])) {
            n -= 2;
        }
        return n;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\uFF07';
    }
}
