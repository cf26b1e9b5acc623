package org.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
    private static List<Integer> forward(String text) {
        BreakIterator it = new SentenceBreaks();
        it.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            out.add(b);
        }
        return out;
    }

    @Test
    void breaksAfterArabicAndLatinSentenceEndsFollowedBySpace() {
        String text = "وصل الوفد إلى الرياض. هل تبدأ المحادثات غداً؟ نعم! ثم عاد.";
        assertThat(forward(text)).containsExactly(0, text.indexOf("هل"), text.indexOf("نعم"), text.indexOf("ثم"),
                text.length());
    }

    @Test
    void everyLineBreakStartsASentence() {
        String text = "الفقرة الأولى بلا نقطة\nالفقرة الثانية";
        assertThat(forward(text)).containsExactly(0, text.indexOf("الفقرة الثانية"), text.length());
    }

    @Test
    void aDecimalPointOrADotWithoutSpaceDoesNotBreak() {
        assertThat(forward("ارتفع المؤشر 2.5 في المئة على موقع example.com اليوم")).containsExactly(0, 52);
    }

    @Test
    void followingAndPrecedingFindTheNeighbouringBoundaries() {
        String text = "جملة أولى. جملة ثانية. جملة ثالثة.";
        int second = text.indexOf("جملة ثانية");
        int third = text.indexOf("جملة ثالثة");
        BreakIterator it = new SentenceBreaks();
        it.setText(text);
        assertThat(it.following(second)).isEqualTo(third);
        assertThat(it.following(second - 1)).isEqualTo(second);
        assertThat(it.preceding(third)).isEqualTo(second);
        assertThat(it.preceding(third + 3)).isEqualTo(third);
        assertThat(it.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(it.following(text.length())).isEqualTo(BreakIterator.DONE);
        assertThat(it.isBoundary(second)).isTrue();
        assertThat(it.isBoundary(second + 1)).isFalse();
    }

    @Test
    void previousWalksBackFromTheEnd() {
        String text = "أ. ب. ج";
        BreakIterator it = new SentenceBreaks();
        it.setText(text);
        List<Integer> back = new ArrayList<>();
        for (int b = it.last(); b != BreakIterator.DONE; b = it.previous()) {
            back.add(b);
        }
        assertThat(back).containsExactly(text.length(), 6, 3, 0);
    }

    @Test
    void theFastWhitespaceTestAgreesWithTheJdkOnEveryChar() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(SentenceBreaks.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
        }
    }
}
