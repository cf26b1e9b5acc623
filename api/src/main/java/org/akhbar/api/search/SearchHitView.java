package org.akhbar.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.akhbar.search.query.SearchHit;

/**
 * One hit as the API shows it.
 *
 * @param publishedAt ISO-8601 with offset ({@code 2025-12-06T10:15:00+01:00}), or null when the
 *     article has no known date
 * @param snippet HTML: text escaped server-side, matched words wrapped in {@code <mark>}
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "SearchHit", description = "One ranked article")
public record SearchHitView(
        @Schema(description = "Article id (16 hex digits)", example = "3f2a9c0d1b7e4a55") String id,
        @Schema(description = "Address of the article on its site") String url,
        @Schema(description = "Headline") String title,
        @Schema(description = "Source id", example = "wadi") String source,
        @Schema(description = "Publication time, ISO-8601 with offset", nullable = true,
                example = "2025-12-06T10:15:00+01:00") String publishedAt,
        @Schema(description = "HTML-escaped passage with matches in <mark>") String snippet) {

    static SearchHitView of(SearchHit hit) {
        return new SearchHitView(hit.id(), hit.url(), hit.title(), hit.source(),
                Dates.format(hit.publishedAt()), hit.snippet());
    }
}
