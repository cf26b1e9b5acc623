package org.akhbar.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.MediaType;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: the body of every error response of the API, sent as
 * {@value #MEDIA_TYPE}.
 *
 * <p>{@code type} is a stable URI a client can switch on ({@link ProblemType}); {@code title}
 * is the short human summary of that type; {@code detail} explains this occurrence and never
 * carries internal detail (exception messages, stack traces); {@code instance} is the request
 * path that failed.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(String type, String title, int status, String detail, String instance) {

    /** The media type of every error response. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** {@link #MEDIA_TYPE} as a Micronaut media type. */
    public static final MediaType MEDIA = MediaType.of(MEDIA_TYPE);
}
