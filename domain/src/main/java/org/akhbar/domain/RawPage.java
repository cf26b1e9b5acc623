package org.akhbar.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A fetched page exactly as the server sent it, archived before extraction so that
 * articles can be re-extracted without re-crawling when the extractor improves.
 *
 * @param url the URL that was requested
 * @param finalUrl the URL after redirects
 * @param status the HTTP status code
 * @param headers response headers, names lower-cased
 * @param body the response body bytes, undecoded (the store compresses them)
 * @param fetchedAt when the response arrived
 * @param bodyHash SHA-256 of the body in hex, computed here when null: identical bodies are
 *     archived once, and the crawl spots a body already seen under another URL by it
 */
public record RawPage(
        String sourceId,
        String url,
        String finalUrl,
        int status,
        Map<String, List<String>> headers,
        byte[] body,
        Instant fetchedAt,
        String bodyHash) {

    public RawPage {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(url, "url");
        finalUrl = finalUrl == null ? url : finalUrl;
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        TreeMap<String, List<String>> lower = new TreeMap<>();
        if (headers != null) {
            headers.forEach((k, v) -> lower.computeIfAbsent(k.toLowerCase(java.util.Locale.ROOT),
                    x -> new java.util.ArrayList<>()).addAll(v));
        }
        lower.replaceAll((k, v) -> List.copyOf(v));
        headers = java.util.Collections.unmodifiableMap(lower);
        body = body == null ? new byte[0] : body;
        bodyHash = bodyHash == null ? Hashes.sha256Hex(body) : bodyHash;
    }

    /** A page whose body hash is computed from its body. */
    public RawPage(String sourceId, String url, String finalUrl, int status, Map<String, List<String>> headers,
            byte[] body, Instant fetchedAt) {
        this(sourceId, url, finalUrl, status, headers, body, fetchedAt, null);
    }

    /** The first value of header {@code name} (case-insensitive), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
