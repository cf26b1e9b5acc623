package org.akhbar.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One news article as stored and indexed.
 *
 * <p>Invariants: {@code url}, {@code canonicalUrl}, {@code sourceId} and {@code title} are
 * non-blank; {@code paragraphs} holds the body, one entry per paragraph, none blank;
 * {@code id} is derived from {@code canonicalUrl}; {@code contentHash} is
 * {@link #contentHashOf} of the content fields. {@code seq} is 0 until the store assigns
 * the article its place in the change feed. {@code deletedAt} is non-null for a tombstone.
 *
 * @param publishedAt when the article was published, with the offset the page gave (or the
 *     source's time zone's offset); null when no date could be found
 * @param dateline the place named in the dateline ("العيون"), or null
 * @param language BCP-47 language code of the body, e.g. "ar"
 */
public record Article(
        ArticleId id,
        String url,
        String canonicalUrl,
        String sourceId,
        String title,
        List<String> paragraphs,
        OffsetDateTime publishedAt,
        List<String> authors,
        String dateline,
        String language,
        String contentHash,
        Instant fetchedAt,
        long seq,
        Instant deletedAt) {

    public Article {
        requireText(url, "url");
        requireText(canonicalUrl, "canonicalUrl");
        requireText(sourceId, "sourceId");
        requireText(title, "title");
        Objects.requireNonNull(id, "id");
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        for (String p : paragraphs) {
            requireText(p, "paragraph");
        }
        authors = authors == null ? List.of() : List.copyOf(authors);
        language = language == null || language.isBlank() ? "ar" : language;
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative");
        }
        if (contentHash == null) {
            contentHash = contentHashOf(title, paragraphs, publishedAt, authors, dateline);
        }
        if (dateline != null && dateline.isBlank()) {
            dateline = null;
        }
    }

    /**
     * A new, not yet stored article (seq 0, not deleted); id and content hash are derived.
     */
    public static Article create(
            String url,
            String canonicalUrl,
            String sourceId,
            String title,
            List<String> paragraphs,
            OffsetDateTime publishedAt,
            List<String> authors,
            String dateline,
            String language,
            Instant fetchedAt) {
        return new Article(
                ArticleId.ofCanonicalUrl(canonicalUrl),
                url,
                canonicalUrl,
                sourceId,
                title,
                paragraphs,
                publishedAt,
                authors,
                dateline,
                language,
                null,
                fetchedAt,
                0,
                null);
    }

    /** The body: the paragraphs separated by a single {@code \n}. */
    public String body() {
        return String.join("\n", paragraphs);
    }

    /** True for a tombstone: the article was deleted and the index must drop it. */
    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** This article with the change-feed position the store assigned. */
    public Article withSeq(long newSeq) {
        return new Article(id, url, canonicalUrl, sourceId, title, paragraphs, publishedAt, authors,
                dateline, language, contentHash, fetchedAt, newSeq, deletedAt);
    }

    /** This article as a tombstone deleted at {@code when}. */
    public Article deleted(Instant when) {
        return new Article(id, url, canonicalUrl, sourceId, title, paragraphs, publishedAt, authors,
                dateline, language, contentHash, fetchedAt, seq, Objects.requireNonNull(when));
    }

    /**
     * The hash that decides whether a re-fetched article changed. It covers what a reader
     * sees (title, body, date, authors, dateline) and not the fetch time, so fetching an
     * unchanged page again does not move the article in the change feed.
     */
    public static String contentHashOf(
            String title, List<String> paragraphs, OffsetDateTime publishedAt, List<String> authors,
            String dateline) {
        StringBuilder sb = new StringBuilder();
        // A unit separator cannot appear in extracted text, so fields cannot run together.
        char us = '\u001f';
        sb.append(title).append(us);
        for (String p : paragraphs) {
            sb.append(p).append('\u001e');
        }
        sb.append(us).append(publishedAt == null ? "" : publishedAt.toInstant().toString());
        sb.append(us).append(authors == null ? "" : String.join("\u001e", authors));
        sb.append(us).append(dateline == null ? "" : dateline);
        return Hashes.sha256Hex(sb.toString());
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
