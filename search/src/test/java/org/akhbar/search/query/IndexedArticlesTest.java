package org.akhbar.search.query;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.akhbar.domain.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A query test over a few articles, indexed once for the class: a subclass names them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IndexedArticlesTest {
    ArticleSearcher searcher;

    /** The articles to index, committed as of the highest seq among them. */
    abstract List<Article> articles();

    @BeforeAll
    void index(@TempDir Path dir) throws IOException {
        List<Article> articles = articles();
        searcher = TestIndex.of(dir, articles, articles.stream().mapToLong(Article::seq).max().orElse(0));
    }

    @AfterAll
    void close() throws IOException {
        searcher.close();
    }

    /** The ids of the first page of hits for {@code q}, best first. */
    List<String> ids(String q) throws IOException {
        return TestIndex.ids(searcher, q);
    }
}
