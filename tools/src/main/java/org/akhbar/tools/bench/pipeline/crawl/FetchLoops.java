package org.akhbar.tools.bench.pipeline.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.akhbar.tools.bench.pipeline.site.NewsSiteServer;
import org.akhbar.tools.bench.search.ParallelLoop;
import org.jsoup.Jsoup;

/**
 * The crawl's baselines, in the benchmark's JVM: the same article URLs fetched by the same
 * number of threads with the JDK's HTTP client (the one the scraper uses, HTTP/1.1), the body
 * read and dropped, or read and parsed by jsoup. No robots.txt, no pacing, no frontier, no
 * extraction, no database: what a crawl would cost if it did nothing but fetch (and parse).
 * Measured from the site's request log, as the crawls are.
 */
public final class FetchLoops {
    /**
     * Pages fetched and parsed before the timed loops (the URLs again from the first when there
     * are fewer), so that neither loop, nor the server, is timed while the JIT compiles it: after
     * one pass over 1,800 pages a fetch loop ran at half its later rate.
     */
    public static final int WARMUP_PAGES = 10_000;

    private final NewsSiteServer server;
    private final int threads;
    /** Set up as the scraper's fetcher sets up its client, so the loops time the same HTTP client. */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5))
            .executor(Runnable::run).build();

    public FetchLoops(NewsSiteServer server, int threads) {
        this.server = server;
        this.threads = threads;
    }

    /** What a loop did, as the site saw it, and the responses that were not 200. */
    public record Result(ServedFigures served, int failures) {}

    /** Fetches and parses {@link #WARMUP_PAGES} of {@code urls}, untimed. */
    public void warmUp(List<URI> urls) throws IOException {
        List<URI> pages = new ArrayList<>(WARMUP_PAGES);
        for (int i = 0; i < WARMUP_PAGES && !urls.isEmpty(); i++) {
            pages.add(urls.get(i % urls.size()));
        }
        loop(pages, true);
    }

    /** Fetches every URL (and parses it when {@code parse}), timed from the site's log. */
    public Result run(List<URI> urls, boolean parse) throws IOException {
        server.log().reset();
        int failures = loop(urls, parse);
        return new Result(ServedFigures.of(server.log()), failures);
    }

    private int loop(List<URI> urls, boolean parse) throws IOException {
        AtomicInteger failures = new AtomicInteger();
        ParallelLoop.run(urls.size(), threads, i -> {
            URI url = urls.get(i);
            HttpResponse<byte[]> r = send(url);
            if (r.statusCode() != 200) {
                failures.incrementAndGet();
            } else if (parse) {
                Jsoup.parse(new ByteArrayInputStream(r.body()), null, url.toString());
            }
        });
        return failures.get();
    }

    private HttpResponse<byte[]> send(URI url) throws IOException {
        try {
            return client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
