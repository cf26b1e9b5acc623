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

    private static final int FRENCH_BIT = 1;
    private static final int ENGLISH_BIT = 2;
    /** The common words by their first character (all below U+0100), and the languages of each. */
    private static final String[][] WORDS_BY_FIRST = new String[256][];
    private static final int[][] LANGUAGES_BY_FIRST = new int[256][];

    static {
        java.util.Map<String, Integer> languages = new java.util.LinkedHashMap<>();
        FRENCH.forEach(w -> languages.merge(w, FRENCH_BIT, (a, b) -> a | b));
        ENGLISH.forEach(w -> languages.merge(w, ENGLISH_BIT, (a, b) -> a | b));
        languages.forEach((word, bits) -> {
            int first = word.charAt(0);
            String[] words = WORDS_BY_FIRST[first] == null ? new String[0] : WORDS_BY_FIRST[first];
            int[] langs = LANGUAGES_BY_FIRST[first] == null ? new int[0] : LANGUAGES_BY_FIRST[first];
            WORDS_BY_FIRST[first] = java.util.Arrays.copyOf(words, words.length + 1);
            WORDS_BY_FIRST[first][words.length] = word;
            LANGUAGES_BY_FIRST[first] = java.util.Arrays.copyOf(langs, langs.length + 1);
            LANGUAGES_BY_FIRST[first][langs.length] = bits;
        });
    }

    private LanguageGuesser() {}

    /** The language bits of the common word that {@code n[start, end)} is, or 0. */
    private static int commonWordAt(String n, int start, int end) {
        int length = end - start;
        if (length == 0 || length > LONGEST_COMMON_WORD) {
            return 0;
        }
        char first = n.charAt(start);
        String[] words = first < WORDS_BY_FIRST.length ? WORDS_BY_FIRST[first] : null;
        if (words == null) {
            return 0;
        }
        for (int k = 0; k < words.length; k++) {
            if (words[k].length() == length && n.startsWith(words[k], start)) {
                return LANGUAGES_BY_FIRST[first][k];
            }
        }
        return 0;
    }

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
            // Counted once per paragraph, most of them already by the filter.
            Paragraph.LetterCounts counts = p.letterCounts();
            arabic += counts.arabicScript();
            latin += counts.latin();
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
            // Walked word by word without cutting words out: a word is compared in place with
            // the common words that open with its letter.
            for (int start = 0; start <= n.length(); ) {
                int end = n.indexOf(' ', start);
                if (end < 0) {
                    end = n.length();
                }
                int languages = commonWordAt(n, start, end);
                fr += languages & FRENCH_BIT;
                en += (languages & ENGLISH_BIT) >> 1;
                start = end + 1;
            }
        }
        return fr > en ? "fr" : "en";
    }
}
