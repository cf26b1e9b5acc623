package org.akhbar.api.search;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.akhbar.api.error.InvalidParameterException;
import org.akhbar.search.query.SearchRequest;

/**
 * Turns the raw query parameters of {@code GET /api/v1/search} into a validated
 * {@link SearchRequest}, or throws {@link InvalidParameterException} naming the parameter.
 *
 * <p>Rules, as documented in the OpenAPI description:
 * <ul>
 *   <li>{@code q}: free text passed to the searcher's parser (quotes, {@code +}, {@code -} keep
 *       their meaning); repeated {@code q} values are joined with a space; control characters
 *       become spaces; at most {@value #MAX_QUERY_LENGTH} characters.
 *   <li>{@code source}: repeated and/or comma-separated source ids; blanks ignored, duplicates
 *       dropped; each must look like a source id (lower-case letters, digits, dashes).
 *   <li>{@code from}, {@code to}: either a date {@code yyyy-MM-dd}, read in UTC, where
 *       {@code from} means the start of that day and {@code to} the end of that day (inclusive);
 *       or an ISO-8601 instant / offset date-time, where {@code from} is inclusive and
 *       {@code to} exclusive. {@code from} must be before {@code to}.
 *   <li>{@code page} 1-based, default 1; {@code size} 1..{@value #MAX_SIZE}, default
 *       {@value #DEFAULT_SIZE}; {@code page × size} at most {@value #MAX_WINDOW}, since deep
 *       pages cost the index more than they serve a reader.
 * </ul>
 */
public final class SearchParameters {
    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;

    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private SearchParameters() {}

    /** The validated request; any argument may be null or empty (meaning: not given). */
    public static SearchRequest parse(
            List<String> q, List<String> source, String from, String to, String page, String size) {
        String query = query(q);
        List<String> sources = sources(source);
        Instant fromInstant = bound("from", from, false);
        Instant toInstant = bound("to", to, true);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw new InvalidParameterException("from", "'from' must be before 'to'.");
        }
        int pageNumber = integer("page", page, 1, 1, Integer.MAX_VALUE);
        int pageSize = integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        if ((long) pageNumber * pageSize > MAX_WINDOW) {
            throw new InvalidParameterException("page",
                    "'page' × 'size' must not exceed " + MAX_WINDOW + "; narrow the query instead.");
        }
        return new SearchRequest(query, sources, fromInstant, toInstant, pageNumber, pageSize);
    }

    static String query(List<String> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        String joined = String.join(" ", values.stream().filter(v -> v != null).toList());
        if (joined.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q",
                    "'q' is " + joined.length() + " characters long; at most " + MAX_QUERY_LENGTH + " are allowed.");
        }
        // Control characters mean nothing in a query and some parsers treat them specially.
        return CONTROL.matcher(joined).replaceAll(" ").strip();
    }

    static List<String> sources(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                String id = part.strip();
                if (id.isEmpty()) {
                    continue;
                }
                if (!SOURCE_ID.matcher(id).matches()) {
                    throw new InvalidParameterException("source",
                            "'source' values are source ids (lower-case letters, digits and dashes); got '"
                                    + shorten(id) + "'.");
                }
                ids.add(id);
            }
        }
        return List.copyOf(new ArrayList<>(ids));
    }

    /**
     * One date bound. A bare date covers the whole UTC day, so as an upper bound it becomes
     * the start of the next day (the searcher's upper bound is exclusive).
     */
    static Instant bound(String name, String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (DATE_ONLY.matcher(text).matches()) {
                LocalDate day = LocalDate.parse(text);
                return (upper ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidParameterException(name,
                    "'" + name + "' must be a date (yyyy-MM-dd) or an ISO-8601 date-time with offset"
                            + " (e.g. 2025-12-06T10:15:00+01:00); got '" + shorten(text) + "'.");
        }
    }

    static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "'" + name + "' must be a whole number; got '"
                    + shorten(value) + "'.");
        }
        if (parsed < min || parsed > max) {
            throw new InvalidParameterException(name, max == Integer.MAX_VALUE
                    ? "'" + name + "' must be at least " + min + "; got " + parsed + "."
                    : "'" + name + "' must be between " + min + " and " + max + "; got " + parsed + ".");
        }
        return parsed;
    }

    // Echo enough of a bad value to recognise it, never a wall of text or control characters.
    private static String shorten(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return CONTROL.matcher(shown).replaceAll("?");
    }
}
