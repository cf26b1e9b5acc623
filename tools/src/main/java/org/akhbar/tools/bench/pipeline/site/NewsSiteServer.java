package org.akhbar.tools.bench.pipeline.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.akhbar.tools.bench.pipeline.site.NewsSite.Section;
import org.akhbar.tools.bench.pipeline.site.NewsSite.SiteSource;

/**
 * Serves a {@link NewsSite} on loopback, one port per source (so each source is its own host
 * for the crawler's per-host pacing), pages rendered on request, requests handled on virtual
 * threads and recorded in a {@link RequestLog}. An optional latency before each answer plays
 * a remote site: a crawl of it is then bound by waiting, not by the processor, which is when
 * more crawler processes help.
 */
public final class NewsSiteServer implements AutoCloseable {
    static {
        // The JDK's server writes a response's headers and body apart; with Nagle's algorithm on,
        // the body then waits for the client's delayed ACK, some 40 ms a page (measured: a bare
        // fetch loop on 4 threads made 91 pages/s). Read when the first server is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final NewsSite site;
    private final NewsTemplate template;
    private final Map<String, HttpServer> servers = new LinkedHashMap<>();
    private final Map<String, String> bases = new LinkedHashMap<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final RequestLog log = new RequestLog();
    private volatile Duration latency = Duration.ZERO;

    private NewsSiteServer(NewsSite site) {
        this.site = site;
        this.template = new NewsTemplate(site);
    }

    /** Binds every source of {@code site} to a free port of 127.0.0.1 and starts serving. */
    public static NewsSiteServer start(NewsSite site) {
        NewsSiteServer s = new NewsSiteServer(site);
        try {
            for (SiteSource source : site.sources()) {
                HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
                http.setExecutor(s.executor);
                http.createContext("/", exchange -> s.handle(source, exchange));
                s.servers.put(source.id(), http);
                s.bases.put(source.id(), "http://127.0.0.1:" + http.getAddress().getPort());
            }
        } catch (IOException e) {
            s.close();
            throw new UncheckedIOException("cannot bind a port on 127.0.0.1", e);
        }
        s.servers.values().forEach(HttpServer::start);
        return s;
    }

    /** From now on every answer waits {@code latency} first (zero: none). */
    public void latency(Duration latency) {
        this.latency = latency;
    }

    public RequestLog log() {
        return log;
    }

    public NewsSite site() {
        return site;
    }

    /** The base URL of {@code source}, e.g. {@code http://127.0.0.1:40123}, no trailing slash. */
    public String base(String source) {
        String b = bases.get(source);
        if (b == null) {
            throw new IllegalArgumentException("no source " + source);
        }
        return b;
    }

    /** The article URLs of the site, source by source, newest first. */
    public java.util.List<URI> articleUrls() {
        java.util.List<URI> out = new java.util.ArrayList<>(site.articlePages());
        for (SiteSource s : site.sources()) {
            String base = bases.get(s.id());
            s.pages().forEach(p -> out.add(URI.create(base + p.path())));
        }
        return out;
    }

    /** Whether {@code url} is one of the site's article pages (on the host of its source). */
    public boolean isArticleUrl(URI url) {
        String base = url.getScheme() + "://" + url.getHost() + ":" + url.getPort();
        for (Map.Entry<String, String> b : bases.entrySet()) {
            if (b.getValue().equals(base)) {
                return url.getRawPath() != null && site.articleAt(b.getKey(), url.getRawPath()).isPresent();
            }
        }
        return false;
    }

    /** A sources file for the scraper: each source with its homepage, sitemap index and feed. */
    public String sourcesYaml() {
        StringBuilder y = new StringBuilder("sources:\n");
        for (SiteSource s : site.sources()) {
            String base = bases.get(s.id());
            y.append("  - id: ").append(s.id()).append('\n')
                    .append("    name: \"").append(s.id()).append("\"\n")
                    .append("    homepage: ").append(base).append("/\n")
                    .append("    feeds: [").append(base).append("/feed.xml]\n")
                    .append("    sitemaps: [").append(base).append("/sitemap.xml]\n")
                    .append("    timezone: Asia/Riyadh\n");
        }
        return y.toString();
    }

    private void handle(SiteSource source, HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String base = bases.get(source.id());
            Page page = route(source, path == null ? "/" : path, base);
            log.record(source.id(), path, page.kind(), arrived);
            Duration wait = latency;
            if (!wait.isZero()) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body = page.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", page.contentType());
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(page.status(), head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private record Page(int status, String contentType, String body, RequestLog.Kind kind) {
        static Page html(String body, RequestLog.Kind kind) {
            return new Page(200, "text/html; charset=utf-8", body, kind);
        }

        static Page xml(String body, String type) {
            return new Page(200, type + "; charset=utf-8", body, RequestLog.Kind.DISCOVERY);
        }
    }

    private static final Page NOT_FOUND = new Page(404, "text/html; charset=utf-8",
            "<!DOCTYPE html><html lang=\"ar\"><head><title>الصفحة غير موجودة</title></head>"
                    + "<body><h1>404</h1><p>الصفحة المطلوبة غير موجودة.</p></body></html>", RequestLog.Kind.MISSING);

    private Page route(SiteSource source, String path, String base) {
        Integer at = source.positions().get(path);
        if (at != null) {
            return Page.html(template.article(source, at, base), RequestLog.Kind.ARTICLE);
        }
        switch (path) {
            case "/" -> {
                return Page.html(template.home(source, base), RequestLog.Kind.LISTING);
            }
            case "/robots.txt" -> {
                return new Page(200, "text/plain; charset=utf-8", template.robots(base), RequestLog.Kind.DISCOVERY);
            }
            case "/sitemap.xml" -> {
                return Page.xml(template.sitemapIndex(source, base), "application/xml");
            }
            case "/sitemaps/sections.xml" -> {
                return Page.xml(template.sectionSitemap(source, base), "application/xml");
            }
            case "/feed.xml" -> {
                return Page.xml(template.feed(source, base), "application/rss+xml");
            }
            default -> {
                // the rest is below
            }
        }
        if (path.startsWith("/sitemaps/articles-") && path.endsWith(".xml")) {
            try {
                int n = Integer.parseInt(path.substring("/sitemaps/articles-".length(), path.length() - 4));
                String x = template.articleSitemap(source, n, base);
                return x == null ? NOT_FOUND : Page.xml(x, "application/xml");
            } catch (NumberFormatException e) {
                return NOT_FOUND;
            }
        }
        for (Section s : Section.values()) {
            if (s.path().equals(path)) {
                return Page.html(template.section(source, s, base), RequestLog.Kind.LISTING);
            }
        }
        return NOT_FOUND;
    }

    @Override
    public void close() {
        servers.values().forEach(s -> s.stop(0));
        executor.shutdownNow();
    }
}
