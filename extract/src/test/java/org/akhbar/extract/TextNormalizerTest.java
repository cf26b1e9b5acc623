package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    /**
     * The normal forms as the class comment defines them, one character at a time with every
     * test spelled out: what the table-driven {@link TextNormalizer#fold} and {@link
     * TextNormalizer#forComparison} must give.
     */
    private static String reference(String text, boolean lettersAndDigitsOnly) {
        StringBuilder out = new StringBuilder();
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextNormalizer.isInvisibleMark(c) || c == '\u0640' || TextNormalizer.isArabicDiacritic(c)) {
                continue;
            }
            char folded = switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
                case '\u0624' -> '\u0648';
                case '\u0626', '\u0649' -> '\u064A';
                case '\u0629' -> '\u0647';
                default -> c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                        : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0') : Character.toLowerCase(c);
            };
            boolean space = TextNormalizer.isLayoutSpace(c) || TextNormalizer.isLayoutSpace(folded)
                    || (lettersAndDigitsOnly && !Character.isLetterOrDigit(folded));
            if (space) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(folded);
        }
        return out.toString();
    }

    @Test
    void everyCharacterFoldsAsDefinedAloneAndBetweenWords() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String text : new String[] {String.valueOf((char) c), "a" + (char) c + "b", " x" + (char) c + " "}) {
                assertThat(TextNormalizer.fold(text)).as("fold U+%04X", c).isEqualTo(reference(text, false));
                assertThat(TextNormalizer.forComparison(text)).as("forComparison U+%04X", c).isEqualTo(reference(text, true));
            }
        }
    }

    @Property(tries = 300)
    void mixedTextFoldsAsDefined(@ForAll("mixedText") String text) {
        assertThat(TextNormalizer.fold(text)).isEqualTo(reference(text, false));
        assertThat(TextNormalizer.forComparison(text)).isEqualTo(reference(text, true));
    }

    @Property(tries = 300)
    void cleaningPiecesAsTheyComeIsCleaningThemJoined(@ForAll("pieces") java.util.List<String> pieces) {
        TextNormalizer.WhitespaceCleaner cleaner = new TextNormalizer.WhitespaceCleaner();
        for (int round = 0; round < 2; round++) { // and again after take(): a fresh start
            for (String piece : pieces) {
                cleaner.append(piece);
            }
            String joined = String.join("", pieces);
            assertThat(cleaner.given()).isEqualTo(joined.length());
            assertThat(cleaner.take()).isEqualTo(TextNormalizer.cleanWhitespace(joined));
            assertThat(cleaner.given()).isZero();
        }
    }

    @Test
    void aCleanerKeepsOneSpaceBetweenPiecesAndNoneAtTheEnds() {
        TextNormalizer.WhitespaceCleaner cleaner = new TextNormalizer.WhitespaceCleaner();
        cleaner.append("\n  قال ");
        cleaner.append(' ');
        cleaner.append("\u200F الوزير\u00A0");
        cleaner.append("x".repeat(1000) + "\n");
        assertThat(cleaner.take()).isEqualTo("قال الوزير " + "x".repeat(1000));
    }

    @Provide
    Arbitrary<java.util.List<String>> pieces() {
        return mixedText().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.oneOf(Arbitraries.of("أ", "إ", "آ", "ة", "ى", "ـ", "\u064B", "\u200F", "\u00A0", "\u2003", " ", "\n", "A",
                "z", "É", "٣", "۴", "7", ".", "،", "\uFEFF", "\uFFFE", "\uFFFF", "Σ", "\u0130", "😀"), Arbitraries.chars().map(String::valueOf))
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Test
    void cleanWhitespaceTurnsNbspIntoSpacesAndCollapsesRuns() {
        assertThat(TextNormalizer.cleanWhitespace("  وأجنبية\u00A0\u00A0.  \n\t الخبر ")).isEqualTo("وأجنبية . الخبر");
    }

    @Test
    void cleanWhitespaceRemovesZeroWidthAndBidiMarksButKeepsArabicPunctuation() {
        assertThat(TextNormalizer.cleanWhitespace("\u200Fقال\u200B الوزير\u200E، ثم أضاف؛ لماذا؟\uFEFF"))
                .isEqualTo("قال الوزير، ثم أضاف؛ لماذا؟");
    }

    @Test
    void cleanWhitespaceKeepsDiacriticsAndTatweelForDisplay() {
        assertThat(TextNormalizer.cleanWhitespace("عمّان العيـــون")).isEqualTo("عمّان العيـــون");
    }

    @Test
    void stripTatweelLeavesOneSpaceWhereALoneTatweelStoodBetweenWords() {
        assertThat(TextNormalizer.stripTatweel("العيون ـ الداخلة")).isEqualTo("العيون الداخلة");
        assertThat(TextNormalizer.stripTatweel(" ـ العيون ")).isEqualTo("العيون");
    }

    @Test
    void stripTatweelJoinsAStretchedWord() {
        assertThat(TextNormalizer.stripTatweel("العيـــــون")).isEqualTo("العيون");
    }

    @Test
    void foldRemovesDiacriticsAndFoldsHamzaAlefTaMarbutaAndAlefMaqsura() {
        assertThat(TextNormalizer.fold("أَيْضاً إقرأ آذار مؤتمر رئيس مدينة على")).isEqualTo("ايضا اقرا اذار موتمر رييس مدينه علي");
    }

    @Test
    void foldMapsArabicIndicAndPersianDigitsToAscii() {
        assertThat(TextNormalizer.fold("٢٠٢٣ ۱۴")).isEqualTo("2023 14");
    }

    @Test
    void foldKeepsPunctuationThatDatesNeed() {
        assertThat(TextNormalizer.fold("06/12/2023 - 10:30")).isEqualTo("06/12/2023 - 10:30");
    }

    @Test
    void forComparisonLeavesOnlyLettersDigitsAndSingleSpaces() {
        assertThat(TextNormalizer.forComparison("اقرأ أيضاً: «الخبر» - Read MORE!")).isEqualTo("اقرا ايضا الخبر read more");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(TextNormalizer.cleanWhitespace(null)).isEmpty();
        assertThat(TextNormalizer.forComparison(null)).isEmpty();
    }
}
