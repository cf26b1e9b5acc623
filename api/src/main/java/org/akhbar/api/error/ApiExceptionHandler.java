package org.akhbar.api.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Answers an {@link ApiException} with its status and problem type, and {@code Retry-After}
 * (whole seconds, at least 1) when the error says when to come back. The body is built by
 * the {@link ErrorResponseProcessor}, so our errors and the framework's share one shape.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Requires(classes = {ApiException.class, ExceptionHandler.class})
public final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<?>> {
    private final ErrorResponseProcessor<?> processor;

    public ApiExceptionHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ApiException exception) {
        MutableHttpResponse<?> response = HttpResponse.status(exception.type().status());
        exception.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(wait)));
        return processor.processResponse(
                ErrorContext.builder(request).cause(exception).errorMessage(exception.detail()).build(), response);
    }

    // Retry-After counts whole seconds (RFC 9110); rounding down to 0 would invite an instant retry.
    static String retryAfterSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() == 0 ? 0 : 1);
        return Long.toString(Math.max(1, seconds));
    }
}
