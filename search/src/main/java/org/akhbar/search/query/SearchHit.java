package org.akhbar.search.query;

import java.time.OffsetDateTime;

/**
 * One ranked hit.
 *
 * @param snippet a short passage of the body (or title) with the matched words wrapped in
 *     {@code <mark>…</mark>}; all other text is HTML-escaped
 */
public record SearchHit(
        String id, String url, String title, String source, OffsetDateTime publishedAt, String snippet, float score) {}
