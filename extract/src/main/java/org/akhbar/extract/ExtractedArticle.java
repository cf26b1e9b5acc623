package org.akhbar.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The clean article found in a page.
 *
 * @param canonicalUrl absolute; from {@code <link rel=canonical>} or {@code og:url}, else the page URL
 * @param publishedAt null when no date could be found
 * @param dateline the place named in the dateline ("العيون"), or null
 * @param paragraphs the body, one whitespace-normalised entry per paragraph
 * @param language e.g. "ar", "en", "fr"
 * @param charset the charset the bytes were decoded with
 */
public record ExtractedArticle(
        String title,
        String canonicalUrl,
        OffsetDateTime publishedAt,
        List<String> authors,
        String dateline,
        List<String> paragraphs,
        String language,
        String charset) {}
