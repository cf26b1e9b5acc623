package org.akhbar.search.query;

import java.time.Instant;
import java.util.List;

/**
 * One search as the API receives it, already validated.
 *
 * @param query the user's query text (may be anything a user types: quotes, +, -, junk)
 * @param sources source ids to restrict to; empty for all
 * @param from inclusive lower bound on publishedAt, or null
 * @param to exclusive upper bound on publishedAt, or null
 * @param page 1-based page number
 * @param size hits per page (1..100)
 */
public record SearchRequest(String query, List<String> sources, Instant from, Instant to, int page, int size) {
    public SearchRequest {
        query = query == null ? "" : query;
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1");
        }
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size must be between 1 and 100");
        }
    }
}
