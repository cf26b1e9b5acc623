package org.akhbar.tools.bench.pipeline.api;

import java.io.IOException;
import java.util.Locale;

/** A load-test client of an HTTP server: one kept-alive {@link HttpConnection}, requests being paths. */
public final class ApiClient implements ClosedLoopLoad.Client {
    /** How long a call may wait for an answer before it counts as an error. */
    public static final int TIMEOUT_MILLIS = 60_000;

    private final HttpConnection connection;

    public ApiClient(String host, int port) {
        this.connection = new HttpConnection(host, port, TIMEOUT_MILLIS);
    }

    @Override
    public ClosedLoopLoad.Reply call(String path) throws IOException {
        HttpConnection.Response r = connection.get(path);
        String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
        return new ClosedLoopLoad.Reply(r.status(), r.retryAfter() != null, type.startsWith("application/problem+json"));
    }

    @Override
    public void close() {
        connection.close();
    }
}
