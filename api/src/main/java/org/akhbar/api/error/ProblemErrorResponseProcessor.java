package org.akhbar.api.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Turns every error response the server produces, ours and Micronaut's own (unknown route,
 * method not allowed, unacceptable media type, conversion failures, uncaught exceptions),
 * into an {@code application/problem+json} {@link Problem}.
 *
 * <p>Being a bean of type {@link ErrorResponseProcessor} replaces Micronaut's default one,
 * so there is a single place that decides what an error looks like. A 5xx answer never
 * carries the cause's message: only a fixed, generic detail.
 */
@Singleton
public final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        Problem problem = problemFor(context, response.status());
        return response.body(problem).contentType(Problem.MEDIA);
    }

    /** The problem for an error of {@code status} in {@code context}. */
    static Problem problemFor(ErrorContext context, HttpStatus status) {
        String instance = instanceOf(context.getRequest());
        Optional<Throwable> cause = context.getRootCause();
        if (cause.isPresent() && cause.get() instanceof ApiException api) {
            return api.type().problem(api.detail(), instance);
        }
        int code = status.getCode();
        if (code >= 500) {
            // Whatever went wrong inside must not leak: messages can name classes, files, SQL.
            if (status == HttpStatus.SERVICE_UNAVAILABLE) {
                return ProblemType.INDEX_UNAVAILABLE.problem(
                        "The service cannot answer at the moment; try again later.", instance);
            }
            return new Problem(ProblemType.INTERNAL_ERROR.uri(), ProblemType.INTERNAL_ERROR.title(), code,
                    "An unexpected error occurred; it has been logged.", instance);
        }
        if (code == HttpStatus.NOT_FOUND.getCode()) {
            return new Problem("about:blank", status.getReason(), code, "Nothing is served at this path.", instance);
        }
        if (code == HttpStatus.BAD_REQUEST.getCode()) {
            // Framework 400s (a value that does not convert, a missing argument) are parameter problems.
            return ProblemType.INVALID_PARAMETER.problem(firstMessage(context, status), instance);
        }
        return new Problem("about:blank", status.getReason(), code, firstMessage(context, status), instance);
    }

    private static String firstMessage(ErrorContext context, HttpStatus status) {
        return context.getErrors().stream()
                .map(Error::getMessage)
                .filter(m -> m != null && !m.isBlank())
                .findFirst()
                .orElse(status.getReason());
    }

    private static String instanceOf(HttpRequest<?> request) {
        // The raw path can hold anything a client sent; the decoded path is what the client meant.
        try {
            return request.getPath();
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}
