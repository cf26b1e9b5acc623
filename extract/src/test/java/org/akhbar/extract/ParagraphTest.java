package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphTest {

    private static Paragraph.LetterCounts counts(String text) {
        return new Paragraph(text, 0, Paragraph.Kind.TEXT).letterCounts();
    }

    @Test
    void letterCountsTellArabicFromLatinLetters() {
        // 3 Arabic letters, 3 Latin letters (one of them accented); digits and punctuation are not counted.
        assertThat(counts("قال Abé: 12!")).isEqualTo(new Paragraph.LetterCounts(6, 3, 3, 3));
    }

    @Test
    void theSuperscriptAlefIsArabicScriptButNoLetter() {
        // U+0670 lies in the Arabic letter ranges but is a combining mark.
        assertThat(counts("ه\u0670ذا")).isEqualTo(new Paragraph.LetterCounts(3, 3, 4, 0));
    }

    @Test
    void lettersBeyondLatinExtendedAreLettersButNotLatin() {
        assertThat(counts("Σπ ж")).isEqualTo(new Paragraph.LetterCounts(3, 0, 0, 0));
    }

    @Test
    void theCountsAreKept() {
        Paragraph p = new Paragraph("نص", 0, Paragraph.Kind.TEXT);
        assertThat(p.letterCounts()).isSameAs(p.letterCounts());
    }
}
