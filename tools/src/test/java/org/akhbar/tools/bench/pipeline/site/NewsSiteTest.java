package org.akhbar.tools.bench.pipeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsSiteTest {
    private static List<CorpusArticle> corpus(int n) {
        List<CorpusArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String source = i % 3 == 0 ? "Al-Wadi" : "sahil";
            out.add(new CorpusArticle("a" + i, source, "2015-07-" + (10 + i % 20) + " 10:15:00",
                    "افتتاح مكتبة عامة جديدة في الحي رقم " + i, i % 2 == 0 ? "سارة المحمد" : "",
                    "افتتحت البلدية مكتبة عامة جديدة تضم آلاف الكتب.\n\n وقال المدير إن المكتبة تفتح أبوابها يوميا <للجميع> & مجانا."));
        }
        return out;
    }

    @Test
    void everyCopyOfEveryArticleHasItsOwnPath() {
        NewsSite site = NewsSite.of(corpus(50), 3);
        Set<String> urls = new HashSet<>();
        site.sources().forEach(s -> s.pages().forEach(p -> urls.add(s.id() + p.path())));
        assertThat(site.articlePages()).isEqualTo(150);
        assertThat(urls).hasSize(150);
    }

    @Test
    void sourceNamesBecomeIdsTheScraperAccepts() {
        NewsSite site = NewsSite.of(corpus(5), 1);
        assertThat(site.sources()).extracting(NewsSite.SiteSource::id).containsExactly("al-wadi", "sahil");
    }

    @Test
    void archiveCopiesAreFiledEarlierAndOpenWithADateline() {
        NewsSite site = NewsSite.of(corpus(1), 2);
        NewsTemplate template = new NewsTemplate(site);
        List<NewsSite.ArticlePage> pages = site.sources().getFirst().pages();
        NewsSite.ArticlePage original = pages.stream().filter(p -> p.copy() == 0).findFirst().orElseThrow();
        NewsSite.ArticlePage copy = pages.stream().filter(p -> p.copy() == 1).findFirst().orElseThrow();
        assertThat(copy.published()).isEqualTo(original.published().minusYears(1));
        assertThat(template.paragraphs(original).getFirst()).startsWith("افتتحت البلدية");
        assertThat(template.paragraphs(copy).getFirst()).matches("\\p{IsArabic}[\\p{IsArabic} ]* - افتتحت البلدية.*");
    }

    @Test
    void articleMarkupEscapesTheCorpusText() {
        NewsSite site = NewsSite.of(corpus(1), 1);
        String html = new NewsTemplate(site).article(site.sources().getFirst(), 0, "http://127.0.0.1:9");
        assertThat(html).contains("يوميا &lt;للجميع&gt; &amp; مجانا").doesNotContain("<للجميع>");
        assertThat(html).contains("<article", "<h1 class=\"post-title\">", "<time datetime=\"2015-07-10T10:15:00+03:00\"",
                "<span class=\"byline\">سارة المحمد</span>");
    }

    @Test
    void aTextOfNoBreakSpacesIsNoText() {
        assertThat(new CorpusArticle("x", "s", null, "عنوان", "", "\u00a0 \u00a0").hasText()).isFalse();
        assertThat(new CorpusArticle("x", "s", null, "عنوان", "", "خبر").hasText()).isTrue();
    }

    @Test
    void sitemapsListEveryArticleOnceInFilesOfBoundedSize() {
        NewsSite site = NewsSite.of(corpus(4_000), 2);
        NewsSite.SiteSource source = site.source("sahil");
        NewsTemplate template = new NewsTemplate(site);
        assertThat(source.articleSitemaps()).isEqualTo(2);
        Set<String> listed = new HashSet<>();
        for (int n = 1; n <= source.articleSitemaps(); n++) {
            String xml = template.articleSitemap(source, n, "");
            for (String part : xml.split("<loc>")) {
                if (part.contains("</loc>")) {
                    assertThat(listed.add(part.substring(0, part.indexOf("</loc>")))).isTrue();
                }
            }
        }
        assertThat(listed).hasSize(source.pages().size());
        assertThat(template.articleSitemap(source, 3, "")).isNull();
    }

    @Test
    void theServerAnswersEachSourceOnItsOwnPortAndCountsRepeatedArticleFetches(@TempDir Path dir)
            throws IOException, InterruptedException {
        NewsSite site = NewsSite.of(corpus(6), 1);
        try (NewsSiteServer server = NewsSiteServer.start(site); HttpClient http = HttpClient.newHttpClient()) {
            assertThat(server.base("al-wadi")).isNotEqualTo(server.base("sahil"));
            Path sources = dir.resolve("sources.yml");
            Files.writeString(sources, server.sourcesYaml());
            assertThat(Files.readString(sources)).contains("sitemaps: [" + server.base("sahil") + "/sitemap.xml]");
            URI first = server.articleUrls().getFirst();
            assertThat(get(http, first).statusCode()).isEqualTo(200);
            assertThat(get(http, first).body()).contains("<h1");
            assertThat(get(http, URI.create(server.base("sahil") + "/no/such/page")).statusCode()).isEqualTo(404);
            assertThat(get(http, URI.create(server.base("sahil") + "/robots.txt")).body()).contains("Sitemap:");
            assertThat(server.log().count(RequestLog.Kind.ARTICLE)).isEqualTo(2);
            assertThat(server.log().articlesFetchedTwice()).isEqualTo(1);
            assertThat(server.log().count(RequestLog.Kind.MISSING)).isEqualTo(1);
            server.log().reset();
            assertThat(server.log().count(RequestLog.Kind.ARTICLE)).isZero();
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
