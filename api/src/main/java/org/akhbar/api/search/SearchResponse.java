package org.akhbar.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.akhbar.search.query.SearchResult;

/**
 * A page of search results.
 *
 * @param total how many articles match in all; a lower bound when {@code totalExact} is false
 * @param totalExact false when more articles match than a relevance-ranked search counts
 *     (at least the first 1,000 always are)
 * @param tookMs server-side time spent searching, in milliseconds
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "SearchResponse", description = "A page of hits and the total number of matches")
public record SearchResponse(
        @Schema(description = "Number of matching articles; a lower bound when totalExact is false") long total,
        @Schema(description = "False when more articles match than a relevance-ranked search counts "
                + "(it always counts at least 1,000): total is then a lower bound") boolean totalExact,
        @Schema(description = "1-based page number") int page,
        @Schema(description = "Hits per page") int size,
        @Schema(description = "Time spent searching, in milliseconds") long tookMs,
        List<SearchHitView> hits) {

    static SearchResponse of(SearchResult result, long tookMs) {
        return new SearchResponse(result.total(), result.totalExact(), result.page(), result.size(), tookMs,
                result.hits().stream().map(SearchHitView::of).toList());
    }
}
