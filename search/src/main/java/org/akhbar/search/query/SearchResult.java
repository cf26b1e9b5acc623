package org.akhbar.search.query;

import java.util.List;

/** A page of hits and the total number of matching articles. */
public record SearchResult(long total, int page, int size, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
