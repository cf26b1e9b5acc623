package org.akhbar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.akhbar.samplesite.SampleArticle;
import org.akhbar.samplesite.SampleSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The continuous crawl's management server, as a process on the embedded database: its
 * metrics count the sample site's pages as they are crawled, and its health names no path.
 */
class ScraperMetricsIT {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theContinuousCrawlCountsPagesFetchesAndEachSourcesLastSuccess(@TempDir Path work) throws Exception {
        try (SampleSite site = SampleSite.start(0)) {
            Path sources = Files.writeString(work.resolve("sources.yml"), site.sourcesYaml());
            int port = freePort();
            URI base = URI.create("http://127.0.0.1:" + port);
            try (ServiceProcess crawl = ServiceProcess.start("scraper", "org.akhbar.scraper.ScraperMain",
                    Map.of("AKHBAR_SCRAPER_HTTP_PORT", Integer.toString(port)), work.resolve("logs"),
                    "crawl", "--sources", sources.toString(), "--delay-ms", "0", "--data", work.resolve("data").toString())) {
                long crawlable = SampleSite.articles().stream().filter(SampleArticle::crawlable).count();
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                String metrics = "";
                while (System.nanoTime() < deadline) {
                    assertThat(crawl.isAlive()).as("crawl exited:%n%s", crawl.output()).isTrue();
                    try {
                        metrics = get(base.resolve("/prometheus"));
                        if (value(metrics, "akhbar_scraper_pages_total{outcome=\"stored\",reason=\"\"}") >= crawlable) {
                            break;
                        }
                    } catch (IOException | AssertionError notYet) {
                        // starting, or nothing stored yet
                    }
                    Thread.sleep(250);
                }
                assertThat(value(metrics, "akhbar_scraper_pages_total{outcome=\"stored\",reason=\"\"}"))
                        .as(crawl.output()).isEqualTo(crawlable);
                assertThat(value(metrics, "akhbar_scraper_pages_total{outcome=\"skipped\",reason=\"robots.txt\"}"))
                        .isPositive();
                assertThat(value(metrics, "akhbar_scraper_fetch_seconds_count")).isGreaterThanOrEqualTo(crawlable);
                assertThat(metrics).contains("akhbar_scraper_fetch_seconds_bucket");
                assertThat(value(metrics, "akhbar_scraper_frontier_due")).isGreaterThanOrEqualTo(0);
                assertThat(metrics).containsPattern("akhbar_scraper_last_success_timestamp_seconds\\{source=\"wadi\"\\} \\d");

                String health = get(base.resolve("/health"));
                assertThat(health).contains("\"status\":\"UP\"").contains("\"scraper\"").contains("\"lastSuccess\"")
                        .doesNotContain(work.toString()).doesNotContain("jdbc:").doesNotContain("diskSpace");
            }
        }
    }

    private String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IOException(uri + " answered " + r.statusCode());
        }
        return r.body();
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
        assertThat(m.find()).as("%s in:%n%s", series, metrics).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
