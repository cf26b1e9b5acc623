package org.akhbar.indexer.service;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.akhbar.search.replica.Revision;

/**
 * The indexer's side of replication: API replicas ask for the latest revision, then fetch the
 * files they lack.
 *
 * <ul>
 *   <li>{@code GET /replication/revision}: the latest revision as text ({@link
 *       Revision#toText()}); 404 before the first is published.
 *   <li>{@code GET /replication/revisions/{version}/files/{name}}: one file's bytes; 404 when
 *       that revision is no longer held (a replica then starts over with the latest) or has no
 *       such file.
 * </ul>
 */
@Controller("/replication")
@ExecuteOn(TaskExecutors.BLOCKING)
public final class ReplicationController {
    private final IndexerStatus status;

    public ReplicationController(IndexerStatus status) {
        this.status = status;
    }

    @Get(value = "/revision", produces = MediaType.TEXT_PLAIN)
    public HttpResponse<String> revision() {
        return status.published()
                .map(r -> HttpResponse.ok(r.toText()))
                .orElseGet(HttpResponse::notFound);
    }

    @Get("/revisions/{version}/files/{name}")
    public HttpResponse<StreamedFile> file(String version, String name) throws IOException {
        Optional<InputStream> in = status.publisher().isPresent()
                ? status.publisher().get().open(version, name)
                : Optional.empty();
        return in.map(s -> HttpResponse.ok(new StreamedFile(s, MediaType.APPLICATION_OCTET_STREAM_TYPE)))
                .orElseGet(HttpResponse::notFound);
    }
}
