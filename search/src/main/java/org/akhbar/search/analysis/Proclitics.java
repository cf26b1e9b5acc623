package org.akhbar.search.analysis;

/**
 * The stacked proclitics of written Arabic, as they look after normalisation: an optional
 * conjunction (و ف), an optional preposition (ب ك ل) and an optional article (ال, which
 * fuses with ل into لل). Shared by the stemmer and the number splitter so that both agree
 * on what a clitic cluster is.
 */
final class Proclitics {
    private Proclitics() {}

    /** Every cluster, longest first; {@code ARTICLE[i]} says whether cluster i ends in the article. */
    static final char[][] CLUSTERS;
    static final boolean[] ARTICLE;

    static {
        String[] withArticle = {"وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"};
        String[] without = {"وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل"};
        String[] all = new String[withArticle.length + without.length];
        System.arraycopy(withArticle, 0, all, 0, withArticle.length);
        System.arraycopy(without, 0, all, withArticle.length, without.length);
        // Longest first so that وبال wins over و when both match.
        java.util.Arrays.sort(all, (a, b) -> b.length() - a.length());
        CLUSTERS = new char[all.length][];
        ARTICLE = new boolean[all.length];
        for (int i = 0; i < all.length; i++) {
            CLUSTERS[i] = all[i].toCharArray();
            ARTICLE[i] = all[i].endsWith("ال") || all[i].endsWith("لل");
        }
    }

    /** True when {@code s[from..from+prefix.length)} equals {@code prefix}. */
    static boolean startsWith(char[] s, int from, int len, char[] prefix) {
        if (len - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (s[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code s[start..end)} is exactly one clitic cluster (ال, ب, وال, لل…). */
    static boolean isCluster(char[] s, int start, int end) {
        int n = end - start;
        if (n < 1 || n > 4) {
            return false;
        }
        for (char[] c : CLUSTERS) {
            if (c.length == n && startsWith(s, start, end, c)) {
                return true;
            }
        }
        return false;
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
