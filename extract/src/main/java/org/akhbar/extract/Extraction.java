package org.akhbar.extract;

/**
 * The outcome of extracting one page: an article, or a clear reason why there is none.
 *
 * @param reason a few words on why the page is not an article or unreadable; null for ARTICLE
 * @param article the article when {@code status == ARTICLE}, else null
 */
public record Extraction(Status status, String reason, ExtractedArticle article) {
    /** What the page turned out to be. */
    public enum Status { ARTICLE, NOT_ARTICLE, UNREADABLE }
}
