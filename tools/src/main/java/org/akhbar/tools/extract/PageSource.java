package org.akhbar.tools.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Loads one page for {@code ./akhbar extract}: a saved file (gunzipped when its name ends in
 * {@code .gz}) or an {@code http(s)} URL fetched with redirects followed, a deadline and a cap
 * on the body size. Every failure is a {@link PageSourceException} whose message says what went
 * wrong in words a user can act on.
 */
final class PageSource {

    /** A loaded page: its bytes, the Content-Type it came with (null for a file) and its final URL (may be null). */
    record Page(byte[] body, String contentType, URI url) {}

    /** Why a page could not be loaded. */
    static final class PageSourceException extends Exception {
        PageSourceException(String message) {
            super(message);
        }
    }

    private static final String USER_AGENT = "Akhbar-extract/0.1 (+https://github.com/akhbar)";

    private PageSource() {}

    /** Whether the argument names a URL rather than a file. */
    static boolean isUrl(String pathOrUrl) {
        String lower = pathOrUrl.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Reads a saved page; refuses one larger than {@code maxBytes} (after gunzipping). */
    static Page file(Path path, long maxBytes) throws PageSourceException {
        if (Files.isDirectory(path)) {
            throw new PageSourceException(path + " is a directory, not a saved page");
        }
        try (InputStream raw = Files.newInputStream(path)) {
            InputStream in = path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            try (in) {
                return new Page(readCapped(in, maxBytes, path.toString()), null, null);
            }
        } catch (NoSuchFileException e) {
            throw new PageSourceException("no such file: " + path);
        } catch (java.util.zip.ZipException e) {
            throw new PageSourceException(path + " is not a valid gzip file: " + e.getMessage());
        } catch (IOException e) {
            throw new PageSourceException("cannot read " + path + ": " + e.getMessage());
        }
    }

    /** Fetches a page over HTTP(S), following redirects; non-2xx answers are failures. */
    static Page fetch(String url, Duration timeout, long maxBytes) throws PageSourceException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new PageSourceException("not a valid URL: " + url);
        }
        if (uri.getHost() == null) {
            throw new PageSourceException("not a valid URL (no host): " + url);
        }
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout)
                .build();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new PageSourceException("fetching " + url + " failed: HTTP " + response.statusCode());
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw new PageSourceException(url + " is too large: " + declared + " bytes (limit " + maxBytes + ")");
                }
                byte[] body = readCapped(in, maxBytes, url);
                return new Page(body, response.headers().firstValue("Content-Type").orElse(null), response.uri());
            }
        } catch (java.net.http.HttpTimeoutException e) {
            throw new PageSourceException("fetching " + url + " timed out after " + timeout.toSeconds() + " s");
        } catch (java.net.ConnectException e) {
            throw new PageSourceException("fetching " + url + " failed: cannot connect");
        } catch (IOException e) {
            throw new PageSourceException("fetching " + url + " failed: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageSourceException("fetching " + url + " was interrupted");
        }
    }

    private static byte[] readCapped(InputStream in, long maxBytes, String what) throws IOException, PageSourceException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            throw new PageSourceException(what + " is too large: more than " + maxBytes + " bytes");
        }
        return body;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
