package org.akhbar.samplesite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Test helper: plain requests to the loopback sample server, redirects never followed. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {}

    static HttpResponse<byte[]> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> get(SampleSite site, String path) {
        return get(URI.create(site.baseUri() + path));
    }

    static HttpResponse<InputStream> stream(SampleSite site, String path) {
        return send(HttpRequest.newBuilder(URI.create(site.baseUri() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return CLIENT.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
