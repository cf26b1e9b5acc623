package org.akhbar.tools.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.akhbar.tools.TestPages;
import org.akhbar.tools.ToolsMain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ToolsMain());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 1];
        full[0] = "extract";
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.execute(full);
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void savedPagePrintsTheArticleAsJsonWithArabicUnescaped() throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, TestPages.arabicArticle(), StandardCharsets.UTF_8);

        int code = run(page.toString(), "--url", "https://atlas.example/region/souk", "--zone", "Africa/Casablanca");

        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).contains(TestPages.HEADLINE).doesNotContain("\\u0");
        JsonNode json = json();
        assertThat(json.get("outcome").asText()).isEqualTo("article");
        assertThat(json.get("title").asText()).isEqualTo(TestPages.HEADLINE);
        assertThat(json.get("publishedAt").asText()).isEqualTo("2026-11-28T09:30:00+01:00");
        assertThat(json.get("language").asText()).isEqualTo("ar");
        assertThat(json.get("canonicalUrl").asText()).isEqualTo("https://atlas.example/region/souk");
        assertThat(json.get("paragraphs")).hasSize(TestPages.PARAGRAPHS.length);
        assertThat(json.get("paragraphs").get(0).asText()).isEqualTo(TestPages.PARAGRAPHS[0]);
        assertThat(json.has("reason")).isFalse();
    }

    @Test
    void gzippedPageIsReadLikeAPlainOne() throws IOException {
        Path page = dir.resolve("page.html.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(page))) {
            gz.write(TestPages.arabicArticle().getBytes(StandardCharsets.UTF_8));
        }

        assertThat(run(page.toString())).isEqualTo(0);
        assertThat(json().get("title").asText()).isEqualTo(TestPages.HEADLINE);
    }

    @Test
    void sectionPageIsReportedAsNotAnArticleWithItsReason() throws IOException {
        Path page = dir.resolve("section.html");
        Files.writeString(page, TestPages.sectionPage(), StandardCharsets.UTF_8);

        assertThat(run(page.toString())).isEqualTo(0);
        JsonNode json = json();
        assertThat(json.get("outcome").asText()).isEqualTo("not_article");
        assertThat(json.get("reason").asText()).isNotBlank();
        assertThat(json.has("paragraphs")).isFalse();
    }

    @Test
    void charsetOptionDecodesAnUndeclaredLegacyPage() throws IOException {
        Charset cp1256 = Charset.forName("windows-1256");
        Path page = dir.resolve("legacy.html");
        Files.write(page, TestPages.arabicArticle().replace("<meta charset=\"utf-8\">", "").getBytes(cp1256));

        assertThat(run(page.toString(), "--charset", "windows-1256")).isEqualTo(0);
        JsonNode json = json();
        assertThat(json.get("charset").asText()).isEqualTo("windows-1256");
        assertThat(json.get("title").asText()).isEqualTo(TestPages.HEADLINE);
    }

    @Test
    void missingFileIsAClearErrorWithoutStackTrace() {
        int code = run(dir.resolve("nothing-here.html").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("no such file").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void invalidPathIsAUsageErrorWithoutStackTrace() {
        assertThat(run("bad\u0000path.html")).isEqualTo(2);
        assertThat(err.toString()).contains("not a valid file path").doesNotContain("\tat ");
    }

    @Test
    void brokenGzipIsAClearError() throws IOException {
        Path page = dir.resolve("broken.html.gz");
        Files.writeString(page, "<html>not gzip</html>");

        assertThat(run(page.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not a valid gzip file");
    }

    @Test
    void badOptionValuesAreUsageErrors() throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, TestPages.arabicArticle());

        assertThat(run(page.toString(), "--zone", "Mars/Olympus")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown time zone");
        assertThat(run(page.toString(), "--charset", "no-such-charset")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown charset");
        assertThat(run(page.toString(), "--url", "relative/path")).isEqualTo(2);
        assertThat(err.toString()).contains("absolute URL");
    }

    @Test
    void pageTooLargeForTheCapIsRefused() throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, TestPages.arabicArticle());

        assertThat(run(page.toString(), "--max-bytes", "100")).isEqualTo(1);
        assertThat(err.toString()).contains("too large");
    }

    @Test
    void urlIsFetchedFollowingRedirectsAndTheFinalUrlIsTheFallbackCanonical() throws IOException {
        startServer();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();

        int code = run(base + "/old");

        assertThat(code).as(err.toString()).isEqualTo(0);
        JsonNode json = json();
        assertThat(json.get("title").asText()).isEqualTo(TestPages.HEADLINE);
        assertThat(json.get("canonicalUrl").asText()).isEqualTo(base + "/article");
    }

    @Test
    void httpErrorStatusIsAFailureNamingTheStatus() throws IOException {
        startServer();

        int code = run("http://127.0.0.1:" + server.getAddress().getPort() + "/missing");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("HTTP 404").doesNotContain("Exception");
    }

    @Test
    void unreachableHostIsAFailure() throws IOException {
        int freePort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = s.getLocalPort();
        }

        assertThat(run("http://127.0.0.1:" + freePort + "/x", "--timeout", "5")).isEqualTo(1);
        assertThat(err.toString()).contains("failed");
    }

    private void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] article = TestPages.arabicArticle().getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/old")) {
                exchange.getResponseHeaders().add("Location", "/article");
                exchange.sendResponseHeaders(301, -1);
            } else if (path.equals("/article")) {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, article.length);
                exchange.getResponseBody().write(article);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        server.start();
    }
}
