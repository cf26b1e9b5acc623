package org.akhbar.tools.bench.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens exactly as Python 3's {@code re.findall(r'\w+', text)} does on a
 * {@code str}: a word character is a code point that Python calls alphanumeric ({@code
 * str.isalnum()}: general category L* or N*) or the underscore. Combining marks (Mn, Mc), such as
 * Arabic diacritics, are not word characters there, so they split a word; Java's {@code \w} with
 * {@code UNICODE_CHARACTER_CLASS} would keep them inside. The benchmark metric is defined by the
 * Python tokenizer, so this one follows it.
 */
public final class WordTokenizer {

    private WordTokenizer() {}

    /** The word tokens of {@code text}, in order; empty for null or empty text. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Python's {@code \w} for a str pattern: alphanumeric in the Unicode database, or '_'. */
    static boolean isWordChar(int codePoint) {
        if (codePoint == '_') {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
