package org.akhbar.search.query;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
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

    /** An Arabic article of the site wadi.example, published on day {@code seq} of May 2024. */
    static Article article(String slug, String title, String body, long seq) {
        return Article.create("https://wadi.example/" + slug, "https://wadi.example/" + slug, "wadi", title,
                List.of(body), OffsetDateTime.parse("2024-05-0" + seq + "T10:00:00+01:00"), List.of(), null, "ar",
                Instant.parse("2024-06-01T00:00:00Z")).withSeq(seq);
    }

    /** The ids of the first page of hits for {@code q}, best first. */
    static List<String> ids(ArticleSearcher searcher, String q) throws IOException {
        return searcher.search(new SearchRequest(q, List.of(), null, null, 1, 10)).hits().stream()
                .map(SearchHit::id).toList();
    }
}
