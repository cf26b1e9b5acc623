package org.akhbar.tools.bench.pipeline.api;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client on one kept-alive connection: GET, the status, the few headers a
 * load test looks at, and the body read to its end by Content-Length, chunks or connection
 * close, then dropped. Far cheaper per request than a general client, which matters when the
 * load generator shares the processors with the server it measures. Reconnects on the next
 * request after the server closed the connection. Not thread-safe: one per client.
 */
public final class HttpConnection implements Closeable {
    private static final int MAX_LINE = 64 * 1024;

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private final byte[] hostHeader;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /**
     * What a response said.
     *
     * @param contentType the Content-Type, or null
     * @param retryAfter the Retry-After, or null
     * @param bodyBytes the body's length as read
     * @param keepAlive whether the connection may carry the next request
     */
    public record Response(int status, String contentType, String retryAfter, long bodyBytes, boolean keepAlive) {}

    /** A connection to {@code host:port}, opened on the first request; reads time out after {@code timeoutMillis}. */
    public HttpConnection(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
        this.hostHeader = ("Host: " + host + ":" + port + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** GETs {@code target} (a path and query, already percent-encoded). On an error the connection is closed. */
    public Response get(String target) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            out.write(("GET " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(hostHeader);
            out.write("Accept: */*\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Response r = readResponse();
            if (!r.keepAlive()) {
                close();
            }
            return r;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setSoTimeout(timeoutMillis);
            s.connect(new InetSocketAddress(host, port), timeoutMillis);
            in = new BufferedInputStream(s.getInputStream(), 32 * 1024);
            out = new BufferedOutputStream(s.getOutputStream(), 4 * 1024);
            socket = s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    private Response readResponse() throws IOException {
        while (true) {
            String statusLine = readLine();
            if (statusLine == null) {
                throw new EOFException("connection closed before a response");
            }
            if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.x status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            boolean keepAlive = statusLine.startsWith("HTTP/1.1");
            String contentType = null;
            String retryAfter = null;
            long length = -1;
            boolean chunked = false;
            for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                switch (name) {
                    case "content-type" -> contentType = value;
                    case "retry-after" -> retryAfter = value;
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> keepAlive = connectionKeepsAlive(value, keepAlive);
                    default -> { }
                }
            }
            if (status >= 100 && status < 200) {
                continue; // an interim response; the real one follows
            }
            long body;
            if (status == 204 || status == 304) {
                body = 0;
            } else if (chunked) {
                body = skipChunks();
            } else if (length >= 0) {
                in.skipNBytes(length);
                body = length;
            } else {
                body = in.transferTo(OutputStream.nullOutputStream());
                keepAlive = false;
            }
            return new Response(status, contentType, retryAfter, body, keepAlive);
        }
    }

    private static boolean connectionKeepsAlive(String value, boolean otherwise) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.contains("close")) {
            return false;
        }
        return v.contains("keep-alive") || otherwise;
    }

    private long skipChunks() throws IOException {
        long total = 0;
        while (true) {
            String sizeLine = readLine();
            if (sizeLine == null) {
                throw new EOFException("connection closed inside a chunked body");
            }
            int semicolon = sizeLine.indexOf(';');
            long size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
            if (size == 0) {
                for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); trailer = readLine()) {
                    // trailers are dropped
                }
                return total;
            }
            in.skipNBytes(size);
            total += size;
            String end = readLine();
            if (end == null || !end.isEmpty()) {
                throw new IOException("a chunk does not end with CRLF");
            }
        }
    }

    /** One line without its CRLF (a bare LF is accepted), or null at the end of the stream. */
    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int last = line.length() - 1;
                if (last >= 0 && line.charAt(last) == '\r') {
                    line.setLength(last);
                }
                return line.toString();
            }
            if (line.length() == MAX_LINE) {
                throw new IOException("a header line longer than " + MAX_LINE + " bytes");
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }

    @Override
    public void close() {
        Socket s = socket;
        socket = null;
        in = null;
        out = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // nothing left to do with it
            }
        }
    }
}
