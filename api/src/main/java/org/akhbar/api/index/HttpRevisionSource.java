package org.akhbar.api.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.akhbar.search.replica.Revision;
import org.akhbar.search.replica.RevisionSource;

/**
 * Revisions from the indexer's replication endpoints ({@code /replication/revision} and
 * {@code /replication/revisions/{version}/files/{name}}).
 */
final class HttpRevisionSource implements RevisionSource {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(5);

    private final URI indexer;
    private final HttpClient http;
    private final long maxBytesPerSecond;

    /** A source reading at most {@code maxBytesPerSecond} of file bytes (0: no limit). */
    HttpRevisionSource(URI indexer, long maxBytesPerSecond) {
        this.indexer = indexer;
        this.maxBytesPerSecond = maxBytesPerSecond;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    @Override
    public Optional<Revision> latest() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(indexer + "/replication/revision"))
                .timeout(ASK_TIMEOUT).build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("the indexer answered " + response.statusCode() + " for its revision");
        }
        try {
            return Optional.of(Revision.fromText(response.body()));
        } catch (IllegalArgumentException e) {
            throw new IOException("the indexer's revision cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(Revision revision, String fileName) throws IOException {
        // No overall timeout: a large segment takes as long as it takes; a dead connection
        // still fails the read.
        HttpRequest request = HttpRequest.newBuilder(URI.create(indexer + "/replication/revisions/"
                + revision.version() + "/files/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8))).build();
        HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("the indexer answered " + response.statusCode() + " for " + fileName
                    + " of revision " + revision.version() + " (replaced meanwhile?)");
        }
        return maxBytesPerSecond > 0 ? new ThrottledInputStream(response.body(), maxBytesPerSecond) : response.body();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
