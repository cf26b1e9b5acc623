package org.akhbar.api.error;

import io.micronaut.http.HttpStatus;

/**
 * The problem types the API answers with. Each has a stable URI (the contract clients switch
 * on) and a title; statuses without a type of their own use {@code about:blank} and the
 * status's reason phrase, as RFC 9457 prescribes.
 */
public enum ProblemType {
    INVALID_PARAMETER("invalid-parameter", "Invalid parameter", HttpStatus.BAD_REQUEST),
    ARTICLE_NOT_FOUND("article-not-found", "Article not found", HttpStatus.NOT_FOUND),
    INDEX_UNAVAILABLE("index-unavailable", "Search index unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    SEARCH_OVERLOADED("search-overloaded", "Too many searches at once", HttpStatus.SERVICE_UNAVAILABLE),
    INTERNAL_ERROR("internal-error", "Internal server error", HttpStatus.INTERNAL_SERVER_ERROR);

    /** Where the problem type URIs live; each type's page documents its meaning. */
    public static final String BASE = "https://akhbar.dev/problems/";

    private final String uri;
    private final String title;
    private final HttpStatus status;

    ProblemType(String slug, String title, HttpStatus status) {
        this.uri = BASE + slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }

    /** A problem of this type about the request path {@code instance}. */
    public Problem problem(String detail, String instance) {
        return new Problem(uri, title, status.getCode(), detail, instance);
    }
}
