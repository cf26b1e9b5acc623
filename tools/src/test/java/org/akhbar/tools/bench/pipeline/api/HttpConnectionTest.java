package org.akhbar.tools.bench.pipeline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {
    private static final byte[] BODY = "نص الصفحة".repeat(100).getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** A JDK server answering with each kind of body and a shed request. */
    static final class TestServer {
        static HttpServer start() throws IOException {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            s.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            s.createContext("/fixed", e -> answer(e, 200, "text/html", BODY.length));
            s.createContext("/chunked", e -> answer(e, 200, "application/json", 0));
            s.createContext("/empty", e -> answer(e, 204, null, -1));
            s.createContext("/shed", e -> {
                e.getResponseHeaders().set("Retry-After", "1");
                answer(e, 503, "application/problem+json", 0);
            });
            s.createContext("/close", e -> {
                e.getResponseHeaders().set("Connection", "close");
                answer(e, 200, "text/plain", BODY.length);
            });
            s.start();
            return s;
        }

        // A length of 0 makes the JDK server send the body in chunks.
        private static void answer(HttpExchange e, int status, String type, long length) throws IOException {
            try (e) {
                if (type != null) {
                    e.getResponseHeaders().set("Content-Type", type);
                }
                e.sendResponseHeaders(status, length);
                if (length >= 0) {
                    try (OutputStream out = e.getResponseBody()) {
                        out.write(BODY);
                    }
                }
            }
        }
    }

    private HttpConnection connection() {
        return new HttpConnection("127.0.0.1", server.getAddress().getPort(), 10_000);
    }

    @Test
    void readsFixedChunkedAndEmptyBodiesOnOneKeptAliveConnection() throws IOException {
        try (HttpConnection c = connection()) {
            HttpConnection.Response fixed = c.get("/fixed");
            assertThat(fixed.status()).isEqualTo(200);
            assertThat(fixed.bodyBytes()).isEqualTo(BODY.length);
            assertThat(fixed.keepAlive()).isTrue();
            HttpConnection.Response chunked = c.get("/chunked");
            assertThat(chunked.bodyBytes()).isEqualTo(BODY.length);
            assertThat(chunked.contentType()).isEqualTo("application/json");
            assertThat(c.get("/empty").status()).isEqualTo(204);
            assertThat(c.get("/fixed").bodyBytes()).isEqualTo(BODY.length);
        }
    }

    @Test
    void aShedAnswerShowsItsRetryAfterAndProblemType() throws IOException {
        try (HttpConnection c = connection()) {
            HttpConnection.Response r = c.get("/shed");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.retryAfter()).isEqualTo("1");
            assertThat(r.contentType()).isEqualTo("application/problem+json");
            assertThat(c.get("/fixed").status()).isEqualTo(200);
        }
    }

    @Test
    void reconnectsAfterTheServerClosedTheConnection() throws IOException {
        try (HttpConnection c = connection()) {
            HttpConnection.Response r = c.get("/close");
            assertThat(r.keepAlive()).isFalse();
            assertThat(r.bodyBytes()).isEqualTo(BODY.length);
            assertThat(c.get("/fixed").status()).isEqualTo(200);
        }
    }

    @Test
    void chunkExtensionsTrailersAndBodiesToTheEndOfTheConnectionAreRead() throws Exception {
        String chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: yes\r\n\r\n";
        String untilClose = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nto the end";
        try (ServerSocket raw = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> serveCanned(raw, chunked + untilClose));
            try (HttpConnection c = new HttpConnection("127.0.0.1", raw.getLocalPort(), 10_000)) {
                HttpConnection.Response first = c.get("/a");
                assertThat(first.bodyBytes()).isEqualTo(11);
                assertThat(first.keepAlive()).isTrue();
                HttpConnection.Response second = c.get("/b");
                assertThat(second.bodyBytes()).isEqualTo(10);
                assertThat(second.keepAlive()).isFalse();
            }
        }
    }

    @Test
    void aConnectionClosedBeforeTheAnswerIsAnError() throws Exception {
        try (ServerSocket raw = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> serveCanned(raw, ""));
            try (HttpConnection c = new HttpConnection("127.0.0.1", raw.getLocalPort(), 10_000)) {
                assertThatThrownBy(() -> c.get("/")).isInstanceOf(IOException.class);
            }
        }
    }

    // Accepts one connection, reads the requests' first bytes, writes the canned bytes, closes.
    private static void serveCanned(ServerSocket raw, String bytes) {
        try (Socket s = raw.accept()) {
            InputStream in = s.getInputStream();
            in.read(new byte[1024]);
            s.getOutputStream().write(bytes.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            s.shutdownOutput();
            in.readAllBytes();
        } catch (IOException e) {
            // the test sees what the client got
        }
    }
}
