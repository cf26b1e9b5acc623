package org.akhbar.search.query;

import java.io.IOException;
import java.nio.file.Path;
import org.akhbar.domain.Article;
import org.akhbar.search.index.ArticleIndexWriter;

/** The index a query test searches: its articles written and committed in {@code dir}, then opened. */
final class TestIndex {

    private TestIndex() {}

    /** Writes {@code articles}, commits them as of {@code seq} and opens a searcher on them. */
    static ArticleSearcher of(Path dir, Iterable<Article> articles, long seq) throws IOException {
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir)) {
            for (Article a : articles) {
                w.apply(a);
            }
            w.commit(seq);
        }
        return ArticleSearcher.open(dir);
    }
}
