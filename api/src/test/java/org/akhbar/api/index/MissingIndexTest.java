package org.akhbar.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.akhbar.api.support.Http;
import org.akhbar.api.support.NewsFixture;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** The API started before the indexer ever ran: it must serve, empty, and then catch up. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MissingIndexTest implements TestPropertyProvider {
    private Path indexDir;

    @Inject EmbeddedServer server;
    @Inject IndexHolder holder;

    @Override
    public Map<String, String> getProperties() {
        try {
            indexDir = Files.createTempDirectory("akhbar-api-missing").resolve("not-yet");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("akhbar.index-dir", indexDir.toString(), "micronaut.server.port", "-1");
    }

    @Test
    @Order(1)
    void searchAnswersEmptyBeforeTheFirstCommit() {
        Http.Reply reply = new Http(server.getURI()).get("/api/v1/search?q=" + Http.encode("طنجة"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"total\":0").contains("\"hits\":[]");
        assertThat(holder.state()).isEqualTo(IndexHolder.State.NO_INDEX_YET);
    }

    @Test
    @Order(2)
    void healthIsUpAndSaysThereIsNoIndexYet() {
        Http.Reply reply = new Http(server.getURI()).get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("NO_INDEX_YET");
    }

    @Test
    @Order(3)
    void firstCommitIsPickedUpOnRefresh() {
        NewsFixture.write(indexDir, List.of(NewsFixture.PORTS), 1);

        holder.refresh();

        assertThat(holder.state()).isEqualTo(IndexHolder.State.OPEN);
        Http.Reply reply = new Http(server.getURI()).get("/api/v1/search?q=" + Http.encode("الموانئ"));
        assertThat(reply.body()).contains(NewsFixture.PORTS.id().value());
    }

    @Test
    @Order(4)
    void healthShowsTheRevisionAndItsAgeButNoPathOrDiskSize() {
        Http.Reply reply = new Http(server.getURI()).get("/health");

        assertThat(reply.body()).contains("\"mode\":\"local\"").containsPattern("\"revision\":\\d+")
                .contains("\"seq\":1").containsPattern("\"revisionAgeSeconds\":\\d+")
                .doesNotContain(indexDir.toString()).doesNotContain("diskSpace");
        Http.Reply metrics = new Http(server.getURI()).get("/prometheus");
        assertThat(metrics.body()).containsPattern("(?m)^akhbar_index_seq 1\\.0$")
                .containsPattern("(?m)^akhbar_index_revision_age_seconds \\d");
    }
}
