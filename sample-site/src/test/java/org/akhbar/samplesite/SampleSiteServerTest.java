package org.akhbar.samplesite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleSiteServerTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final List<String> DISCOVERY_FILES = List.of(
            "/robots.txt", "/wadi/feed.xml", "/qadim/atom.xml", "/bawaba/sitemap.xml",
            "/bawaba/sitemap-news.xml", "/traps/broken-feed.xml");

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
    void bindsToTheLoopbackAddressOnAnEphemeralPort() {
        assertThat(site.baseUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(site.baseUri().getPort()).isPositive();
        assertThat(site.baseUri().getPath()).isEmpty();
    }

    @Test
    void aWithdrawnPageAnswersGoneWhileTheOthersStay() {
        try (SampleSite own = SampleSite.start(0)) {
            own.withdraw("/wadi/smara-derby.html");
            assertThat(Http.get(own, "/wadi/smara-derby.html").statusCode()).isEqualTo(410);
            assertThat(Http.get(own, "/wadi/tangier-book-fair.html").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aWithdrawnPageAnswersHeadWithGoneAndNoBody() {
        try (SampleSite own = SampleSite.start(0)) {
            own.withdraw("/wadi/smara-derby.html");
            HttpRequest head = HttpRequest.newBuilder(URI.create(own.baseUri() + "/wadi/smara-derby.html"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
            for (int i = 0; i < 3; i++) {
                HttpResponse<byte[]> response = Http.send(head, HttpResponse.BodyHandlers.ofByteArray());
                assertThat(response.statusCode()).isEqualTo(410);
                assertThat(response.body()).isEmpty();
            }
        }
    }

    @Test
    void servesEveryPageWithTheContentTypeOfItsSite() {
        for (SamplePage page : allPages()) {
            HttpResponse<byte[]> response = Http.get(site, page.path());
            assertThat(response.statusCode()).as(page.path()).isEqualTo(200);
            String expected = switch (page.path()) {
                case "/qadim/news/dam-reserves-rise.html" -> "text/html";
                case "/traps/mislabelled.html" -> "text/html; charset=iso-8859-1";
                default -> page.sourceId().equals("qadim")
                        ? "text/html; charset=windows-1256" : "text/html; charset=utf-8";
            };
            assertThat(response.headers().firstValue("Content-Type")).as(page.path()).hasValue(expected);
        }
    }

    @Test
    void servesFeedsSitemapsAndRobotsWithTheirMediaTypes() {
        assertThat(contentTypeAt("/wadi/feed.xml")).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(contentTypeAt("/qadim/atom.xml")).isEqualTo("application/atom+xml; charset=utf-8");
        assertThat(contentTypeAt("/bawaba/sitemap.xml")).isEqualTo("application/xml; charset=utf-8");
        assertThat(contentTypeAt("/bawaba/sitemap-archive.xml.gz")).isEqualTo("application/x-gzip");
        assertThat(contentTypeAt("/robots.txt")).isEqualTo("text/plain; charset=utf-8");
        assertThat(contentTypeAt("/bawaba/media/photo.jpg")).isEqualTo("image/jpeg");
    }

    @Test
    void replacesEveryBasePlaceholderWithTheServersAddress() {
        List<String> paths = new ArrayList<>(DISCOVERY_FILES);
        allPages().forEach(p -> paths.add(p.path()));
        for (String path : paths) {
            String body = new String(Http.get(site, path).body(), StandardCharsets.ISO_8859_1);
            assertThat(body).as(path).doesNotContain("{{BASE}}").contains(site.baseUri() + "/");
        }
    }

    @Test
    void keepsWindows1256BytesIntactAfterSubstitution() {
        byte[] body = Http.get(site, "/qadim/news/ouarzazate-hospital.html").body();

        assertThat(new String(body, WINDOWS_1256))
                .contains("المستشفى الإقليمي الجديد بورزازات")
                .contains("14 تشرين الأول 2025")
                .contains(site.baseUri() + "/qadim/");
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void declaresTheCharsetOfOneLegacyPageOnlyInItsMetaTag() {
        HttpResponse<byte[]> response = Http.get(site, "/qadim/news/dam-reserves-rise.html");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(new String(response.body(), WINDOWS_1256))
                .contains("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">")
                .contains("سد بين الويدان");
    }

    @Test
    void answers404ForUnknownPathsFoldersOfNothingAndTheGoldenFiles() {
        assertThat(Http.get(site, "/wadi/no-such-article.html").statusCode()).isEqualTo(404);
        assertThat(Http.get(site, "/nothing/").statusCode()).isEqualTo(404);
        assertThat(Http.get(site, "/wadi/smara-derby.expected.json").statusCode()).isEqualTo(404);
        assertThat(Http.get(site, "/articles.tsv").statusCode()).isEqualTo(404);
        assertThat(Http.get(site, "/pages.tsv").statusCode()).isEqualTo(404);
    }

    @Test
    void redirectsAFolderWithoutItsSlashAndServesItsIndexWithIt() {
        HttpResponse<byte[]> bare = Http.get(site, "/wadi");
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(bare.headers().firstValue("Location")).hasValue(site.baseUri() + "/wadi/");

        HttpResponse<byte[]> folder = Http.get(site, "/wadi/");
        assertThat(folder.statusCode()).isEqualTo(200);
        assertThat(folder.body()).isEqualTo(site.render("/wadi/index.html"));
    }

    @Test
    void rendersExactlyTheBytesItServes() {
        for (String path : List.of("/wadi/feed.xml", "/qadim/news/rose-festival.html",
                "/bawaba/sitemap-archive.xml.gz", "/traps/image.jpg")) {
            assertThat(site.render(path)).as(path).isEqualTo(Http.get(site, path).body());
        }
        assertThatThrownBy(() -> site.render("/traps/slow.html")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> site.render("/wadi/../robots.txt")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answers304WhenTheClientAlreadyHoldsTheSameVersion() {
        HttpResponse<byte[]> first = Http.get(site, "/wadi/feed.xml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> byEtag = Http.send(HttpRequest.newBuilder(URI.create(site.baseUri() + "/wadi/feed.xml"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> byDate = Http.send(HttpRequest.newBuilder(URI.create(site.baseUri() + "/wadi/feed.xml"))
                .header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> otherEtag = Http.send(HttpRequest.newBuilder(URI.create(site.baseUri() + "/wadi/feed.xml"))
                .header("If-None-Match", "\"something-else\"").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(otherEtag.statusCode()).isEqualTo(200);
        assertThat(otherEtag.body()).isEqualTo(first.body());
    }

    @Test
    void answersHeadWithTheHeadersOfGetAndNoBody() {
        HttpResponse<byte[]> head = Http.send(HttpRequest.newBuilder(URI.create(site.baseUri() + "/robots.txt"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValue(Integer.toString(site.render("/robots.txt").length));
    }

    @Test
    void refusesMethodsOtherThanGetAndHead() {
        HttpResponse<byte[]> post = Http.send(HttpRequest.newBuilder(URI.create(site.baseUri() + "/wadi/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void robotsTxtForbidsThePrivateDraftsToEveryCrawlerAndNamesTheSitemap() {
        String robots = new String(Http.get(site, "/robots.txt").body(), StandardCharsets.UTF_8);
        String everyone = robots.substring(robots.indexOf("User-agent: *"));
        everyone = everyone.substring(0, everyone.indexOf("\n\n"));

        assertThat(everyone).contains("Disallow: /bawaba/private/");
        assertThat(robots).contains("Sitemap: " + site.baseUri() + "/bawaba/sitemap.xml");
        assertThat(Http.get(site, "/bawaba/private/election-coverage-draft.html").statusCode())
                .as("the server itself does not enforce robots.txt").isEqualTo(200);
    }

    @Test
    void twoServersRunSideBySideEachWithItsOwnAddress() {
        try (SampleSite other = SampleSite.start(0)) {
            assertThat(other.baseUri()).isNotEqualTo(site.baseUri());
            assertThat(new String(other.render("/wadi/feed.xml"), StandardCharsets.UTF_8))
                    .contains(other.baseUri() + "/wadi/")
                    .doesNotContain(site.baseUri().toString());
        }
    }

    @Test
    void letsTheLauncherPrepareBeforeTheFirstRequestAndReleasesThePortWhenPreparationFails() throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> yaml = new java.util.concurrent.atomic.AtomicReference<>();
        try (SampleSite other = SampleSite.start(0, bound -> yaml.set(bound.sourcesYaml()))) {
            assertThat(yaml.get()).isEqualTo(other.sourcesYaml());
        }

        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        assertThatThrownBy(() -> SampleSite.start(port, bound -> {
            throw new IllegalStateException("cannot write the sources file");
        })).hasMessageContaining("sources file");
        try (SampleSite again = SampleSite.start(port)) {
            assertThat(again.baseUri().getPort()).isEqualTo(port);
        }
    }

    @Test
    void closingStopsServingAndMayBeRepeated() {
        SampleSite other = SampleSite.start(0);
        URI robots = URI.create(other.baseUri() + "/robots.txt");
        assertThat(Http.get(robots).statusCode()).isEqualTo(200);

        other.close();
        other.close();

        assertThatThrownBy(() -> Http.get(robots)).isInstanceOf(java.io.UncheckedIOException.class);
    }

    private static String contentTypeAt(String path) {
        HttpResponse<byte[]> response = Http.get(site, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.headers().firstValue("Content-Type").orElseThrow();
    }

    private static List<SamplePage> allPages() {
        List<SamplePage> all = new ArrayList<>(SampleSite.pages());
        all.addAll(SampleSite.trapPages());
        return all;
    }
}
