package org.akhbar.search.query;

import java.util.List;

/**
 * A page of hits and the total number of matching articles.
 *
 * @param total how many articles match; exact when {@code totalExact}, else a lower bound
 * @param totalExact false when more articles match than a ranked search counts (at least
 *     {@link ArticleSearcher#EXACT_TOTAL_UP_TO}): counting every match of a common word would
 *     keep the ranking from skipping the documents that cannot reach the page
 */
public record SearchResult(long total, boolean totalExact, int page, int size, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
