package org.akhbar.api.openapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI document that the micronaut-openapi annotation processor writes at
 * build time, under the stable address {@code /openapi.yml} (it is also under
 * {@code /swagger/}). The file name follows from the title and version below.
 */
@OpenAPIDefinition(info = @Info(
        title = "Akhbar API",
        version = "1.0",
        description = "Search Arabic news collected, cleaned and indexed by Akhbar. Every error is "
                + "application/problem+json (RFC 9457).",
        license = @License(name = "Apache-2.0")))
@Controller
@Hidden
public class OpenApiController {
    /** Where the processor writes the document: {@code META-INF/swagger/<title>-<version>.yml}. */
    static final String RESOURCE = "META-INF/swagger/akhbar-api-1.0.yml";
    static final MediaType YAML = MediaType.of("application/yaml");

    private final byte[] document;

    public OpenApiController() {
        this.document = load();
    }

    @Get(uri = "/openapi.yml", produces = "application/yaml")
    public HttpResponse<byte[]> openApi() {
        if (document == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "The OpenAPI document was not generated in this build.");
        }
        return HttpResponse.ok(document).contentType(YAML);
    }

    // The document is small and fixed for the life of the process: read it once.
    private static byte[] load() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
