package org.akhbar.tools.extract;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.akhbar.extract.ExtractedArticle;
import org.akhbar.extract.Extraction;

/** The JSON shape {@code ./akhbar extract} prints: fields in a fixed, readable order. */
final class ExtractionJson {

    private ExtractionJson() {}

    /**
     * The extraction as an ordered map: {@code outcome} ("article", "not_article" or
     * "unreadable"), {@code reason} when there is no article, then the article's title,
     * publishedAt (ISO-8601 with offset, or null), authors, dateline, language, canonicalUrl,
     * charset and paragraphs.
     */
    static Map<String, Object> of(Extraction extraction) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("outcome", extraction.status().name().toLowerCase(Locale.ROOT));
        if (extraction.reason() != null) {
            out.put("reason", extraction.reason());
        }
        ExtractedArticle a = extraction.article();
        if (a != null) {
            out.put("title", a.title());
            // Always with seconds: OffsetDateTime.toString() drops ":00", which some readers reject.
            out.put("publishedAt", a.publishedAt() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.publishedAt()));
            out.put("authors", a.authors());
            out.put("dateline", a.dateline());
            out.put("language", a.language());
            out.put("canonicalUrl", a.canonicalUrl());
            out.put("charset", a.charset());
            out.put("paragraphs", a.paragraphs());
        }
        return out;
    }
}
