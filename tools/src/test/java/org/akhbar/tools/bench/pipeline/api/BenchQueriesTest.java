package org.akhbar.tools.bench.pipeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.tools.bench.pipeline.site.CorpusArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchQueriesTest {
    private static List<CorpusArticle> corpus() {
        List<CorpusArticle> out = new ArrayList<>();
        out.add(new CorpusArticle("a1", "s", null, "وزير الاقتصاد يفتتح معرض الرياض الدولي", "",
                "افتتح وزير الاقتصاد صباح اليوم معرض الرياض الدولي للكتاب بمشاركة واسعة.\nوقال المنظمون إن المعرض يستمر أسبوعا."));
        out.add(new CorpusArticle("a2", "s", null, "أمطار غزيرة على جدة، والدفاع المدني يحذر", "",
                "هطلت أمطار غزيرة على محافظة جدة مساء أمس وسط تحذيرات الدفاع المدني."));
        out.add(new CorpusArticle("a3", "s", null, "الهلال يفوز 3-1", "", ""));
        return out;
    }

    @Test
    void theSameCorpusAndSeedGiveTheSameQueries() {
        assertThat(BenchQueries.fromCorpus(corpus(), 50, 7)).isEqualTo(BenchQueries.fromCorpus(corpus(), 50, 7))
                .hasSize(50);
    }

    @Test
    void theMixHoldsTitleWordsPairsAndQuestions() {
        List<String> q = BenchQueries.fromCorpus(corpus(), 10, 7);
        assertThat(q.subList(0, 4)).allSatisfy(w -> assertThat(w).doesNotContain(" "));
        assertThat(q.subList(4, 7)).allSatisfy(w -> assertThat(w.split(" ")).hasSizeBetween(1, 2));
        assertThat(q.subList(7, 10)).allSatisfy(w -> assertThat(w).endsWith("؟").matches("\\S+ (\\S+ ){3,}\\S+"));
    }

    @Test
    void wordsAreLettersOnly() {
        assertThat(BenchQueries.words("أمطار غزيرة على جدة، والدفاع المدني يحذر 3-1 «عاجل»"))
                .containsExactly("أمطار", "غزيرة", "على", "جدة", "والدفاع", "المدني", "يحذر", "عاجل");
    }

    @Test
    void aQueriesFileMayBeTheRetrievalSetsTsv(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("queries.tsv");
        Files.writeString(tsv, "q1\tمن هو مؤسس المدينة؟\n\nq2\tمتى بني الجسر\n");
        assertThat(BenchQueries.read(tsv)).containsExactly("من هو مؤسس المدينة؟", "متى بني الجسر");
        Path plain = dir.resolve("plain.txt");
        Files.writeString(plain, "طنجة\nالرياض جدة\n");
        assertThat(BenchQueries.read(plain)).containsExactly("طنجة", "الرياض جدة");
    }

    @Test
    void aSearchPathIsPercentEncoded() {
        assertThat(BenchQueries.searchPath("طنجة 2")).isEqualTo("/api/v1/search?q=%D8%B7%D9%86%D8%AC%D8%A9+2");
    }
}
