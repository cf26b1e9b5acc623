package org.akhbar.tools.bench.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.akhbar.domain.Article;
import org.akhbar.search.index.ArticleIndexWriter;
import org.akhbar.search.query.ArticleSearcher;
import org.akhbar.search.query.SearchRequest;
import org.akhbar.search.query.SearchResult;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The project as it runs: documents mapped to {@link Article}s and written by the product's
 * {@link ArticleIndexWriter} (its analysis chain and document mapping), queries answered by
 * the API's {@link ArticleSearcher}.
 */
final class AkhbarSystem implements Closeable {
    /** Where a benchmark document lives as an article: a URL of its own, never fetched. */
    private static final String URL_SCHEME = "urn:akhbar-bench:";

    private final Path indexDir;
    private final List<Article> articles;
    private final Map<String, String> docIdByArticleId;
    private ArticleSearcher searcher;

    AkhbarSystem(Path indexDir, List<BenchDoc> docs) {
        this.indexDir = indexDir;
        this.articles = new ArrayList<>(docs.size());
        this.docIdByArticleId = new HashMap<>(docs.size() * 2);
        Instant fetched = Instant.EPOCH;
        long seq = 0;
        for (BenchDoc d : docs) {
            Article a = Article.create(URL_SCHEME + d.id(), URL_SCHEME + d.id(), d.set(), d.title(),
                    paragraphs(d.text()), null, List.of(), null, "ar", fetched).withSeq(++seq);
            String clash = docIdByArticleId.put(a.id().value(), d.id());
            if (clash != null) {
                throw new IllegalArgumentException("two documents with one article id: " + clash + ", " + d.id());
            }
            articles.add(a);
        }
    }

    /** The body's paragraphs: its non-blank lines, as the extractor would give them. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * Writes every article with the product's writer on {@code threads} threads, commits, and
     * opens the API's searcher scoring with {@code similarity}; returns the nanoseconds from
     * opening the writer to the commit.
     */
    long index(int threads, Similarity similarity) throws IOException {
        long start = System.nanoTime();
        write(indexDir, articles, threads);
        long elapsed = System.nanoTime() - start;
        open(similarity);
        return elapsed;
    }

    /** Writes the first {@code n} articles into a scratch index in {@code dir}, as {@link #index} would: JIT warm-up. */
    void warmUp(int n, int threads, Path dir) throws IOException {
        write(dir, articles.subList(0, n), threads);
    }

    private static void write(Path dir, List<Article> articles, int threads) throws IOException {
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(dir)) {
            ParallelLoop.run(articles.size(), threads, i -> writer.apply(articles.get(i)));
            writer.commit(articles.isEmpty() ? 0 : articles.getLast().seq());
        }
    }

    /** Opens the API's searcher on the index (after {@link #index}, or one built by an earlier run). */
    void open(Similarity similarity) throws IOException {
        searcher = ArticleSearcher.open(indexDir, similarity);
    }

    /** Scores with {@code similarity} from now on (the index stays as it is). */
    void rescoreWith(Similarity similarity) throws IOException {
        searcher.close();
        searcher = ArticleSearcher.open(indexDir, similarity);
    }

    /** The first {@code k} hits the API ranks for {@code query}, without loading articles or snippets. */
    List<RankedDoc> rank(String query, int k) throws IOException {
        List<ArticleSearcher.ScoredId> hits = searcher.ranking(new SearchRequest(query, List.of(), null, null, 1, k));
        List<RankedDoc> out = new ArrayList<>(hits.size());
        for (ArticleSearcher.ScoredId h : hits) {
            out.add(new RankedDoc(docIdByArticleId.get(h.id()), h.score()));
        }
        return out;
    }

    /** The API's full search call: one page of {@code size} hits with articles, snippets and total. */
    SearchResult search(String query, int size) throws IOException {
        return searcher.search(new SearchRequest(query, List.of(), null, null, 1, size));
    }

    int articleCount() {
        return articles.size();
    }

    @Override
    public void close() throws IOException {
        if (searcher != null) {
            searcher.close();
        }
    }
}
