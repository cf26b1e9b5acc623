package org.akhbar.scraper.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.akhbar.domain.Outcome;
import org.akhbar.domain.RawPage;

/**
 * What one fetch gave: either a usable response (a 2xx of an accepted type within the size
 * limit, content-encoding already decoded) or the {@link Outcome} that ends the URL's
 * journey (skipped or failed, with the reason).
 *
 * @param url the URL asked for
 * @param finalUrl the URL that answered, after redirects (equal to {@code url} on failure before any)
 * @param status the final HTTP status, or 0 when no response arrived
 * @param headers response headers with lower-case names (the content-encoding header removed
 *     when the body was decoded)
 * @param body the body bytes, decompressed but not charset-decoded; empty on failure
 * @param failure null for a usable response; otherwise why not
 * @param retryable for a failure, whether trying again later may help (timeouts, 5xx, 429)
 */
public record FetchResult(
        URI url,
        URI finalUrl,
        int status,
        Map<String, List<String>> headers,
        byte[] body,
        Instant fetchedAt,
        Outcome failure,
        boolean retryable) {

    public FetchResult {
        Objects.requireNonNull(url, "url");
        finalUrl = finalUrl == null ? url : finalUrl;
        TreeMap<String, List<String>> lower = new TreeMap<>();
        if (headers != null) {
            headers.forEach((k, v) -> lower.merge(k.toLowerCase(Locale.ROOT), List.copyOf(v),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        }
        headers = java.util.Collections.unmodifiableMap(lower);
        body = body == null ? new byte[0] : body;
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        if (failure != null && failure.kind() != Outcome.Kind.SKIPPED && failure.kind() != Outcome.Kind.FAILED) {
            throw new IllegalArgumentException("a fetch failure is skipped or failed, not " + failure.kind());
        }
    }

    static FetchResult ok(URI url, URI finalUrl, int status, Map<String, List<String>> headers, byte[] body,
            Instant fetchedAt) {
        return new FetchResult(url, finalUrl, status, headers, body, fetchedAt, null, false);
    }

    static FetchResult skipped(URI url, URI finalUrl, int status, String reason) {
        return new FetchResult(url, finalUrl, status, Map.of(), null, Instant.now(), Outcome.skipped(reason), false);
    }

    static FetchResult failed(URI url, URI finalUrl, int status, String reason, boolean retryable) {
        return new FetchResult(url, finalUrl, status, Map.of(), null, Instant.now(), Outcome.failed(reason), retryable);
    }

    /** This failure re-addressed: asked for {@code asked}, ended at {@code reached}. */
    FetchResult withUrls(URI asked, URI reached) {
        return new FetchResult(asked, reached, status, headers, body, fetchedAt, failure, retryable);
    }

    /** True when the response is usable. */
    public boolean isOk() {
        return failure == null;
    }

    /** The first value of header {@code name} (case-insensitive), or null. */
    public String header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The Content-Type header, or null. */
    public String contentType() {
        return header("content-type");
    }

    /** This response as a raw page to archive for {@code sourceId}. */
    public RawPage toRawPage(String sourceId) {
        return new RawPage(sourceId, url.toString(), finalUrl.toString(), status, headers, body, fetchedAt);
    }
}
