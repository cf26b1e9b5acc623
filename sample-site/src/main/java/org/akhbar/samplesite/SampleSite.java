package org.akhbar.samplesite;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.akhbar.samplesite.internal.Bytes;
import org.akhbar.samplesite.internal.Responses;
import org.akhbar.samplesite.internal.SiteFiles;
import org.akhbar.samplesite.internal.Traps;

/**
 * The sample Arabic news site, served over HTTP on the loopback interface only.
 *
 * <p>Every file under the {@code site/} resource folder is served at its own path; absolute
 * URLs in pages, feeds, sitemaps and robots.txt are written with the placeholder
 * {@value #BASE_PLACEHOLDER}, replaced on the bytes (so windows-1256 pages stay
 * windows-1256) by {@link #baseUri()}, e.g. {@code http://127.0.0.1:40123}. Gzipped
 * sitemaps are unpacked, substituted and packed again. Dynamic robustness traps live under
 * {@code /traps/} and are linked from nowhere. Unknown paths answer 404; only GET and HEAD
 * are allowed. Responses carry a strong {@code ETag} and a fixed {@code Last-Modified} and
 * honour {@code If-None-Match} / {@code If-Modified-Since} with 304.
 *
 * <p>Thread-safe; requests are handled concurrently on virtual threads.
 */
public final class SampleSite implements AutoCloseable {

    /** The placeholder written in the site's files wherever the server's base URL belongs. */
    public static final String BASE_PLACEHOLDER = "{{BASE}}";

    /** The default port of {@link #main(String[])}. */
    public static final int DEFAULT_PORT = 8081;

    /** Every file of the site is reported as last changed at this instant, so answers are stable. */
    static final Instant LAST_MODIFIED = Instant.parse("2026-01-12T00:00:00Z");

    private static final String USAGE = "usage: SampleSite [--port N] [--sources-out FILE]";

    private static final byte[] PLACEHOLDER = BASE_PLACEHOLDER.getBytes(StandardCharsets.US_ASCII);

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private final Traps traps;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Pages taken down while the server runs: they answer 410 Gone from then on. */
    private final java.util.Set<String> withdrawn = ConcurrentHashMap.newKeySet();

    private SampleSite(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        this.baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        this.traps = new Traps(baseUri.toString());
    }

