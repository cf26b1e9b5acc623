package org.akhbar.api.search;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.akhbar.api.index.IndexHolder;
import org.akhbar.api.support.Http;
import org.akhbar.api.support.NewsFixture;
import org.akhbar.domain.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest implements TestPropertyProvider {
    private Path indexDir;

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject IndexHolder indexHolder;

    private Http http;

    @Override
    public Map<String, String> getProperties() {
        try {
            indexDir = Files.createTempDirectory("akhbar-api-index");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NewsFixture.writeIndex(indexDir);
        return Map.of("akhbar.index-dir", indexDir.toString(), "micronaut.server.port", "-1");
    }

    @BeforeAll
    void client() {
        http = new Http(server.getURI());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> search(String query) {
        Http.Reply reply = http.get("/api/v1/search?" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        try {
            return json.readValue(reply.body(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hits(Map<String, Object> response) {
        return (List<Map<String, Object>>) response.get("hits");
    }

    private static List<Object> field(Map<String, Object> response, String name) {
        return hits(response).stream().map(h -> h.get(name)).toList();
    }

    @Test
    void searchAnswersTheDocumentedShapeWithMarkedSnippets() {
        Map<String, Object> r = search("q=" + Http.encode("الموانئ"));

        assertThat(r).containsKeys("total", "totalExact", "page", "size", "tookMs", "hits");
        assertThat(r.get("totalExact")).isEqualTo(true);
        assertThat(r.get("total")).isEqualTo(1);
        assertThat(r.get("page")).isEqualTo(1);
        assertThat(r.get("size")).isEqualTo(10);
        Map<String, Object> hit = hits(r).get(0);
        assertThat(hit).containsOnlyKeys("id", "url", "title", "source", "publishedAt", "snippet");
        assertThat(hit.get("id")).isEqualTo(NewsFixture.PORTS.id().value());
        assertThat(hit.get("url")).isEqualTo(NewsFixture.PORTS.url());
        assertThat(hit.get("title")).isEqualTo(NewsFixture.PORTS.title());
        assertThat(hit.get("source")).isEqualTo("wadi");
        assertThat(hit.get("publishedAt")).isEqualTo("2025-12-05T10:15:00+01:00");
        assertThat((String) hit.get("snippet")).contains("<mark>").contains("</mark>");
    }

    @Test
    void arabicComesOutAsUtf8TextNotEscapes() {
        Http.Reply reply = http.get("/api/v1/search?q=" + Http.encode("الموانئ"));

        assertThat(reply.body()).contains("ملتقى").doesNotContain("\\u06");
    }

    @Test
    void bareNameFindsTheArticleThatOnlyHasItWithAClitic() {
        assertThat(field(search("q=" + Http.encode("طنجة")), "id")).containsExactly(NewsFixture.PORTS.id().value());
    }

    @Test
    void cliticFormOfTheQueryFindsTheSameArticle() {
        assertThat(field(search("q=" + Http.encode("بطنجة")), "id")).containsExactly(NewsFixture.PORTS.id().value());
    }

    @Test
    void articleWithoutDateHasNullPublishedAt() {
        Map<String, Object> r = search("q=" + Http.encode("التمور"));

        assertThat(hits(r)).hasSize(1);
        assertThat(hits(r).get(0)).containsEntry("publishedAt", null).containsEntry("source", "qadim");
    }

    @Test
    void repeatedSourceParameterRestrictsToThoseSources() {
        Map<String, Object> r = search("q=" + Http.encode("المنطقة") + "&source=wadi&source=qadim");

        assertThat(r.get("total")).isEqualTo(3);
        assertThat(field(r, "source")).containsOnly("wadi", "qadim");
    }

    @Test
    void commaSeparatedSourcesMeanTheSameAsRepeatedOnes() {
        Map<String, Object> r = search("q=" + Http.encode("المنطقة") + "&source=" + Http.encode("wadi, qadim"));

        assertThat(r.get("total")).isEqualTo(3);
    }

    @Test
    void singleSourceExcludesTheOthers() {
        Map<String, Object> r = search("q=" + Http.encode("المنطقة") + "&source=wadi");

        assertThat(field(r, "id")).containsExactlyInAnyOrder(
                NewsFixture.PORTS.id().value(), NewsFixture.RAIN.id().value());
    }

    @Test
    void dateBoundsCoverWholeUtcDaysInclusiveOfTheLastDay() {
        // RAIN was published at 00:30+01:00 on the 6th, i.e. 23:30 UTC on the 5th.
        Map<String, Object> r = search("q=" + Http.encode("المنطقة") + "&from=2025-12-05&to=2025-12-05");

        assertThat(field(r, "id")).containsExactlyInAnyOrder(
                NewsFixture.PORTS.id().value(), NewsFixture.RAIN.id().value());
    }

    @Test
    void dateBoundOnTheNextDayExcludesEarlierArticles() {
        Map<String, Object> r = search("q=" + Http.encode("المنطقة") + "&from=2025-12-06");

        assertThat(r.get("total")).isEqualTo(0);
        assertThat(hits(r)).isEmpty();
    }

    @Test
    void offsetDateTimeUpperBoundIsExclusive() {
        String q = "q=" + Http.encode("المنطقة") + "&source=wadi&from=" + Http.encode("2025-12-05T00:00:00+01:00");

        assertThat(field(search(q + "&to=" + Http.encode("2025-12-05T10:15:00+01:00")), "id")).isEmpty();
        assertThat(field(search(q + "&to=" + Http.encode("2025-12-05T09:16:00Z")), "id"))
                .containsExactly(NewsFixture.PORTS.id().value());
    }

    @Test
    void dateBoundsFarBeyondAnyArticleAreAnsweredNotAServerError() {
        // Valid ISO-8601, but past the range of epoch milliseconds.
        String far = "&from=" + Http.encode("-999999999-01-01T00:00:00Z") + "&to=" + Http.encode("+999999999-12-31T00:00:00Z");

        assertThat(field(search("q=" + Http.encode("المنطقة") + far), "id")).isNotEmpty();
        assertThat(search("q=" + Http.encode("المنطقة") + "&from=" + Http.encode("+999999999-01-01T00:00:00Z"))
                .get("total")).isEqualTo(0);
    }

    @Test
    void pagesPartitionTheHits() {
        String q = "q=" + Http.encode("القافلة") + "&size=5";
        Set<Object> seen = new HashSet<>();
        int listed = 0;
        for (int page = 1; page <= 3; page++) {
            Map<String, Object> r = search(q + "&page=" + page);
            assertThat(r.get("total")).isEqualTo(12);
            assertThat(r.get("page")).isEqualTo(page);
            assertThat(r.get("size")).isEqualTo(5);
            assertThat(hits(r)).hasSize(page < 3 ? 5 : 2);
            seen.addAll(field(r, "id"));
            listed += hits(r).size();
        }
        assertThat(listed).isEqualTo(12);
        assertThat(seen).hasSize(12);
        assertThat(hits(search(q + "&page=4"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void articleByIdRoundTripsEveryField() throws IOException {
        Article a = NewsFixture.PORTS;
        Http.Reply reply = http.get("/api/v1/articles/" + a.id().value());

        assertThat(reply.status()).isEqualTo(200);
        Map<String, Object> body = json.readValue(reply.body(), Map.class);
        assertThat(body).containsOnlyKeys("id", "url", "title", "body", "source", "publishedAt", "dateline", "authors");
        assertThat(body.get("id")).isEqualTo(a.id().value());
        assertThat(body.get("url")).isEqualTo(a.url());
        assertThat(body.get("title")).isEqualTo(a.title());
        assertThat(body.get("body")).isEqualTo(String.join("\n", a.paragraphs()));
        assertThat(((String) body.get("body")).split("\n")).hasSize(3);
        assertThat(body.get("source")).isEqualTo("wadi");
        assertThat(body.get("publishedAt")).isEqualTo("2025-12-05T10:15:00+01:00");
        assertThat(body.get("dateline")).isEqualTo("طنجة");
        assertThat(body.get("authors")).isEqualTo(List.of("سلمى الإدريسي", "كريم بناني"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void articleWithoutDateOrDatelineHasNullsNotMissingKeys() throws IOException {
        Http.Reply reply = http.get("/api/v1/articles/" + NewsFixture.DATES.id().value());

        Map<String, Object> body = json.readValue(reply.body(), Map.class);
        assertThat(body).containsEntry("publishedAt", null).containsEntry("dateline", null);
    }

    @Test
    void unknownWellFormedIdIsA404Problem() {
        Http.Reply reply = http.get("/api/v1/articles/0123456789abcdef");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body()).contains("https://akhbar.dev/problems/article-not-found");
    }

    @Test
    void newCommitBecomesSearchableOnRefreshWithoutRestart() {
        String query = "q=" + Http.encode("الزعفران");
        assertThat(hits(search(query))).isEmpty();
        Article saffron = Article.create(
                "https://jadid.example/saffron", "https://jadid.example/saffron", "jadid",
                "موسم جني الزعفران في تالوين",
                List.of("انطلق موسم جني الزعفران في تالوين وسط توقعات بمحصول وفير."),
                OffsetDateTime.parse("2025-11-02T08:00:00+01:00"), List.of(), "تالوين", "ar",
                Instant.parse("2025-11-02T09:00:00Z"));

        NewsFixture.write(indexDir, List.of(saffron), 1_000);
        indexHolder.refresh();

        assertThat(field(search(query), "id")).containsExactly(saffron.id().value());
    }

    @Test
    void healthIsUpAndCountsTheIndexedArticles() {
        Http.Reply reply = http.get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"status\":\"UP\"").contains("\"index\"").contains("\"articles\"");
    }

    @Test
    void readinessIncludesTheIndex() {
        Http.Reply reply = http.get("/health/readiness");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"index\"").contains("\"state\":\"OPEN\"");
    }

    @Test
    void prometheusMetricsCountSearchRequests() {
        search("q=" + Http.encode("طنجة"));

        Http.Reply reply = http.get("/prometheus");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("http_server_requests_seconds_count").contains("uri=\"/api/v1/search\"");
    }
}
