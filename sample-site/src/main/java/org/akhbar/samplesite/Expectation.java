package org.akhbar.samplesite;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.akhbar.samplesite.internal.Json;

/**
 * What a perfect extractor outputs for one sample page: the parsed form of its
 * {@code <name>.expected.json} golden file.
 *
 * <p>For {@link Status#NOT_ARTICLE} pages every other component is null or empty. For
 * {@link Status#ARTICLE} pages: {@code title} is the headline without the site's name;
 * {@code publishedAt} carries the offset the source writes in (a date given only as a day,
 * in the text, is the start of that day in the source's zone); {@code referenceTime} is the
 * instant the page must be treated as fetched at, which resolves dates written without a
 * year ("6 دجنبر الجاري"); {@code authors} is empty when the page names none;
 * {@code dateline} is the place the dateline names, tatweel removed ("العيون"), or null;
 * {@code paragraphs} are the body paragraphs only, whitespace collapsed to single spaces,
 * without dateline, byline, captions or "read also" links.
 */
public record Expectation(
        Status status,
        String title,
        OffsetDateTime publishedAt,
        Instant referenceTime,
        List<String> authors,
        String dateline,
        List<String> paragraphs) {

    /** What the page is. */
    public enum Status { ARTICLE, NOT_ARTICLE }

    public Expectation {
        Objects.requireNonNull(status, "status");
        authors = authors == null ? List.of() : List.copyOf(authors);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /**
     * Parses the golden JSON. Throws {@link IllegalArgumentException} when it is malformed,
     * has an unknown status or an article lacks its title.
     */
    public static Expectation parse(String json) {
        if (!(Json.parse(json) instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("expectation must be a JSON object");
        }
        Status status = Status.valueOf(string(map, "status"));
        if (status == Status.NOT_ARTICLE) {
            return new Expectation(status, null, null, null, List.of(), null, List.of());
        }
        String title = string(map, "title");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("article expectation without title");
        }
        String published = string(map, "publishedAt");
        String reference = string(map, "referenceTime");
        return new Expectation(
                status,
                title,
                published == null ? null : OffsetDateTime.parse(published),
                reference == null ? null : Instant.parse(reference),
                strings(map, "authors"),
                string(map, "dateline"),
                strings(map, "paragraphs"));
    }

    private static String string(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException(key + " must be a string");
        }
        return (String) value;
    }

    private static List<String> strings(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(key + " must be an array");
        }
        List<String> out = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof String s)) {
                throw new IllegalArgumentException(key + " must hold strings");
            }
            out.add(s);
        }
        return out;
    }
}
