package org.akhbar.api.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for exceptions no more specific handler claims: logs the full exception
 * server-side with the request line, and answers a 500 problem whose detail says nothing
 * about the cause. Micronaut prefers the handler of the closest exception type, so its own
 * handlers (conversion errors, unsatisfied arguments, HTTP status exceptions) still win.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Requires(classes = {Exception.class, ExceptionHandler.class})
public final class UnexpectedErrorHandler implements ExceptionHandler<Exception, HttpResponse<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final ErrorResponseProcessor<?> processor;

    public UnexpectedErrorHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        LOG.error("Unexpected error answering {} {}", request.getMethodName(), request.getPath(), exception);
        return processor.processResponse(
                ErrorContext.builder(request).cause(exception).build(),
                HttpResponse.serverError());
    }
}
