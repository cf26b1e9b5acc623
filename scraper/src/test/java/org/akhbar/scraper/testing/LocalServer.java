package org.akhbar.scraper.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A tiny HTTP server on 127.0.0.1 for fetcher tests; records every path it was asked for. */
public final class LocalServer implements AutoCloseable {
    private final HttpServer server;
    public final List<String> requests = new CopyOnWriteArrayList<>();
    public final List<String> userAgents = new CopyOnWriteArrayList<>();

    public LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public LocalServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.add(exchange.getRequestURI().toString());
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            try {
                handler.handle(exchange);
            } catch (IOException e) {
                // the client went away (timeouts, size limits): expected in these tests
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    public LocalServer page(String path, int status, String contentType, byte[] body) {
        return on(path, ex -> send(ex, status, contentType, body));
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.stop(0);
        }
    }
}
