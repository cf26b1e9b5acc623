package org.akhbar.extract;

/**
 * Text normalisation shared by every extraction step.
 *
 * <p>Three levels, each a single pass over the characters:
 * <ul>
 *   <li>{@link #cleanWhitespace} is for text that is shown: it removes invisible marks and
 *       layout spaces but keeps every letter, diacritic and punctuation mark;</li>
 *   <li>{@link #fold} is for parsing: it also strips tatweel and diacritics, folds the hamza
 *       and alef variants, ta marbuta and alef maqsura, maps Arabic-Indic and Persian digits
 *       to ASCII and lower-cases, but keeps punctuation (dates need ":" and "/");</li>
 *   <li>{@link #forComparison} is for matching phrases: {@link #fold} plus every character
 *       that is neither a letter nor a digit turned into a single space.</li>
 * </ul>
 */
public final class TextNormalizer {

    private static final char TATWEEL = '\u0640';

    private TextNormalizer() {}

    /** Removes invisible formatting marks, turns layout spaces into plain spaces, collapses runs, trims. */
    public static String cleanWhitespace(String text) {
        return clean(text, false);
    }

    /**
     * Removes tatweel (the stretching stroke, as in "العيـــــون") and cleans whitespace, in the
     * same pass, so a lone tatweel between two spaces leaves one space, not two.
     */
    public static String stripTatweel(String text) {
        return clean(text, true);
    }

