package org.akhbar.extract;

import java.util.List;
import java.util.Set;

/**
 * The language of the body: "ar" when Arabic letters are at least as many as Latin ones;
 * otherwise the page's declared language, else "fr" or "en" by which language's common
 * words are more frequent.
 */
final class LanguageGuesser {

    private static final Set<String> FRENCH = Set.of(
            "le", "la", "les", "des", "est", "et", "du", "une", "dans", "pour", "que", "qui", "sur", "au", "aux", "pas",
            "avec", "sont", "ce", "cette", "il", "elle", "nous", "ont", "été");
    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "are", "it", "by", "this", "as",
            "be", "at", "from", "has", "have", "were", "which");

    private static final int LONGEST_COMMON_WORD = longest(FRENCH, ENGLISH);

    private LanguageGuesser() {}

    private static int longest(Set<String> a, Set<String> b) {
        int max = 0;
        for (Set<String> words : List.of(a, b)) {
            for (String w : words) {
                max = Math.max(max, w.length());
            }
        }
        return max;
    }

    static String guess(List<Paragraph> paragraphs, String declared) {
        int arabic = 0;
        int latin = 0;
        for (Paragraph p : paragraphs) {
            String t = p.text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c < 128) {
                    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                        latin++; // the common case, without a Unicode table lookup
                    }
                } else if (TextNormalizer.isArabicLetter(c)) {
                    arabic++;
                } else if (Character.isLetter(c) && c < '\u0250') {
                    latin++;
                }
            }
        }
        if (arabic > 0 && arabic >= latin) {
            return "ar";
        }
        if (declared != null && !declared.equals("ar")) {
            return declared;
        }
        int fr = 0;
        int en = 0;
        for (Paragraph p : paragraphs) {
            String n = p.key();
            // Walked word by word without splitting: only words short enough to be one of the
            // common words are cut out and looked up.
            for (int start = 0; start <= n.length(); ) {
                int end = n.indexOf(' ', start);
                if (end < 0) {
                    end = n.length();
                }
                if (end - start <= LONGEST_COMMON_WORD) {
                    String word = n.substring(start, end);
                    if (FRENCH.contains(word)) {
                        fr++;
                    }
                    if (ENGLISH.contains(word)) {
                        en++;
                    }
                }
                start = end + 1;
            }
        }
        return fr > en ? "fr" : "en";
    }
}
