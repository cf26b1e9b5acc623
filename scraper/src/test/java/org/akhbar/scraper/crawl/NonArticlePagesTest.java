package org.akhbar.scraper.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.akhbar.domain.Outcome;
import org.akhbar.domain.Source;
import org.akhbar.extract.Extractor;
import org.akhbar.scraper.fetch.FetchSettings;
import org.akhbar.scraper.fetch.PoliteFetcher;
import org.akhbar.scraper.testing.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Section, tag, search, author, video-only and soft-404 pages reach the pipeline as article
 * URLs (feeds and sitemaps list them too); with the real extractor they end as "not an
 * article" and nothing is stored for them, while a real article of the same site is stored.
 */
class NonArticlePagesTest {
    /** Served path name → the extractor's fixture page (its test jar) served there. */
    private static final Map<String, String> PAGES = Map.of(
            "tag", "jannah/tag-water",
            "search", "jannah/search-nappe",
            "author", "tdnews/author-rkhoury",
            "section", "nilportal/section-6",
            "video", "nilportal/video-5522",
            "not-found", "nilportal/News-404",
            "article", "jannah/barrage-ghris");

    private LocalServer server;
    private PoliteFetcher fetcher;
    private final FakeStores stores = new FakeStores();
    private ArticlePipeline pipeline;
    private Source source;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        PAGES.forEach((name, fixture) ->
                server.page("/" + name + ".html", 200, "text/html; charset=utf-8", page(fixture)));
        fetcher = new PoliteFetcher(FetchSettings.defaults().withHostDelay(Duration.ZERO)
                .withMaxCrawlDelay(Duration.ZERO).withRequestTimeout(Duration.ofSeconds(5)));
        Extractor extractor = new Extractor();
        pipeline = new ArticlePipeline(fetcher, extractor::extract, stores.withdrawal());
        source = new Source("atlas", "صدى الأطلس", server.uri("/"), List.of(), List.of(), List.of(), null);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tag", "search", "author", "section", "video", "not-found"})
    void aPageThatIsNotAnArticleIsSkippedAndOnlyArchived(String name) {
        PageResult result = pipeline.process(source, server.uri("/" + name + ".html"));

        assertThat(result.outcome()).as(result.describe()).isEqualTo(Outcome.skipped("not an article"));
        assertThat(result.retry()).isFalse();
        assertThat(result.article()).isNull();
        assertThat(result.raw().url()).isEqualTo(server.uri("/" + name + ".html").toString());
    }

    @Test
    void anArticleOfTheSameSiteIsToBeStoredAndArchived() {
        PageResult result = pipeline.process(source, server.uri("/article.html"));

        assertThat(result.outcome()).as(result.describe()).isEqualTo(Outcome.stored());
        assertThat(result.raw()).isNotNull();
        assertThat(result.article().title()).isEqualTo("مجلس جهة درعة تافيلالت يصادق على تمويل سد تلي جديد على وادي غريس");
    }

    private static byte[] page(String fixture) {
        try (InputStream in = NonArticlePagesTest.class.getResourceAsStream("/extract/" + fixture + ".html")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
