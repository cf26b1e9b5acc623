package org.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.akhbar.domain.Article;
import org.akhbar.samplesite.Expectation;
import org.akhbar.samplesite.SampleArticle;
import org.akhbar.samplesite.SamplePage;
import org.akhbar.samplesite.SampleSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexes every article page of the bundled sample site, built from its golden expectation
 * (what a perfect extractor yields), and runs the search queries the site publishes for each
 * article: the search side of the end-to-end test, without crawling.
 */
class SampleSiteSearchTest {
    private static final String BASE = "http://127.0.0.1:8081";
    private static final Instant FETCHED = Instant.parse("2026-01-12T00:00:00Z");

    @TempDir
    static Path dir;

    static ArticleSearcher searcher;
    /** Article id by page path. */
    static final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    static void index() throws IOException {
        List<Article> articles = new ArrayList<>();
        long seq = 0;
        for (SamplePage page : SampleSite.pages()) {
            Expectation e = page.expectation();
            if (e.status() != Expectation.Status.ARTICLE) {
                continue;
            }
            String url = BASE + page.path();
            Article a = Article.create(url, url, page.sourceId(), e.title(), e.paragraphs(), e.publishedAt(),
                            e.authors(), e.dateline(), "ar", FETCHED)
                    .withSeq(++seq);
            articles.add(a);
            ids.put(page.path(), a.id().value());
        }
        searcher = TestIndex.of(dir, articles, seq);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchResult search(String q) throws IOException {
        return searcher.search(new SearchRequest(q, List.of(), null, null, 1, 10));
    }

    private static List<String> top10(String q) throws IOException {
        return search(q).hits().stream().map(SearchHit::id).toList();
    }

    private static String id(String path) {
        String id = ids.get(path);
        assertThat(id).as("sample article %s is indexed", path).isNotNull();
        return id;
    }

    @Test
    void everyCrawlableListedArticleIsIndexed() {
        List<SampleArticle> crawlable = SampleSite.articles().stream().filter(SampleArticle::crawlable).toList();
        assertThat(crawlable).isNotEmpty();
        assertThat(ids).containsKeys(crawlable.stream().map(SampleArticle::path).toArray(String[]::new));
    }

    @TestFactory
    Stream<DynamicTest> everyPublishedQueryFindsItsArticleInTheTopTen() {
        return SampleSite.articles().stream()
                .filter(SampleArticle::crawlable)
                .flatMap(a -> a.queries().stream().map(q -> DynamicTest.dynamicTest(
                        a.path() + " ← " + q,
                        () -> assertThat(top10(q)).as("top 10 of %s", q).contains(id(a.path())))));
    }

    @Test
    void hamzaOnYehAndOnWawCountTheSame() throws IOException {
        long waw = search("مسؤول").total();
        assertThat(waw).isPositive();
        assertThat(search("مسئول").total()).isEqualTo(waw);
    }

    @Test
    void hehAndTehMarbutaCountTheSame() throws IOException {
        long teh = search("المدرسة").total();
        assertThat(teh).isPositive();
        assertThat(search("المدرسه").total()).isEqualTo(teh);
    }

    @Test
    void cityFindsTheArticleWhereAPrepositionIsGluedToIt() throws IOException {
        assertThat(top10("طنجة")).contains(id("/wadi/tangier-book-fair.html"));
    }

    @Test
    void bareAlefFindsTheCurlyQuotedName() throws IOException {
        assertThat(top10("انتربول")).contains(id("/wadi/laayoune-cybercrime-seminar.html"));
    }

    @Test
    void numbersFindTheirFormGluedToTheArticle() throws IOException {
        // الدقيقة ال81, الدورة ال60, الدورة ال12 in the texts.
        assertThat(top10("81")).contains(id("/wadi/smara-derby.html"));
        assertThat(top10("الدقيقة 81")).contains(id("/wadi/smara-derby.html"));
        assertThat(top10("60")).contains(id("/qadim/news/rose-festival.html"));
        assertThat(top10("12")).contains(id("/wadi/tangier-book-fair.html"));
    }
}
