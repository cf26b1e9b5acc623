package org.akhbar.samplesite.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** The one way the sample site answers with a body held in memory, GET and HEAD alike. */
public final class Responses {

    private Responses() {}

    /**
     * Sends {@code body} with {@code status} and {@code contentType}. A HEAD request gets the
     * same headers as GET, Content-Length included, and no body.
     */
    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        if (exchange.getRequestMethod().equals("HEAD")) {
            headers.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
