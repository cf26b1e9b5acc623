package org.akhbar.api.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.akhbar.api.error.ArticleNotFoundException;
import org.akhbar.api.error.Problem;
import org.akhbar.api.index.IndexHolder;
import org.akhbar.domain.ArticleId;
import org.akhbar.search.query.SearchRequest;
import org.akhbar.search.query.SearchResult;

/**
 * Version 1 of the JSON API: search and article lookup over the index the indexer writes.
 * Parameters arrive as text and are validated by {@link SearchParameters}, so that every bad
 * value yields a 400 problem naming the parameter instead of a framework conversion error.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "search", description = "Search Arabic news articles")
public class SearchController {
    private final IndexHolder index;
    private final SearchGate gate;

    public SearchController(IndexHolder index, SearchGate gate) {
        this.index = index;
        this.gate = gate;
    }

    @Get(uri = "/search", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Search articles",
            description = "Full-text search with Arabic-aware analysis (clitics, alef and hamza forms, tatweel). "
                    + "Dates given as yyyy-MM-dd are read in UTC: 'from' is the start of that day, 'to' the end of "
                    + "that day (inclusive). Full ISO-8601 date-times are exact: 'from' inclusive, 'to' exclusive.")
    @ApiResponse(responseCode = "200", description = "A page of hits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchResponse.class)))
    @ApiResponse(responseCode = "400", description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "The index cannot be read (index-unavailable), or the server "
            + "is answering as many searches as it can (search-overloaded, with Retry-After in seconds)",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again "
                    + "(search-overloaded only)", schema = @Schema(type = "integer")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchResponse search(
            @Parameter(description = "Query text; \"quoted phrases\", +required and -excluded words are understood. "
                    + "At most " + SearchParameters.MAX_QUERY_LENGTH + " characters; empty matches nothing.",
                    example = "طنجة")
            @Nullable @QueryValue("q") List<String> q,
            @Parameter(description = "Source ids to restrict to; repeat the parameter or separate with commas",
                    array = @ArraySchema(schema = @Schema(type = "string", example = "wadi")))
            @Nullable @QueryValue("source") List<String> source,
            @Parameter(description = "Earliest publication: yyyy-MM-dd (UTC start of day) or ISO-8601 date-time",
                    example = "2025-12-01")
            @Nullable @QueryValue("from") String from,
            @Parameter(description = "Latest publication: yyyy-MM-dd (UTC end of day, inclusive) or ISO-8601 "
                    + "date-time (exclusive)", example = "2025-12-31")
            @Nullable @QueryValue("to") String to,
            @Parameter(description = "1-based page number", schema = @Schema(type = "integer", minimum = "1",
                    defaultValue = "1"))
            @Nullable @QueryValue("page") String page,
            @Parameter(description = "Hits per page", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "" + SearchParameters.MAX_SIZE, defaultValue = "" + SearchParameters.DEFAULT_SIZE))
            @Nullable @QueryValue("size") String size) throws IOException {
        SearchRequest request = SearchParameters.parse(q, source, from, to, page, size);
        TimedResult timed = gate.run(() -> {
            long started = System.nanoTime();
            SearchResult result = index.searcher().search(request);
            return new TimedResult(result, (System.nanoTime() - started) / 1_000_000);
        });
        return SearchResponse.of(timed.result(), timed.tookMs());
    }

    // The time is the search's own, without the wait for a slot.
    private record TimedResult(SearchResult result, long tookMs) {}

    @Get(uri = "/articles/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One article", description = "The stored article with this id, body paragraphs joined by \\n.")
    @ApiResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @ApiResponse(responseCode = "404", description = "No article has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView article(
            @Parameter(description = "Article id: 16 lower-case hex digits", example = "3f2a9c0d1b7e4a55")
            @PathVariable("id") String id) throws IOException {
        if (!ArticleId.isWellFormed(id)) {
            throw new ArticleNotFoundException(id);
        }
        return index.searcher().article(new ArticleId(id))
                .map(ArticleView::of)
                .orElseThrow(() -> new ArticleNotFoundException(id));
    }
}
