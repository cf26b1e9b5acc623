package org.akhbar.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.akhbar.api.support.Http;
import org.akhbar.api.support.NewsFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorResponsesTest implements TestPropertyProvider {
    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Http http;

    @Override
    public Map<String, String> getProperties() {
        try {
            Path dir = Files.createTempDirectory("akhbar-api-errors");
            NewsFixture.writeIndex(dir);
            return Map.of("akhbar.index-dir", dir.toString(), "akhbar.test.boom", "true",
                    "micronaut.server.port", "-1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    void client() {
        http = new Http(server.getURI());
    }

    /** Raw request targets (sent byte for byte) and the status each must get. */
    static Stream<Arguments> nastyRequests() {
        String longArabic = Http.encode("ق".repeat(10_000));
        return Stream.of(
                Arguments.of("empty q", "/api/v1/search?q=", 200),
                Arguments.of("no parameters", "/api/v1/search", 200),
                Arguments.of("only punctuation", "/api/v1/search?q=" + Http.encode("!!؟،؛...()[]{}^~*?:\\/"), 200),
                Arguments.of("unbalanced quote", "/api/v1/search?q=" + Http.encode("\"مؤتمر طنجة"), 200),
                Arguments.of("lone operators", "/api/v1/search?q=" + Http.encode("+ - && || NOT AND"), 200),
                Arguments.of("field syntax", "/api/v1/search?q=" + Http.encode("title:طنجة body:[a TO z]"), 200),
                Arguments.of("wildcards", "/api/v1/search?q=" + Http.encode("*طنج* ?"), 200),
                Arguments.of("fuzzy and boost", "/api/v1/search?q=" + Http.encode("طنجة~2^10"), 200),
                Arguments.of("regex syntax", "/api/v1/search?q=" + Http.encode("/[ط-ي/"), 200),
                Arguments.of("control characters", "/api/v1/search?q=%00%01%1F%7F%0A%0D", 200),
                Arguments.of("tatweel and diacritics", "/api/v1/search?q=" + Http.encode("طَنْجـــة"), 200),
                Arguments.of("invalid UTF-8 sequence", "/api/v1/search?q=%C3%28", 200),
                Arguments.of("truncated UTF-8", "/api/v1/search?q=%D8", 200),
                Arguments.of("q repeated", "/api/v1/search?q=" + Http.encode("طنجة") + "&q=" + Http.encode("الموانئ"), 200),
                Arguments.of("emoji and RTL marks", "/api/v1/search?q=" + Http.encode("\u200f📰 \u202eخبر"), 200),
                Arguments.of("q of 1000 chars", "/api/v1/search?q=" + "a".repeat(1000), 200),
                Arguments.of("unknown source", "/api/v1/search?q=x&source=nowhere", 200),
                Arguments.of("empty source entries", "/api/v1/search?q=x&source=,,&source=", 200),
                Arguments.of("size 100", "/api/v1/search?q=x&size=100", 200),
                Arguments.of("offset instant", "/api/v1/search?q=x&from=2025-12-05T10:00:00Z", 200),
                Arguments.of("malformed percent escape", "/api/v1/search?q=%ZZ", 400),
                Arguments.of("q of 10k chars", "/api/v1/search?q=" + longArabic, 400),
                Arguments.of("q of 1001 chars", "/api/v1/search?q=" + "a".repeat(1001), 400),
                Arguments.of("page 0", "/api/v1/search?q=x&page=0", 400),
                Arguments.of("page negative", "/api/v1/search?q=x&page=-3", 400),
                Arguments.of("page not a number", "/api/v1/search?q=x&page=abc", 400),
                Arguments.of("page overflows int", "/api/v1/search?q=x&page=99999999999999999999", 400),
                Arguments.of("page too deep", "/api/v1/search?q=x&page=101&size=100", 400),
                Arguments.of("size 0", "/api/v1/search?q=x&size=0", 400),
                Arguments.of("size 1000", "/api/v1/search?q=x&size=1000", 400),
                Arguments.of("size decimal", "/api/v1/search?q=x&size=2.5", 400),
                Arguments.of("from garbage", "/api/v1/search?q=x&from=garbage", 400),
                Arguments.of("from impossible date", "/api/v1/search?q=x&from=2025-02-30", 400),
                Arguments.of("to without offset", "/api/v1/search?q=x&to=2025-12-05T10:00:00", 400),
                Arguments.of("from after to", "/api/v1/search?q=x&from=2025-12-06&to=2025-12-01", 400),
                Arguments.of("source with capitals", "/api/v1/search?q=x&source=Wadi", 400),
                Arguments.of("source with markup", "/api/v1/search?q=x&source=%3Cscript%3E", 400),
                Arguments.of("malformed article id", "/api/v1/articles/not-an-id", 404),
                Arguments.of("article id with escapes", "/api/v1/articles/%00%FF", 404),
                Arguments.of("unknown route", "/api/v2/search", 404),
                Arguments.of("unknown static file", "/nothing-here.js", 404));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("nastyRequests")
    void nastyRequestsGetTheirStatusAndErrorsAreProblems(String name, String target, int expected) {
        Http.Reply reply = http.raw(target);

        assertThat(reply.status()).as(name + ": " + reply.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertProblem(reply, expected);
        } else {
            assertThat(reply.contentType()).startsWith("application/json");
        }
    }

    @Test
    void invalidParameterProblemNamesTheParameterInItsDetail() {
        Http.Reply reply = http.get("/api/v1/search?q=x&size=1000");

        Map<String, Object> problem = assertProblem(reply, 400);
        assertThat(problem.get("type")).isEqualTo("https://akhbar.dev/problems/invalid-parameter");
        assertThat((String) problem.get("detail")).contains("size").contains("100");
        assertThat(problem.get("instance")).isEqualTo("/api/v1/search");
    }

    @Test
    void postToSearchIsA405Problem() {
        Http.Reply reply = http.send("POST", "/api/v1/search", null);

        assertProblem(reply, 405);
    }

    @Test
    void deleteOnAnArticleIsA405Problem() {
        Http.Reply reply = http.send("DELETE", "/api/v1/articles/" + NewsFixture.PORTS.id().value(), null);

        assertProblem(reply, 405);
    }

    @Test
    void unacceptableMediaTypeIsA406Problem() {
        Http.Reply reply = http.send("GET", "/api/v1/search?q=x", "application/xml");

        assertProblem(reply, 406);
    }

    @Test
    void unknownRouteIsA404Problem() {
        Map<String, Object> problem = assertProblem(http.get("/api/v1/nothing"), 404);

        assertThat(problem.get("instance")).isEqualTo("/api/v1/nothing");
    }

    @Test
    void unexpectedExceptionIsA500ProblemWithoutInternalDetail() {
        Http.Reply reply = http.get("/test/boom");

        assertProblem(reply, 500);
        assertThat(reply.body()).doesNotContain(BoomController.SECRET).doesNotContain("IllegalStateException")
                .doesNotContain("at org.");
    }

    @Test
    void unexpectedCheckedExceptionIsA500ProblemWithoutInternalDetail() {
        Http.Reply reply = http.get("/test/checked");

        assertProblem(reply, 500);
        assertThat(reply.body()).doesNotContain(BoomController.SECRET).doesNotContain("IOException");
    }

    @Test
    void openApiDocumentIsServedAndDescribesTheSearchEndpoint() {
        Http.Reply reply = http.get("/openapi.yml");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).startsWith("openapi:").contains("/api/v1/search").contains("/api/v1/articles/{id}")
                .contains("SearchResponse").contains("Problem");
        assertThat(http.get("/swagger/akhbar-api-1.0.yml").body()).isEqualTo(reply.body());
    }

    @Test
    void rootServesTheRightToLeftSearchPage() {
        Http.Reply reply = http.get("/");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.body()).contains("dir=\"rtl\"").contains("lang=\"ar\"").contains("/api/v1/search")
                .doesNotContain("https://cdn");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> assertProblem(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.isProblem()).as("content type " + reply.contentType()).isTrue();
        Map<String, Object> problem;
        try {
            problem = json.readValue(reply.body(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(problem).containsKeys("type", "title", "status", "detail", "instance");
        assertThat(problem.get("status")).isEqualTo(status);
        assertThat((String) problem.get("type")).matches("about:blank|https://akhbar\\.dev/problems/[a-z-]+");
        assertThat((String) problem.get("title")).isNotBlank();
        assertThat((String) problem.get("detail")).isNotBlank();
        return problem;
    }
}
