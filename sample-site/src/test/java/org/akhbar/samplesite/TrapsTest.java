package org.akhbar.samplesite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

class TrapsTest {

    private static SampleSite site;

    @BeforeAll
    static void start() {
        site = SampleSite.start(0);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void slowPageAnswersNoSoonerThanTheSecondsAsked() {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = Http.get(site, "/traps/slow.html?seconds=1");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(1000);
        assertThat(Http.get(site, "/traps/slow.html?seconds=0").statusCode()).isEqualTo(200);
    }

    @Test
    void hugePageStreamsFiftyMegabytesWithoutAnnouncingItsLength() throws Exception {
        HttpResponse<InputStream> response = Http.stream(site, "/traps/huge.html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).isEmpty();

        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        byte[] head = null;
        try (InputStream in = response.body()) {
            for (int n; (n = in.read(buffer)) > 0; total += n) {
                if (head == null) {
                    head = java.util.Arrays.copyOf(buffer, n);
                }
            }
        }

        assertThat(total).isGreaterThanOrEqualTo(50L * 1024 * 1024);
        assertThat(new String(head, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void hugePageSizeFollowsTheMegabytesAsked() {
        assertThat(Http.get(site, "/traps/huge.html?mb=2").body().length)
                .isGreaterThanOrEqualTo(2 * 1024 * 1024)
                .isLessThan(3 * 1024 * 1024);
    }

    @Test
    void redirectLoopSendsTheClientBackToTheSameUrl() {
        HttpResponse<byte[]> response = Http.get(site, "/traps/redirect-loop");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(site.baseUri() + "/traps/redirect-loop");
    }

    @Test
    void redirectChainTakesExactlyTheHopsAskedBeforeAPage() {
        URI next = URI.create(site.baseUri() + "/traps/redirect-chain?n=10");
        int hops = 0;
        HttpResponse<byte[]> response = Http.get(next);
        while (response.statusCode() == 302) {
            hops++;
            next = URI.create(response.headers().firstValue("Location").orElseThrow());
            response = Http.get(next);
        }

        assertThat(hops).isEqualTo(10);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void imageIsServedAsJpegBytes() {
        HttpResponse<byte[]> response = Http.get(site, "/traps/image.jpg");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(response.body()[0] & 0xff).isEqualTo(0xFF);
        assertThat(response.body()[1] & 0xff).isEqualTo(0xD8);
        assertThat(response.body()).isEqualTo(site.render("/traps/image.jpg"));
    }

    @Test
    void brokenFeedIsAFeedCutOffMidItem() {
        HttpResponse<byte[]> response = Http.get(site, "/traps/broken-feed.xml");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=utf-8");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("<rss").contains("<item>");
        assertThatThrownBy(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body())))
                .isInstanceOf(SAXParseException.class);
    }

    @Test
    void serverErrorTrapAnswers500() {
        assertThat(Http.get(site, "/traps/500").statusCode()).isEqualTo(500);
    }

    @Test
    void mislabelledPageClaimsLatin1ButHoldsWindows1256Arabic() {
        HttpResponse<byte[]> response = Http.get(site, "/traps/mislabelled.html");
        SamplePage page = SampleSite.trapPages().stream()
                .filter(p -> p.path().equals("/traps/mislabelled.html")).findFirst().orElseThrow();

        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=iso-8859-1");
        assertThat(new String(response.body(), Charset.forName("windows-1256"))).contains(page.expectation().title());
        assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).doesNotContain(page.expectation().title());
    }

    @Test
    void malformedPageLeavesItsTagsUnbalanced() {
        String html = new String(Http.get(site, "/traps/malformed.html").body(), StandardCharsets.UTF_8);

        assertThat(count(html, "<div")).isGreaterThan(count(html, "</div>"));
        assertThat(html).contains("<h1>").doesNotContain("</h1>").contains("</h2>");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
