package org.akhbar.api.error;

/**
 * The index exists but cannot be opened (corrupt, unreadable). Answers 503 so a load
 * balancer retries elsewhere; an index that does not exist yet is not this error, it just
 * searches as empty.
 */
public final class IndexUnavailableException extends ApiException {
    public IndexUnavailableException() {
        super(ProblemType.INDEX_UNAVAILABLE, "The search index cannot be read at the moment; try again later.");
    }
}
