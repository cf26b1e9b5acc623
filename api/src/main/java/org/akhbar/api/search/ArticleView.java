package org.akhbar.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.akhbar.domain.Article;

/**
 * One article as the API shows it, read from the index's stored fields.
 *
 * @param body the paragraphs, separated by a single {@code \n}
 * @param publishedAt ISO-8601 with offset, or null
 * @param dateline the place named in the dateline, or null
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Article", description = "A stored article")
public record ArticleView(
        @Schema(description = "Article id (16 hex digits)") String id,
        @Schema(description = "Address of the article on its site") String url,
        @Schema(description = "Headline") String title,
        @Schema(description = "Paragraphs separated by \\n") String body,
        @Schema(description = "Source id") String source,
        @Schema(description = "Publication time, ISO-8601 with offset", nullable = true) String publishedAt,
        @Schema(description = "Place named in the dateline", nullable = true) String dateline,
        @Schema(description = "Authors, possibly none") List<String> authors) {

    static ArticleView of(Article article) {
        return new ArticleView(article.id().value(), article.url(), article.title(), article.body(),
                article.sourceId(), Dates.format(article.publishedAt()), article.dateline(), article.authors());
    }
}
