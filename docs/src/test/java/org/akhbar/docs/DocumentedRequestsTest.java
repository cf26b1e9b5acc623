package org.akhbar.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.akhbar.domain.Article;
import org.akhbar.samplesite.Expectation;
import org.akhbar.samplesite.SamplePage;
import org.akhbar.samplesite.SampleSite;
import org.akhbar.search.index.ArticleIndexWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code curl} request shown in the README and the guides, sent to a real API over an
 * index of the demo's sample articles (at the demo's address, so documented ids are real).
 * A request must answer as its example says: the example's status (200 unless the example
 * shows another), and every field name the example shows.
 */
class DocumentedRequestsTest {
    /** Where the demo serves the sample sites; the documented article ids derive from it. */
    private static final String DEMO_SITE = "http://127.0.0.1:8081";
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @TempDir static Path index;
    private static EmbeddedServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serveTheSampleArticles() throws Exception {
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(index)) {
            long seq = 0;
            for (SamplePage page : SampleSite.pages()) {
                Expectation e = page.expectation();
                if (!page.isArticle() || page.path().contains("/private/")) {
                    continue;
                }
                String url = DEMO_SITE + page.path();
                writer.apply(Article.create(url, url, page.sourceId(), e.title(), e.paragraphs(), e.publishedAt(),
                        e.authors(), e.dateline(), "ar", e.referenceTime()).withSeq(++seq));
            }
            writer.commit(seq);
        }
        server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("akhbar.index-dir", index.toString(), "micronaut.server.port", -1));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Stream<Arguments> documentedRequests() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (String guide : List.of("README.md", "docs/api.md")) {
            List<MarkdownExamples.Block> blocks = MarkdownExamples.blocks(ROOT.resolve(guide));
            for (int i = 0; i < blocks.size(); i++) {
                if (!blocks.get(i).language().equals("bash")) {
                    continue;
                }
                List<String> curls = MarkdownExamples.commands(blocks.get(i)).stream()
                        .filter(c -> c.startsWith("curl ")).toList();
                // A json block right after a block with one request is that request's answer.
                String example = curls.size() == 1 && i + 1 < blocks.size() && blocks.get(i + 1).language().equals("json")
                        ? blocks.get(i + 1).text() : null;
                for (String curl : curls) {
                    out.add(Arguments.of(guide, curl, example));
                }
            }
        }
        assertThat(out).as("documented requests").hasSizeGreaterThanOrEqualTo(5);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("documentedRequests")
    void documentedRequestAnswersAsItsExampleSays(String guide, String curl, String example) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(toServer(curl)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        int expectedStatus = 200;
        if (example != null) {
            Matcher status = Pattern.compile("\"status\":\\s*(\\d{3})").matcher(example);
            if (status.find()) {
                expectedStatus = Integer.parseInt(status.group(1));
            }
            Matcher field = Pattern.compile("\"([A-Za-z]+)\":").matcher(example);
            while (field.find()) {
                assertThat(response.body()).as("field %s of the example", field.group(1))
                        .contains("\"" + field.group(1) + "\":");
            }
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith(expectedStatus == 200 ? "application/json" : "application/problem+json");
    }

    /** The documented curl command as a request to the test server (curl's -G and --data-urlencode). */
    private static URI toServer(String curl) {
        List<String> words = MarkdownExamples.words(curl);
        String url = null;
        StringBuilder query = new StringBuilder();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("--data-urlencode")) {
                String pair = words.get(++i);
                int eq = pair.indexOf('=');
                query.append(query.isEmpty() ? "" : "&").append(pair, 0, eq + 1)
                        .append(URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } else if (!w.startsWith("-")) {
                url = w;
            }
        }
        assertThat(url).as("the URL of %s", curl).startsWith("http://localhost:8080/");
        String target = "http://127.0.0.1:" + server.getPort() + url.substring("http://localhost:8080".length());
        if (!query.isEmpty()) {
            target += (target.contains("?") ? "&" : "?") + query;
        }
        return URI.create(percentEncodeNonAscii(target));
    }

    /** What curl does with a raw Arabic query string: sends its UTF-8 bytes, percent-encoded here. */
    private static String percentEncodeNonAscii(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0x21 && b < 0x7f) {
                sb.append((char) b);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }
}
