package org.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static Passage passage(int start, int end, int... matches) {
        Passage p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) {
            p.addMatch(matches[i], matches[i + 1], new org.apache.lucene.util.BytesRef("x"), 1);
        }
        return p;
    }

    @Test
    void everythingButTheMarksIsEscaped() {
        assertThat(Snippets.escape("a<b>&\"c'\nd")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39; d");
    }

    @Test
    void leadIsCutAtAWordBoundaryWithAnEllipsis() {
        String text = "كلمة ".repeat(100);
        String lead = Snippets.lead(text);
        assertThat(lead).endsWith(" …");
        assertThat(lead.length()).isBetween(Snippets.TARGET_LENGTH, Snippets.TARGET_LENGTH + 35);
        assertThat(lead.replace(" …", "").strip()).doesNotContain("  ").matches("(كلمة ?)+");
    }

    @Test
    void shortTextLeadIsTheWholeTextEscaped() {
        assertThat(Snippets.lead("طنجة <b>")).isEqualTo("طنجة &lt;b&gt;");
    }

    @Test
    void matchesAreMarkedAndTheRestEscaped() {
        String content = "في <طنجة> اليوم";
        Object out = new MarkPassageFormatter().format(new Passage[] {passage(0, content.length(), 4, 8)}, content);
        assertThat(out).isEqualTo("في &lt;<mark>طنجة</mark>&gt; اليوم");
    }

    @Test
    void overlappingMatchesAreMergedIntoOneMark() {
        String content = "المؤتمر الدولي";
        Object out = new MarkPassageFormatter().format(new Passage[] {passage(0, content.length(), 0, 7, 3, 14)}, content);
        assertThat(out).isEqualTo("<mark>المؤتمر الدولي</mark>");
    }

    @Test
    void longPassageIsWindowedAroundTheFirstMatch() {
        String content = "كلام ".repeat(80) + "طنجة " + "كلام ".repeat(80);
        int at = content.indexOf("طنجة");
        String out = (String) new MarkPassageFormatter().format(
                new Passage[] {passage(0, content.length(), at, at + 4)}, content);
        assertThat(out).startsWith("… ").endsWith(" …").contains("<mark>طنجة</mark>");
        assertThat(out.length()).isLessThan(Snippets.TARGET_LENGTH + 60);
    }

    @Test
    void noPassageMeansNoSnippet() {
        assertThat(new MarkPassageFormatter().format(new Passage[0], "نص")).isNull();
    }
}
