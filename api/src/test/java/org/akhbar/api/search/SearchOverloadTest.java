package org.akhbar.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.akhbar.api.support.Http;
import org.akhbar.api.support.NewsFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What a client sees when every search slot is busy and no search may wait: the 503 answer's shape. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchOverloadTest implements TestPropertyProvider {
    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject SearchGate gate;

    private Http http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("akhbar.index-dir", NewsFixture.writeTempIndex("akhbar-api-overload").toString(),
                "micronaut.server.port", "-1",
                "akhbar.search.concurrency", "1", "akhbar.search.queue", "0", "akhbar.search.retry-after", "3s");
    }

    @BeforeAll
    void client() {
        http = new Http(server.getURI());
    }

    /** The gate's one slot, held by a search that waits until closed. */
    private final class HeldSlot implements AutoCloseable {
        private final CountDownLatch release = new CountDownLatch(1);
        private final Thread occupant;

        HeldSlot() throws InterruptedException {
            CountDownLatch holding = new CountDownLatch(1);
            occupant = Thread.ofPlatform().start(() -> {
                try {
                    gate.run(() -> {
                        holding.countDown();
                        awaitRelease();
                        return null;
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            holding.await();
        }

        private void awaitRelease() {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() throws InterruptedException {
            release.countDown();
            occupant.join();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSearchFindingEverySlotBusyIsAnswered503WithRetryAfterAsAProblem() throws Exception {
        Http.Reply reply;
        try (HeldSlot held = new HeldSlot()) {
            reply = http.get("/api/v1/search?q=" + Http.encode("الموانئ"));
        }

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.retryAfter()).isEqualTo("3");
        assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
        Map<String, Object> problem = json.readValue(reply.body(), Map.class);
        assertThat(problem).containsEntry("type", "https://akhbar.dev/problems/search-overloaded")
                .containsEntry("title", "Too many searches at once")
                .containsEntry("status", 503)
                .containsEntry("instance", "/api/v1/search");
        assertThat((String) problem.get("detail")).contains("try again");

        Http.Reply after = http.get("/api/v1/search?q=" + Http.encode("الموانئ"));
        assertThat(after.status()).as("the slot is free again").isEqualTo(200);
        assertThat(http.get("/prometheus").body())
                .containsPattern("akhbar_search_turned_away_total\\{reason=\"queue-full\",?\\} [1-9]")
                .contains("akhbar_search_running", "akhbar_search_waiting");
    }

    @Test
    void articleLookupsDoNotWaitForASearchSlot() throws Exception {
        try (HeldSlot held = new HeldSlot()) {
            assertThat(http.get("/api/v1/articles/0000000000000000").status()).isEqualTo(404);
        }
    }
}
