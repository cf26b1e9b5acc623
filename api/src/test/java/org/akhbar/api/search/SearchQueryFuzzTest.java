package org.akhbar.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.akhbar.api.support.Http;
import org.akhbar.api.support.NewsFixture;

/** Whatever a user types into the search box, the server answers without a 5xx. */
class SearchQueryFuzzTest {
    private static EmbeddedServer server;
    private static Http http;

    @BeforeContainer
    static void start() throws IOException {
        Path dir = Files.createTempDirectory("akhbar-api-fuzz");
        NewsFixture.writeIndex(dir);
        server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("akhbar.index-dir", dir.toString(), "micronaut.server.port", -1));
        http = new Http(server.getURI());
    }

    @AfterContainer
    static void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> arabicAndSyntax = Arbitraries.strings()
                .withCharRange('\u0600', '\u06FF')
                .withChars("\"'+-!():^[]{}~*?\\/&| ،؛؟ـ\u00a0\t\n\u0000\u200f")
                .ofMaxLength(60);
        return Arbitraries.oneOf(arabicAndSyntax, Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().all().ofMaxLength(40));
    }

    @Property(tries = 200)
    void noQueryTextCausesAServerError(@ForAll("queries") String q) {
        Http.Reply reply = http.get("/api/v1/search?q=" + Http.encode(q));

        assertThat(reply.status()).as(q).isLessThan(500);
        if (reply.status() >= 400) {
            assertThat(reply.isProblem()).isTrue();
        }
    }
}
