package org.akhbar.api.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** A route that fails the way a bug would, carrying a message that must not reach clients. */
@Controller("/test")
@Requires(property = "akhbar.test.boom", value = "true")
class BoomController {
    static final String SECRET = "secret-detail-at-/var/lib/akhbar/index";

    @Get("/boom")
    String boom() {
        throw new IllegalStateException(SECRET);
    }

    @Get("/checked")
    String checked() throws java.io.IOException {
        throw new java.io.IOException(SECRET);
    }
}