    /**
     * Starts serving on 127.0.0.1.
     *
     * @param port the port, or 0 for an ephemeral one
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static SampleSite start(int port) {
        return start(port, site -> { });
    }

    /** Binds, lets {@code beforeServing} see the bound site, and only then accepts requests. */
    static SampleSite start(int port, Consumer<SampleSite> beforeServing) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + port, e);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        SampleSite site = new SampleSite(server, executor);
        server.createContext("/", site::handle);
        server.setExecutor(executor);
        try {
            beforeServing.accept(site);
        } catch (RuntimeException e) {
            // the JDK server only releases its listening socket when stopped after a start
            server.start();
            server.stop(0);
            executor.shutdownNow();
            throw e;
        }
        server.start();
        return site;
    }

    /** The base URL without a trailing slash, e.g. {@code http://127.0.0.1:40123}. */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Stops the server at once; requests in progress (a slow trap, say) are cut off. Closing
     * again does nothing.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    /**
     * The bytes served at {@code path} for a static file (placeholders substituted, gzip
     * re-packed), without HTTP. A path ending in '/' means its index page.
     *
     * @throws IllegalArgumentException when no static file is served at {@code path}
     *     (dynamic traps included)
     */
    public byte[] render(String path) {
        return renderIfPresent(path)
                .orElseThrow(() -> new IllegalArgumentException("no static file at " + path))
                .clone();
    }

    /**
     * Takes the page at {@code path} down, as a site does when it removes an article: from
     * now on it answers 410 Gone (feeds and sitemaps still list it, as stale ones do).
     */
    public void withdraw(String path) {
        withdrawn.add(path);
    }

    /**
     * The Content-Type the server sends for the static file at {@code path}.
     *
     * @throws IllegalArgumentException when no static file is served at {@code path}
     */
    public static String contentType(String path) {
        String file = SiteFiles.filePathFor(path)
                .orElseThrow(() -> new IllegalArgumentException("not a site path: " + path));
        return SiteFiles.contentType(file);
    }

    /**
     * A {@code sources.yml} describing the three sources at this server's address, in the
     * format the scraper reads.
     */
    public String sourcesYaml() {
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (SampleSource s : SampleSource.values()) {
            yaml.append("  - id: ").append(s.id()).append('\n')
                    .append("    name: \"").append(s.siteName()).append("\"\n")
                    .append("    homepage: ").append(url(s.homePath())).append('\n')
                    .append("    feeds: ").append(urls(s.feedPaths())).append('\n')
                    .append("    sitemaps: ").append(urls(s.sitemapPaths())).append('\n')
                    .append("    startUrls: ").append(urls(s.startPaths())).append('\n')
                    .append("    timezone: ").append(s.timezone().getId()).append('\n');
        }
        return yaml.toString();
    }

    /**
     * Every page of the three sources that has a golden expectation: articles (including the
     * robots-forbidden draft) and non-article pages (home, section and tag pages), in the
     * order of {@code site/pages.tsv}.
     */
    public static List<SamplePage> pages() {
        return listedPages().stream().filter(p -> !p.sourceId().equals("traps")).toList();
    }

    /** The trap pages that still hold a real article: malformed markup, a mislabelled charset. */
    public static List<SamplePage> trapPages() {
        return listedPages().stream().filter(p -> p.sourceId().equals("traps")).toList();
    }

    /** The articles and the search queries that must find them ({@code site/articles.tsv}). */
    public static List<SampleArticle> articles() {
        List<SampleArticle> out = new ArrayList<>();
        for (String[] row : SiteFiles.readTable("/articles.tsv")) {
            out.add(new SampleArticle(row[0], row[1], row[2], Boolean.parseBoolean(row[3]),
                    Arrays.asList(row[4].split("\\|"))));
        }
        return List.copyOf(out);
    }

    /**
     * Serves the site until the process is killed. Options: {@code --port N} (default 8081,
     * 0 for an ephemeral port) and {@code --sources-out FILE}, which writes
     * {@link #sourcesYaml()} to FILE before the first request is answered, so a launcher that
     * waits for the server to answer can read the file at once. Prints the base URL.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = DEFAULT_PORT;
        Path sourcesOut = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(optionValue(args, ++i));
                case "--sources-out" -> sourcesOut = Path.of(optionValue(args, ++i));
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> {
                    System.err.println("unknown option " + args[i] + "\n" + USAGE);
                    System.exit(2);
                }
            }
        }
        Path yamlFile = sourcesOut;
        SampleSite site = start(port, bound -> {
            if (yamlFile != null) {
                writeAtomically(yamlFile, bound.sourcesYaml());
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(site::close));
        System.out.println(site.baseUri() + "/");
        new CountDownLatch(1).await();
    }

    private static String optionValue(String[] args, int i) {
        if (i >= args.length) {
            System.err.println("missing value for " + args[i - 1] + "\n" + USAGE);
            System.exit(2);
        }
        return args[i];
    }

    // a reader polling for the file must never see it half written
    private static void writeAtomically(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".sources", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static List<SamplePage> listedPages() {
        List<SamplePage> out = new ArrayList<>();
        for (String[] row : SiteFiles.readTable("/pages.tsv")) {
            String path = row[0];
            String expected = SiteFiles.readUtf8(path.substring(0, path.length() - ".html".length()) + ".expected.json");
            out.add(new SamplePage(path, row[1], expected));
        }
        return List.copyOf(out);
    }

    private String url(String path) {
        return baseUri + path;
    }

    private String urls(List<String> paths) {
        return paths.stream().map(this::url).collect(Collectors.joining(", ", "[", "]"));
    }

    private Optional<byte[]> renderIfPresent(String requestPath) {
        Optional<String> file = SiteFiles.filePathFor(requestPath);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String path = file.get();
        byte[] cached = rendered.get(path);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<byte[]> raw = SiteFiles.read(path);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = substitute(path, raw.get());
        rendered.putIfAbsent(path, bytes);
        return Optional.of(bytes);
    }

    private byte[] substitute(String path, byte[] raw) {
        byte[] base = baseUri.toString().getBytes(StandardCharsets.US_ASCII);
        if (path.endsWith(".gz")) {
            return Bytes.gzip(Bytes.replaceAll(Bytes.gunzip(raw), PLACEHOLDER, base));
        }
        return SiteFiles.isText(path) ? Bytes.replaceAll(raw, PLACEHOLDER, base) : raw;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "method not allowed");
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (withdrawn.contains(path)) {
                sendText(exchange, 410, "gone");
                return;
            }
            if (path.startsWith("/traps/") && traps.handle(exchange, path)) {
                return;
            }
            Optional<byte[]> body = renderIfPresent(path);
            if (body.isEmpty()) {
                if (!path.endsWith("/") && renderIfPresent(path + "/").isPresent()) {
                    exchange.getResponseHeaders().set("Location", url(path + "/"));
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                sendNotFound(exchange);
                return;
            }
            sendFile(exchange, SiteFiles.filePathFor(path).orElseThrow(), body.get());
        }
    }

    private static void sendFile(HttpExchange exchange, String file, byte[] body) throws IOException {
        String etag = etag(body);
        String contentType = SiteFiles.contentType(file);
        var headers = exchange.getResponseHeaders();
        // Set before the 304 check, so a 304 carries the Content-Type too.
        headers.set("Content-Type", contentType);
        headers.set("ETag", etag);
        headers.set("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(LAST_MODIFIED.atZone(ZoneOffset.UTC)));
        if (notModified(exchange, etag)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        Responses.send(exchange, 200, contentType, body);
    }

    private static boolean notModified(HttpExchange exchange, String etag) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            // If-None-Match wins over If-Modified-Since (RFC 9110 section 13.2.2)
            return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                    .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !LAST_MODIFIED.isAfter(since);
            } catch (DateTimeParseException ignored) {
                return false;
            }
        }
        return false;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static void sendNotFound(HttpExchange exchange) throws IOException {
        byte[] body = ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
                + "<title>الصفحة غير موجودة</title></head><body><h1>404</h1><p>الصفحة المطلوبة غير موجودة.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Responses.send(exchange, 404, "text/html; charset=utf-8", body);
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        Responses.send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }
}
