package org.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.domain.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** More matches than a ranked search counts: the total is a flagged lower bound, never a wrong exact one. */
class LargeTotalsTest {
    private static final int ARTICLES = ArticleSearcher.EXACT_TOTAL_UP_TO + 300;

    @TempDir
    static Path dir;

    static ArticleSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i <= ARTICLES; i++) {
            // Every article mentions rain; one in ten also mentions the port of Tangier.
            String body = i % 10 == 0 ? "أمطار غزيرة على ميناء طنجة في اليوم " + i : "أمطار غزيرة في اليوم " + i;
            articles.add(Article.create("https://x.example/" + i, "https://x.example/" + i, "x", "نشرة الطقس " + i,
                    List.of(body), null, List.of(), null, "ar", Instant.EPOCH).withSeq(i));
        }
        searcher = TestIndex.of(dir, articles, ARTICLES);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchResult search(String q) throws IOException {
        return searcher.search(new SearchRequest(q, List.of(), null, null, 1, 10));
    }

    @Test
    void aRankedSearchMatchingMoreThanItCountsGivesALowerBound() throws IOException {
        SearchResult r = search("أمطار");
        assertThat(r.totalExact()).isFalse();
        assertThat(r.total()).isBetween((long) ArticleSearcher.EXACT_TOTAL_UP_TO, (long) ARTICLES);
        assertThat(r.hits()).hasSize(10);
    }

    @Test
    void aRankedSearchMatchingFewerCountsExactly() throws IOException {
        SearchResult r = search("ميناء");
        assertThat(r.totalExact()).isTrue();
        assertThat(r.total()).isEqualTo(ARTICLES / 10);
    }

    @Test
    void aSearchWithoutWordsAlwaysCountsExactly() throws IOException {
        SearchResult r = search("");
        assertThat(r.totalExact()).isTrue();
        assertThat(r.total()).isEqualTo(ARTICLES);
    }
}
