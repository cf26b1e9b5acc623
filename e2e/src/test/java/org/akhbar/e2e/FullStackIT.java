package org.akhbar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.akhbar.samplesite.Expectation;
import org.akhbar.samplesite.SampleArticle;
import org.akhbar.samplesite.SamplePage;
import org.akhbar.samplesite.SampleSite;
import org.akhbar.store.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole platform as a user runs it: the sample site on loopback, the scraper, indexer and
 * API as separate processes, PostgreSQL as the store of record, and searches over HTTP with
 * the Arabic variants a reader types.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullStackIT {
    private Path work;

    private SampleSite site;
    private PostgresTestDatabase database;
    private ServiceProcess api;
    private URI apiBase;
    private String crawlOutput;
    private Path sources;
    private Path data;
    private Path logs;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void startPlatform() throws Exception {
        work = Files.createTempDirectory("akhbar-e2e");
        site = SampleSite.start(0);
        database = PostgresTestDatabase.create();
        sources = work.resolve("sources.yml");
        Files.writeString(sources, site.sourcesYaml());
        data = work.resolve("data");
        logs = work.resolve("logs");

        crawlOutput = crawlAndIndex();

        int port = freePort();
        apiBase = URI.create("http://127.0.0.1:" + port);
        api = ServiceProcess.start("api", "org.akhbar.api.ApiMain", Map.of(), logs,
                "serve", "--port", Integer.toString(port), "--data", data.toString());
        waitForHealth();
    }

    @AfterAll
    void stopPlatform() throws Exception {
        if (api != null) {
            api.close();
        }
        if (site != null) {
            site.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** One crawl and one index pass, as the operator runs them; returns the crawl's output. */
    private String crawlAndIndex() throws Exception {
        // The next crawl comes seconds after the first: recheck every listed page, as an
        // operator re-crawling at once sets it (by default a page is rechecked 10 min on).
        Map<String, String> env = new java.util.HashMap<>(database.serviceEnvironment());
        env.put("AKHBAR_SCRAPER_RECHECK_AFTER", "0s");
        ServiceProcess crawl = ServiceProcess.start("scraper", "org.akhbar.scraper.ScraperMain", env, logs,
                "crawl", "--sources", sources.toString(), "--once", "--delay-ms", "0", "--data", data.toString());
        assertThat(crawl.waitFor(300)).as("crawl exit code; output:%n%s", crawl.output()).isZero();
        ServiceProcess index = ServiceProcess.start("indexer", "org.akhbar.indexer.IndexerMain", database.serviceEnvironment(), logs,
                "index", "--once", "--data", data.toString());
        assertThat(index.waitFor(300)).as("index exit code; output:%n%s", index.output()).isZero();
        return crawl.output();
    }


    @Test
    void theCrawlReportsItsCounts() {
        long crawlable = SampleSite.articles().stream().filter(SampleArticle::crawlable).count();
        assertThat(crawlOutput).containsPattern("stored " + crawlable + "\\b").contains("failed 0");
    }

    @Test
    void everyArticleIsFoundByTheArabicVariantsOfItsWords() throws Exception {
        List<String> misses = new ArrayList<>();
        for (SampleArticle article : SampleSite.articles()) {
            if (!article.crawlable()) {
                continue;
            }
            for (String query : article.queries()) {
                if (!search(query, "&size=50").body().contains(site.baseUri() + article.path() + "\"")) {
                    misses.add(query + " -> " + article.path());
                }
            }
        }
        assertThat(misses).as("queries that did not find their article").isEmpty();
    }

    @Test
    void cliticHamzaAndTehMarbutaVariantsFindTheSameArticles() throws Exception {
        assertThat(totalOf(search("طنجة", ""))).isPositive();      // the text has بطنجة
        assertThat(totalOf(search("انتربول", ""))).isPositive();   // the text has “أنتربول”
        assertThat(totalOf(search("مسئول", ""))).isEqualTo(totalOf(search("مسؤول", "")));
        assertThat(totalOf(search("المدرسه", ""))).isEqualTo(totalOf(search("المدرسة", "")));
    }

    @Test
    void aPageThatRobotsTxtForbidsIsNeverStored() throws Exception {
        for (SampleArticle article : SampleSite.articles()) {
            if (article.crawlable()) {
                continue;
            }
            for (String query : article.queries()) {
                assertThat(search(query, "&size=100").body()).doesNotContain(article.path());
            }
        }
    }

    @Test
    void articleDetailsMatchTheGoldenExtraction() throws Exception {
        for (SamplePage page : SampleSite.pages()) {
            if (!page.isArticle() || page.path().contains("/private/")) {
                continue;
            }
            Expectation expected = page.expectation();
            String body = search("\"" + expected.title() + "\"", "&size=5").body();
            Matcher id = Pattern.compile("\"id\":\"([0-9a-f]{16})\",\"url\":\"" + Pattern.quote(site.baseUri() + page.path()) + "\"")
                    .matcher(body);
            assertThat(id.find()).as("the title of %s finds it: %s", page.path(), body).isTrue();
            HttpResponse<String> article = get("/api/v1/articles/" + id.group(1));
            assertThat(article.statusCode()).isEqualTo(200);
            assertThat(article.body())
                    .contains("\"title\":" + json(expected.title()))
                    .contains("\"body\":" + json(String.join("\n", expected.paragraphs())));
        }
    }

    @Test
    void badInputGetsAProblemNotAServerError() throws Exception {
        for (String path : List.of("/api/v1/search?q=%22unbalanced", "/api/v1/search?q=+-+-", "/api/v1/search?page=0",
                "/api/v1/search?size=100000", "/api/v1/search?from=yesterday", "/api/v1/articles/nope",
                "/api/v1/nothing-here")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isLessThan(500);
            if (r.statusCode() >= 400) {
                assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/problem+json");
            }
        }
    }

    @Test
    @Order(Integer.MAX_VALUE) // it takes an article away from the other tests
    void anArticleTheSiteTakesDownLeavesTheSearchAfterTheNextCrawl() throws Exception {
        SampleArticle gone = SampleSite.articles().stream().filter(SampleArticle::crawlable).findFirst().orElseThrow();
        String url = site.baseUri() + gone.path();
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f]{16})\",\"url\":\"" + Pattern.quote(url) + "\"")
                .matcher(search("\"" + gone.title() + "\"", "&size=5").body());
        assertThat(id.find()).as("the article is searchable first").isTrue();

        site.withdraw(gone.path());
        String crawl = crawlAndIndex();

        assertThat(crawl).contains("gone: article withdrawn: 1");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (get("/api/v1/articles/" + id.group(1)).statusCode() != 404 && System.nanoTime() < deadline) {
            Thread.sleep(200); // the API picks up the new index commit within about a second
        }
        assertThat(get("/api/v1/articles/" + id.group(1)).statusCode()).isEqualTo(404);
        assertThat(search("\"" + gone.title() + "\"", "&size=50").body()).doesNotContain(url + "\"");
    }

    private HttpResponse<String> search(String q, String extra) throws IOException, InterruptedException {
        HttpResponse<String> r = get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + extra);
        assertThat(r.statusCode()).as("search %s: %s", q, r.body()).isEqualTo(200);
        return r;
    }

    private static long totalOf(HttpResponse<String> response) {
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(response.body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(apiBase.resolve(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void waitForHealth() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(api.isAlive()).as("api exited; output:%n%s", api.output()).isTrue();
            try {
                if (get("/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("api did not become healthy; output:\n" + api.output());
    }

    /** The JSON string literal of {@code s} as Micronaut's serializer writes it. */
    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
