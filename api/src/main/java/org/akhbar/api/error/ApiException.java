package org.akhbar.api.error;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An error the API raises on purpose: it knows its {@link ProblemType}, and its message is
 * written for the client, so it becomes the problem's {@code detail} verbatim.
 */
public abstract class ApiException extends RuntimeException {
    private final ProblemType type;

    protected ApiException(ProblemType type, String detail) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.type = Objects.requireNonNull(type, "type");
    }

    public ProblemType type() {
        return type;
    }

    /** The client-facing explanation. */
    public String detail() {
        return getMessage();
    }

    /** When the client may try again, sent as {@code Retry-After}; empty when the error does not pass. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
