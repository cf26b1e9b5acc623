package org.akhbar.scraper.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.akhbar.domain.Article;
import org.akhbar.domain.Outcome;
import org.akhbar.domain.OutcomeCounts;
import org.akhbar.domain.Source;
import org.akhbar.scraper.fetch.FetchSettings;
import org.akhbar.scraper.fetch.PoliteFetcher;
import org.akhbar.scraper.testing.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrawlerTest {
    private LocalServer server;
    private PoliteFetcher fetcher;
    private final MemoryFrontier frontier = new MemoryFrontier();
    private final FakeStores stores = new FakeStores();
    private Crawler crawler;
    private Source source;

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer();
        fetcher = new PoliteFetcher(FetchSettings.defaults().withHostDelay(Duration.ZERO)
                .withMaxCrawlDelay(Duration.ZERO).withRequestTimeout(Duration.ofSeconds(5)));
        ArticlePipeline pipeline = new ArticlePipeline(fetcher, stores::extract, stores.withdrawal());
        crawler = new Crawler(new Seeder(fetcher, frontier), pipeline, frontier, stores.records(frontier),
                CrawlSettings.defaults().withThreads(2));
        source = new Source("sahil", "أخبار الساحل", server.uri("/"), List.of(server.uri("/feed.xml")),
                List.of(), List.of(), null);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private void html(String path, String html) {
        server.page(path, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static String article(String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<html><body><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</body></html>").toString();
    }

    private void feed(String... paths) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>");
        for (String p : paths) {
            String link = p.startsWith("http") ? p : server.uri(p).toString();
            sb.append("<item><title>خبر</title><link>").append(link.replace("&", "&amp;")).append("</link></item>");
        }
        server.page("/feed.xml", 200, "application/rss+xml", sb.append("</channel></rss>").toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void storesEachArticleOnceAndCountsEveryPage() {
        html("/2025/mina.html", article("توسعة ميناء الصويرة", "بدأت أشغال توسعة الميناء.", "وتستمر سنتين."));
        html("/2025/tumur.html", article("موسم التمور بزاكورة", "انطلق موسم جني التمور."));
        html("/section/index.html", "<html><body><a href='/2025/mina.html'>رابط</a></body></html>");
        server.page("/photo.jpg", 200, "image/jpeg", new byte[] {1, 2, 3});
        feed("/2025/mina.html", "/2025/mina.html?utm_source=rss", "/2025/tumur.html", "/section/index.html",
                "/photo.jpg", "/missing.html", "http://elsewhere.example.org/x.html");

        OutcomeCounts counts = crawler.runOnce(List.of(source));

        assertThat(counts.toString()).isEqualTo(
                "stored 2, unchanged 0, skipped 3 (http 404: 1, not an article: 1, not html: 1), failed 0");
        assertThat(stores.articles.values()).extracting(a -> a.title())
                .containsExactlyInAnyOrder("توسعة ميناء الصويرة", "موسم التمور بزاكورة");
        assertThat(server.requests).doesNotContain("/2025/mina.html?utm_source=rss");
    }

    @Test
    void theFrontierIsReclaimedAsPagesAreWritten() {
        String[] paths = new String[7];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = "/2025/khabar-" + i + ".html";
            html(paths[i], article("خبر رقم " + i + " من الساحل", "نص الخبر الأول رقم " + i + " كاملا.",
                    "وفقرة ثانية للخبر رقم " + i + "."));
        }
        feed(paths);
        crawler.reclaimEvery(3);

        assertThat(crawler.runOnce(List.of(source)).count(Outcome.Kind.STORED)).isEqualTo(7);

        // After the 3rd and the 6th page written; the second is skipped if the first still runs.
        assertThat(frontier.reclaims.get()).isBetween(1, 2);
    }

    @Test
    void pagesOfEarlierRunsCountTowardsTheNextReclaim() {
        html("/2025/mina.html", article("توسعة ميناء الصويرة", "بدأت أشغال توسعة الميناء.", "وتستمر سنتين."));
        html("/2025/tumur.html", article("موسم التمور بزاكورة", "انطلق موسم جني التمور.", "ويستمر شهرا."));
        feed("/2025/mina.html", "/2025/tumur.html");
        crawler.reclaimEvery(3);

        crawler.runOnce(List.of(source));
        assertThat(frontier.reclaims.get()).isZero();
        // Continuous mode drains a few pages at a time: the count goes on from run to run.
        crawler.runOnce(List.of(source));
        assertThat(frontier.reclaims.get()).isEqualTo(1);
    }

    @Test
    void secondRunFindsEverythingUnchangedAndAChangedPageUpdated() {
        AtomicReference<String> page = new AtomicReference<>(article("توسعة ميناء الصويرة", "بدأت الأشغال."));
        server.on("/2025/mina.html", ex -> LocalServer.send(ex, 200, "text/html; charset=utf-8",
                page.get().getBytes(StandardCharsets.UTF_8)));
        feed("/2025/mina.html");
        assertThat(crawler.runOnce(List.of(source)).count(Outcome.Kind.STORED)).isEqualTo(1);

        OutcomeCounts second = crawler.runOnce(List.of(source));
        assertThat(second.toString()).isEqualTo("stored 0, unchanged 1, skipped 0, failed 0");

        page.set(article("توسعة ميناء الصويرة", "بدأت الأشغال.", "وأضيف رصيف ثان للصيادين."));
        OutcomeCounts third = crawler.runOnce(List.of(source));
        assertThat(third.toString()).isEqualTo("stored 1, unchanged 0, skipped 0, failed 0");
        assertThat(stores.articles.get(server.uri("/2025/mina.html").toString()).paragraphs()).hasSize(2);
    }

    @Test
    void everySourceOfAPollRevivesOnlyPagesCompletedBeforeThePollBegan() {
        // Another scraper on the same store completes pages while this one is still seeding
        // later sources: those must not be revived, so every source gets the poll's cutoff
        // (here its start: the test settings recheck every page completed before it).
        html("/2025/mina.html", article("توسعة ميناء الصويرة", "بدأت الأشغال."));
        html("/2025/tumur.html", article("موسم التمور بزاكورة", "انطلق موسم جني التمور."));
        feed("/2025/mina.html");
        server.page("/feed2.xml", 200, "application/rss+xml", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<item><link>" + server.uri("/2025/tumur.html") + "</link></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8));
        Source second = new Source("sahil-thani", "الساحل الثاني", server.uri("/"), List.of(server.uri("/feed2.xml")),
                List.of(), List.of(), null);
        crawler.runOnce(List.of(source, second));
        Instant beforeSecondPoll = Instant.now();

        crawler.runOnce(List.of(source, second));

        assertThat(frontier.relistCutoffs).hasSize(2);
        assertThat(frontier.relistCutoffs.get(1)).isEqualTo(frontier.relistCutoffs.get(0));
        assertThat(frontier.relistCutoffs.get(0)).isAfterOrEqualTo(beforeSecondPoll);
    }

    @Test
    void aPageFetchedLessThanTheRecheckAgeAgoIsNotRevived() {
        Crawler patient = new Crawler(new Seeder(fetcher, frontier),
                new ArticlePipeline(fetcher, stores::extract, stores.withdrawal()), frontier, stores.records(frontier),
                CrawlSettings.defaults().withRecheckAfter(Duration.ofMinutes(10)));
        feed("/2025/mina.html");
        html("/2025/mina.html", article("توسعة ميناء الصويرة", "بدأت الأشغال."));
        Instant beforePoll = Instant.now();

        patient.runOnce(List.of(source));
        patient.runOnce(List.of(source));

        assertThat(frontier.relistCutoffs).hasSize(1);
        assertThat(frontier.relistCutoffs.get(0)).isBefore(beforePoll.minus(Duration.ofMinutes(9)));
    }

    @Test
    void aSourceGivenByItsHomepageAloneIsDiscoveredFromRobotsSitemapsAndHomepageLinks() {
        html("/2025/mina.html", article("توسعة ميناء الصويرة", "بدأت أشغال توسعة الميناء."));
        html("/2025/tumur.html", article("موسم التمور بزاكورة", "انطلق موسم جني التمور."));
        html("/", "<html><body><a href='/2025/tumur.html'>موسم التمور</a></body></html>");
        server.page("/robots.txt", 200, "text/plain", ("User-agent: *\nAllow: /\nSitemap: " + server.uri("/news-sitemap.xml"))
                .getBytes(StandardCharsets.UTF_8));
        server.page("/news-sitemap.xml", 200, "application/xml", ("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + server.uri("/2025/mina.html") + "</loc></url></urlset>").getBytes(StandardCharsets.UTF_8));
        Source homepageOnly = new Source("sahil", "أخبار الساحل", server.uri("/"), List.of(), List.of(), List.of(), null);

        OutcomeCounts counts = crawler.runOnce(List.of(homepageOnly));

        assertThat(counts.count(Outcome.Kind.STORED)).isEqualTo(2);
        assertThat(stores.articles.values()).extracting(Article::title)
                .containsExactlyInAnyOrder("توسعة ميناء الصويرة", "موسم التمور بزاكورة");
    }

    @Test
    void aPageThatIsGoneWithdrawsItsStoredArticle() {
        AtomicReference<Integer> status = new AtomicReference<>(200);
        server.on("/2025/mina.html", ex -> LocalServer.send(ex, status.get(), "text/html; charset=utf-8",
                article("توسعة ميناء الصويرة", "بدأت الأشغال.").getBytes(StandardCharsets.UTF_8)));
        feed("/2025/mina.html");
        assertThat(crawler.runOnce(List.of(source)).count(Outcome.Kind.STORED)).isEqualTo(1);

        status.set(410);
        OutcomeCounts second = crawler.runOnce(List.of(source));

        assertThat(second.toString()).isEqualTo("stored 0, unchanged 0, skipped 1 (gone: article withdrawn: 1), failed 0");
        assertThat(stores.articles.get(server.uri("/2025/mina.html").toString()).isDeleted()).isTrue();
    }

    @Test
    void aMissingPageThatNeverHeldAnArticleIsJustSkipped() {
        feed("/2025/never.html");

        assertThat(crawler.runOnce(List.of(source)).toString())
                .isEqualTo("stored 0, unchanged 0, skipped 1 (http 404: 1), failed 0");
    }

    @Test
    void everyFetchedPageIsArchivedNonArticlesToo() {
        html("/2025/mina.html", article("توسعة ميناء الصويرة", "بدأت الأشغال."));
        html("/about.html", "<html><body><p>من نحن</p></body></html>");
        feed("/2025/mina.html", "/about.html");

        crawler.runOnce(List.of(source));

        assertThat(stores.archived).extracting(p -> p.url())
                .containsExactlyInAnyOrder(server.uri("/2025/mina.html").toString(), server.uri("/about.html").toString());
        assertThat(stores.archived.get(0).header("content-type")).isEqualTo("text/html; charset=utf-8");
    }

    @Test
    void sameBodyUnderAnotherUrlIsSkippedAsDuplicate() {
        String page = article("حصاد الحبوب في سهل الغرب", "ارتفع المحصول هذا العام.");
        html("/2025/hasad.html", page);
        html("/print/hasad.html", page);
        feed("/2025/hasad.html", "/print/hasad.html");

        OutcomeCounts counts = crawler.runOnce(List.of(source));

        assertThat(counts.count(Outcome.Kind.STORED)).isEqualTo(1);
        assertThat(counts.skipReasons()).containsEntry("duplicate body", 1L);
        assertThat(stores.articles).hasSize(1);
    }

    @Test
    void canonicalUrlDedupesTwoUrlsOfOneArticle() {
        String canonical = server.uri("/2025/jami3a.html").toString();
        html("/2025/jami3a.html", "<html><head><link rel=canonical href='" + canonical + "'></head><body>"
                + "<h1>نتائج الجامعة</h1><p>نجح ألف طالب.</p></body></html>");
        html("/amp/jami3a.html", "<html><head><link rel=canonical href='" + canonical + "'></head><body>"
                + "<h1>نتائج الجامعة</h1><p>نجح ألف طالب.</p><p class=amp></p></body></html>");
        feed("/2025/jami3a.html", "/amp/jami3a.html");

        OutcomeCounts counts = crawler.runOnce(List.of(source));

        assertThat(stores.articles).containsOnlyKeys(canonical);
        assertThat(counts.count(Outcome.Kind.STORED) + counts.count(Outcome.Kind.UNCHANGED)).isEqualTo(2);
        assertThat(counts.count(Outcome.Kind.STORED)).isEqualTo(1);
    }

    @Test
    void canonicalUrlOnAnotherHostIsIgnored() {
        html("/2025/x.html", "<html><head><link rel=canonical href='http://elsewhere.example.org/x'></head><body>"
                + "<h1>عنوان</h1><p>نص.</p></body></html>");
        feed("/2025/x.html");

        crawler.runOnce(List.of(source));

        assertThat(stores.articles).containsOnlyKeys(server.uri("/2025/x.html").toString());
    }

    @Test
    void serverErrorIsFailedAndRescheduledNotCompleted() {
        server.page("/2025/err.html", 500, "text/html", "خطأ".getBytes(StandardCharsets.UTF_8));
        feed("/2025/err.html");

        OutcomeCounts counts = crawler.runOnce(List.of(source));

        assertThat(counts.failReasons()).containsEntry("http 500", 1L);
        assertThat(frontier.rows.get(server.uri("/2025/err.html").toString()).due).isNotNull();
        assertThat(frontier.outcomeOf(server.uri("/2025/err.html").toString())).startsWith("retry: failed: http 500");
    }

    @Test
    void brokenFeedIsCountedAndOtherDiscoveryStillWorks() {
        server.page("/feed.xml", 200, "application/rss+xml",
                "<rss><channel><item><link>http://x".getBytes(StandardCharsets.UTF_8));
        html("/local/", "<html><body><a href='/local/2025/a.html'>خبر</a></body></html>");
        html("/local/2025/a.html", article("خبر محلي", "نص الخبر المحلي."));
        Source withSection = new Source("sahil", "أخبار الساحل", server.uri("/"), List.of(server.uri("/feed.xml")),
                List.of(), List.of(server.uri("/local/")), null);

        OutcomeCounts counts = crawler.runOnce(List.of(withSection));

        assertThat(counts.failReasons()).containsEntry("feed: unreadable", 1L);
        assertThat(counts.count(Outcome.Kind.STORED)).isEqualTo(1);
    }

    @Test
    void sitemapIndexIsFollowedToArticles() {
        String base = server.uri("").toString();
        server.page("/sitemap.xml", 200, "application/xml", ("<sitemapindex><sitemap><loc>" + base
                + "/sm-1.xml</loc></sitemap></sitemapindex>").getBytes(StandardCharsets.UTF_8));
        server.page("/sm-1.xml", 200, "application/xml", ("<urlset><url><loc>" + base
                + "/2025/shams.html</loc></url></urlset>").getBytes(StandardCharsets.UTF_8));
        html("/2025/shams.html", article("محطة شمسية في ورزازات", "دخلت المحطة الخدمة."));
        Source bySitemap = new Source("sahil", "أخبار الساحل", server.uri("/"), List.of(),
                List.of(server.uri("/sitemap.xml")), List.of(), null);

        OutcomeCounts counts = crawler.runOnce(List.of(bySitemap));

        assertThat(counts.count(Outcome.Kind.STORED)).isEqualTo(1);
    }

    @Test
    void extractorThatThrowsFailsOnlyThatPage() {
        html("/2025/a.html", article("أ", "نص."));
        feed("/2025/a.html");
        ArticlePipeline throwing = new ArticlePipeline(fetcher,
                in -> { throw new IllegalStateException("boom"); }, stores.withdrawal());
        Crawler c = new Crawler(new Seeder(fetcher, frontier), throwing, frontier, stores.records(frontier),
                CrawlSettings.defaults());

        OutcomeCounts counts = c.runOnce(List.of(source));

        assertThat(counts.toString()).isEqualTo("stored 0, unchanged 0, skipped 0, failed 1 (extractor error: 1)");
    }

    @Test
    void aPageWhoseRecordsCannotBeWrittenFailsAloneAndIsDueAgain() {
        html("/2025/a.html", article("أ", "نص أول."));
        html("/2025/b.html", article("ب", "نص ثان."));
        html("/2025/c.html", article("ج", "نص ثالث."));
        feed("/2025/a.html", "/2025/b.html", "/2025/c.html");
        stores.failWrites.add(server.uri("/2025/b.html").toString());

        OutcomeCounts counts = crawler.runOnce(List.of(source));

        assertThat(counts.toString()).isEqualTo("stored 2, unchanged 0, skipped 0, failed 1 (store error: 1)");
        assertThat(stores.articles).containsOnlyKeys(server.uri("/2025/a.html").toString(),
                server.uri("/2025/c.html").toString());
        assertThat(frontier.outcomeOf(server.uri("/2025/b.html").toString())).startsWith("retry: failed: store error");
        assertThat(frontier.rows.get(server.uri("/2025/b.html").toString()).due).isAfter(Instant.now());
    }
}