    private static String clean(String text, boolean dropTatweel) {
        if (text == null) {
            return "";
        }
        if (isClean(text, dropTatweel)) {
            return text; // most paragraphs: nothing to change, nothing to copy
        }
        char[] out = new char[text.length()];
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisibleMark(c) || (dropTatweel && c == TATWEEL)) {
                continue;
            }
            if (isLayoutSpace(c)) {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace) {
                out[n++] = ' ';
                pendingSpace = false;
            }
            out[n++] = c;
        }
        return new String(out, 0, n);
    }

    /** Whether cleaning would leave the text as it is: single plain spaces between words, no mark to drop. */
    private static boolean isClean(String text, boolean dropTatweel) {
        boolean afterSpace = true; // a leading space is not clean
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (c < 128 ? c < ' ' : isInvisibleMark(c) || isLayoutSpace(c) || (dropTatweel && c == TATWEEL)) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return !afterSpace || text.isEmpty();
    }

    /**
     * Builds {@link #cleanWhitespace} of a text given in pieces, cleaning each piece as it
     * comes: the same as cleaning the pieces joined, without building the joined text first
     * and passing over it twice. The paragraph collector feeds it a paragraph's text nodes.
     */
    static final class WhitespaceCleaner {
        private char[] out = new char[256];
        private int n;
        private boolean pendingSpace;
        /** How many characters were given since the last {@link #take}, cleaned away or not. */
        private int given;

        void append(String piece) {
            int length = piece.length();
            given += length;
            // Each given character makes at most one, and a space pending from an earlier piece one more.
            if (out.length - n < length + 1) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, n + length + 1));
            }
            char[] o = out;
            int k = n;
            boolean pending = pendingSpace;
            for (int i = 0; i < length; i++) {
                char c = piece.charAt(i);
                if (c < 128 ? c <= ' ' && isLayoutSpace(c) : isLayoutSpace(c)) {
                    pending = k > 0;
                    continue;
                }
                if (c >= 128 && isInvisibleMark(c)) {
                    continue;
                }
                if (pending) {
                    o[k++] = ' ';
                    pending = false;
                }
                o[k++] = c;
            }
            n = k;
            pendingSpace = pending;
        }

        void append(char c) {
            append(String.valueOf(c));
        }

        /** Characters given since the last {@link #take}, before cleaning. */
        int given() {
            return given;
        }

        /** The cleaned text of everything given since the last call, and a fresh start. */
        String take() {
            String text = new String(out, 0, n);
            n = 0;
            pendingSpace = false;
            given = 0;
            return text;
        }
    }

    /** The parsing form: see the class comment. Punctuation is kept. */
    public static String fold(String text) {
        return normalize(text, false);
    }

    /** The matching form: see the class comment. Only letters, digits and single spaces remain. */
    public static String forComparison(String text) {
        return normalize(text, true);
    }

    /** In the fold tables: the character is dropped (a mark, tatweel, a diacritic). */
    private static final char DROP = '\uFFFE';
    /** In the fold tables: the character separates words (a layout space; in comparison form, any non-letter). */
    private static final char SPACE = '\uFFFF';
    /** Characters below this (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic) are folded by table lookup... */
    private static final int TABLE_SIZE = 0x800;
    /** ...and those of the General Punctuation block (curly quotes, dashes, the marks and spaces there), after them. */
    private static final char PUNCTUATION_START = '\u2000';
    private static final char PUNCTUATION_END = '\u2070';
    /** {@link #foldedForm} of each tabled character, for {@link #fold} and {@link #forComparison}. */
    private static final char[] FOLD_TABLE = foldTable(false);
    private static final char[] COMPARISON_TABLE = foldTable(true);

    private static char[] foldTable(boolean lettersAndDigitsOnly) {
        char[] table = new char[TABLE_SIZE + PUNCTUATION_END - PUNCTUATION_START];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = foldedForm(c, lettersAndDigitsOnly);
        }
        for (char c = PUNCTUATION_START; c < PUNCTUATION_END; c++) {
            table[TABLE_SIZE + c - PUNCTUATION_START] = foldedForm(c, lettersAndDigitsOnly);
        }
        return table;
    }

    /**
     * What one tabled character becomes in the parsing or matching form: {@link #DROP},
     * {@link #SPACE} or its folded self (never U+FFFE or U+FFFF there). The
     * normal forms are this, character by character, with runs of spaces made one and spaces
     * at the ends dropped.
     */
    private static char foldedForm(char c, boolean lettersAndDigitsOnly) {
        if (c < 128) {
            // ASCII: no mark to drop, no letter to fold but the capitals.
            char folded = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            boolean space = c <= ' ' ? isLayoutSpace(c) || lettersAndDigitsOnly
                    : lettersAndDigitsOnly && !((folded >= 'a' && folded <= 'z') || (c >= '0' && c <= '9'));
            return space ? SPACE : folded;
        }
        if (isInvisibleMark(c) || c == TATWEEL || isArabicDiacritic(c)) {
            return DROP;
        }
        char folded = foldChar(c);
        boolean space = isLayoutSpace(folded) || (lettersAndDigitsOnly && !Character.isLetterOrDigit(folded));
        return space ? SPACE : folded;
    }

    private static String normalize(String text, boolean lettersAndDigitsOnly) {
        if (text == null) {
            return "";
        }
        // Every character of every paragraph passes here: a table lookup instead of the
        // tests of foldedForm, for the scripts the pages are written in.
        char[] table = lettersAndDigitsOnly ? COMPARISON_TABLE : FOLD_TABLE;
        char[] out = new char[text.length()];
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded;
            boolean space;
            if (c < TABLE_SIZE || (c >= PUNCTUATION_START && c < PUNCTUATION_END)) {
                folded = table[c < TABLE_SIZE ? c : c - PUNCTUATION_START + TABLE_SIZE];
                if (folded == DROP) {
                    continue;
                }
                space = folded == SPACE;
            } else {
                // Beyond the table the tests run here, where a folded U+FFFE or U+FFFF is no sentinel.
                if (isInvisibleMark(c) || c == TATWEEL || isArabicDiacritic(c)) {
                    continue;
                }
                folded = foldChar(c);
                space = isLayoutSpace(folded) || (lettersAndDigitsOnly && !Character.isLetterOrDigit(folded));
            }
            if (space) {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace) {
                out[n++] = ' ';
                pendingSpace = false;
            }
            out[n++] = folded;
        }
        return new String(out, 0, n);
    }

    private static char foldChar(char c) {
        switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671' -> { return '\u0627'; } // أ إ آ ٱ -> ا
            case '\u0624' -> { return '\u0648'; } // ؤ -> و
            case '\u0626', '\u0649' -> { return '\u064A'; } // ئ ى -> ي
            case '\u0629' -> { return '\u0647'; } // ة -> ه
            default -> { }
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    static boolean isArabicDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED');
    }

    /** Zero-width characters and bidi controls: they carry no text. */
    static boolean isInvisibleMark(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || c == '\u061C' || c == '\uFEFF' || c == '\u2060' || c == '\u00AD'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    static boolean isLayoutSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B'
                || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000' || c == '\u2028' || c == '\u2029';
    }

    /** Letters of the Arabic script (the base block, its supplement and presentation forms). */
    static boolean isArabicLetter(char c) {
        return ((c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u0750' && c <= '\u077F') || (c >= '\uFB50' && c <= '\uFDFF')
                || (c >= '\uFE70' && c <= '\uFEFC')) && c != '\u0640';
    }
}
