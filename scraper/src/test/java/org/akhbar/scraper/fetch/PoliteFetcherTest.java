package org.akhbar.scraper.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.akhbar.domain.Outcome;
import org.akhbar.scraper.testing.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoliteFetcherTest {
    private static final String ARTICLE = "<html><body><h1>افتتاح رصيف جديد بميناء الصويرة</h1><p>بدأت الأشغال.</p></body></html>";

    private LocalServer server;
    private PoliteFetcher fetcher;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer();
        fetcher = new PoliteFetcher(FetchSettings.defaults().withHostDelay(Duration.ZERO).withMaxCrawlDelay(Duration.ZERO)
                .withRequestTimeout(Duration.ofMillis(800)).withMaxBytes(64 * 1024));
    }

    @AfterEach
    void stop() {
        release.countDown();
        fetcher.close();
        server.close();
    }

    private FetchResult get(String path, ContentPolicy policy) {
        return fetcher.fetch(server.uri(path), policy);
    }

    @Test
    void fetchesHtmlWithTheBotUserAgentAndPassesTheCharsetHeaderThrough() {
        byte[] body = ARTICLE.getBytes(Charset.forName("windows-1256"));
        server.page("/a.html", 200, "text/html; charset=windows-1256", body);

        FetchResult r = get("/a.html", ContentPolicy.HTML);

        assertThat(r.isOk()).isTrue();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(body);
        assertThat(r.contentType()).isEqualTo("text/html; charset=windows-1256");
        assertThat(new String(r.body(), Charset.forName("windows-1256"))).contains("بميناء الصويرة");
        assertThat(server.userAgents).contains(FetchSettings.DEFAULT_USER_AGENT);
    }

    @Test
    void slowServerEndsInATimeoutNotAHang() {
        server.on("/slow.html", ex -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalServer.send(ex, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));
        });

        FetchResult r = get("/slow.html", ContentPolicy.HTML);

        assertThat(r.failure()).isEqualTo(Outcome.failed("timeout"));
        assertThat(r.retryable()).isTrue();
    }

    @Test
    void serverThatTricklesTheBodyEndsInATimeout() {
        server.on("/trickle.html", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(get("/trickle.html", ContentPolicy.HTML).failure()).isEqualTo(Outcome.failed("timeout"));
    }

    @Test
    void bodyOverTheLimitIsSkippedAsTooLargeWhetherDeclaredOrStreamed() {
        byte[] big = new byte[200 * 1024];
        server.page("/declared.html", 200, "text/html", big);
        server.on("/streamed.html", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: no length to judge by
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(new byte[8192]);
                }
            }
        });

        assertThat(get("/declared.html", ContentPolicy.HTML).failure()).isEqualTo(Outcome.skipped("too large"));
        assertThat(get("/streamed.html", ContentPolicy.HTML).failure()).isEqualTo(Outcome.skipped("too large"));
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() {
        server.on("/old.html", ex -> {
            ex.getResponseHeaders().set("Location", "/new.html");
            ex.sendResponseHeaders(301, -1);
        });
        server.page("/new.html", 200, "text/html; charset=utf-8", ARTICLE.getBytes(StandardCharsets.UTF_8));

        FetchResult r = get("/old.html", ContentPolicy.HTML);

        assertThat(r.isOk()).isTrue();
        assertThat(r.url()).isEqualTo(server.uri("/old.html"));
        assertThat(r.finalUrl()).isEqualTo(server.uri("/new.html"));
    }

    @Test
    void redirectLoopFailsAtOnce() {
        server.on("/loop", ex -> {
            ex.getResponseHeaders().set("Location", "/loop");
            ex.sendResponseHeaders(302, -1);
        });

        assertThat(get("/loop", ContentPolicy.HTML).failure()).isEqualTo(Outcome.failed("redirect loop"));
        assertThat(server.requests.stream().filter(p -> p.equals("/loop"))).hasSize(1);
    }

    @Test
    void longRedirectChainStopsAtTheLimit() {
        server.on("/chain", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getQuery().substring(2));
            ex.getResponseHeaders().set("Location", "/chain?n=" + (n + 1));
            ex.sendResponseHeaders(302, -1);
        });

        FetchResult r = get("/chain?n=0", ContentPolicy.HTML);

        assertThat(r.failure()).isEqualTo(Outcome.failed("too many redirects"));
        // the first request plus five redirects followed
        assertThat(server.requests.stream().filter(p -> p.startsWith("/chain"))).hasSize(6);
    }

    @Test
    void imageIsSkippedAsNotHtml() {
        server.page("/photo.jpg", 200, "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3});

        FetchResult r = get("/photo.jpg", ContentPolicy.HTML);

        assertThat(r.failure()).isEqualTo(Outcome.skipped("not html"));
        assertThat(r.body()).isEmpty();
    }

    @Test
    void gzipContentEncodingIsDecoded() throws Exception {
        byte[] plain = ARTICLE.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(plain);
        }
        server.on("/gz.html", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(ex, 200, "text/html; charset=utf-8", zipped.toByteArray());
        });

        FetchResult r = get("/gz.html", ContentPolicy.HTML);

        assertThat(r.body()).isEqualTo(plain);
        assertThat(r.header("content-encoding")).isNull();
    }

    @Test
    void gzipBombIsSkippedAsTooLarge() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(new byte[1024 * 1024]);
        }
        server.on("/bomb.html", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(ex, 200, "text/html", zipped.toByteArray());
        });

        assertThat(get("/bomb.html", ContentPolicy.HTML).failure()).isEqualTo(Outcome.skipped("too large"));
    }

    @Test
    void statusCodesMapToOutcomes() {
        server.page("/missing", 404, "text/html", "لا توجد".getBytes(StandardCharsets.UTF_8));
        server.page("/broken", 500, "text/html", "خطأ".getBytes(StandardCharsets.UTF_8));

        FetchResult missing = get("/missing", ContentPolicy.HTML);
        FetchResult broken = get("/broken", ContentPolicy.HTML);

        assertThat(missing.failure()).isEqualTo(Outcome.skipped("http 404"));
        assertThat(missing.retryable()).isFalse();
        assertThat(broken.failure()).isEqualTo(Outcome.failed("http 500"));
        assertThat(broken.retryable()).isTrue();
    }

    @Test
    void feedsAcceptXmlAndGzipTypesButHtmlPagesDoNot() {
        server.page("/feed.xml", 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
        server.page("/sitemap.xml.gz", 200, "application/x-gzip", new byte[] {0x1f, (byte) 0x8b});

        assertThat(get("/feed.xml", ContentPolicy.XML).isOk()).isTrue();
        assertThat(get("/sitemap.xml.gz", ContentPolicy.XML).isOk()).isTrue();
        assertThat(get("/feed.xml", ContentPolicy.HTML).failure()).isEqualTo(Outcome.skipped("not html"));
    }

    @Test
    void robotsDisallowedPageIsNeverRequested() {
        server.page("/robots.txt", 200, "text/plain",
                "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
        server.page("/private/secret.html", 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));
        server.page("/public.html", 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));

        assertThat(get("/private/secret.html", ContentPolicy.HTML).failure()).isEqualTo(Outcome.skipped("robots.txt"));
        assertThat(get("/public.html", ContentPolicy.HTML).isOk()).isTrue();
        assertThat(server.requests).doesNotContain("/private/secret.html");
        assertThat(server.requests.stream().filter(p -> p.equals("/robots.txt"))).hasSize(1);
    }

    @Test
    void robotsGroupForOurBotWinsOverTheWildcard() {
        server.page("/robots.txt", 200, "text/plain",
                "User-agent: *\nDisallow: /\n\nUser-agent: AkhbarBot\nDisallow: /drafts/\n".getBytes(StandardCharsets.UTF_8));
        server.page("/news.html", 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));

        assertThat(get("/news.html", ContentPolicy.HTML).isOk()).isTrue();
        assertThat(get("/drafts/x.html", ContentPolicy.HTML).failure()).isEqualTo(Outcome.skipped("robots.txt"));
    }

    @Test
    void robotsRedirectedTwiceResolvesEachRelativeLocationAgainstTheUrlThatSentIt() {
        server.on("/robots.txt", ex -> {
            ex.getResponseHeaders().set("Location", "/moved/robots.txt");
            ex.sendResponseHeaders(301, -1);
        });
        server.on("/moved/robots.txt", ex -> {
            ex.getResponseHeaders().set("Location", "rules.txt");
            ex.sendResponseHeaders(302, -1);
        });
        server.page("/moved/rules.txt", 200, "text/plain",
                "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));

        assertThat(get("/private/secret.html", ContentPolicy.HTML).failure()).isEqualTo(Outcome.skipped("robots.txt"));
        assertThat(server.requests).contains("/moved/rules.txt").doesNotContain("/private/secret.html");
    }

    @Test
    void robotsServerErrorClosesTheHostForNow() {
        server.page("/robots.txt", 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
        server.page("/news.html", 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));

        FetchResult r = get("/news.html", ContentPolicy.HTML);

        assertThat(r.failure()).isEqualTo(Outcome.failed("robots.txt unreachable"));
        assertThat(r.retryable()).isTrue();
        assertThat(server.requests).doesNotContain("/news.html");
    }

    @Test
    void missingRobotsAllowsEverything() {
        server.page("/news.html", 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));

        assertThat(get("/news.html", ContentPolicy.HTML).isOk()).isTrue();
    }

    @Test
    void refusedConnectionIsARetryableFailure() {
        URI closed = server.uri("/x.html");
        server.close();

        FetchResult r = fetcher.fetch(closed, ContentPolicy.HTML);

        assertThat(r.isOk()).isFalse();
        assertThat(r.retryable()).isTrue();
    }

    @Test
    void robotNameIsTheProductTokenLowerCased() {
        assertThat(FetchSettings.defaults().robotName()).isEqualTo("akhbarbot");
    }
}
