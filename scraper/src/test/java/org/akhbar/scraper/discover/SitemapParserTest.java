package org.akhbar.scraper.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SitemapParserTest {
    private final SitemapParser parser = new SitemapParser();
    private static final URI BASE = URI.create("http://portal.example.com/sitemap.xml");

    @Test
    void indexListsItsChildSitemaps() {
        Discovery d = parser.parse(Fixtures.bytes("sitemap-index.xml"), BASE);

        assertThat(d.links()).isEmpty();
        assertThat(d.sitemaps()).extracting(URI::toString).containsExactly(
                "http://portal.example.com/sitemap-news.xml", "http://portal.example.com/sitemap-archive.xml.gz");
    }

    @Test
    void urlsetGivesLinksWithLastmodFullOrDateOnly() {
        Discovery d = parser.parse(Fixtures.bytes("sitemap-news.xml"), BASE);

        assertThat(d.links()).extracting(l -> l.url().toString()).containsExactly(
                "http://portal.example.com/news/solar-farm.html", "http://portal.example.com/news/fishing-season.html");
        assertThat(d.links()).extracting(DiscoveredLink::published).containsExactly(
                Instant.parse("2025-12-03T09:00:00Z"), Instant.parse("2025-11-30T00:00:00Z"));
    }

    @Test
    void gzippedSitemapIsRecognisedByItsBytes() {
        Discovery d = parser.parse(Fixtures.bytes("sitemap-archive.xml.gz"), URI.create("http://portal.example.com/sitemap-archive.xml.gz"));

        assertThat(d.links()).extracting(l -> l.url().toString())
                .containsExactly("http://portal.example.com/archive/university-results.html");
    }

    @Test
    void brokenGzipAndBrokenXmlAreFailures() {
        byte[] fakeGzip = {0x1f, (byte) 0x8b, 1, 2, 3};
        assertThat(parser.parse(fakeGzip, BASE).failure()).isEqualTo("broken gzip in sitemap");
        assertThat(parser.parse("<urlset><url><loc>http://x".getBytes(StandardCharsets.UTF_8), BASE).failure())
                .startsWith("malformed sitemap XML");
        assertThat(parser.parse("<rss/>".getBytes(StandardCharsets.UTF_8), BASE).failure())
                .isEqualTo("not a sitemap (root element <rss>)");
    }

    @Test
    void walkerFollowsTheIndexIntoPlainAndGzippedChildren() {
        Map<String, byte[]> files = Map.of(
                "http://portal.example.com/sitemap.xml", Fixtures.bytes("sitemap-index.xml"),
                "http://portal.example.com/sitemap-news.xml", Fixtures.bytes("sitemap-news.xml"),
                "http://portal.example.com/sitemap-archive.xml.gz", Fixtures.bytes("sitemap-archive.xml.gz"));

        SitemapWalker.Result r = SitemapWalker.withDefaults().walk(BASE, u -> parser.parse(files.get(u.toString()), u));

        assertThat(r.failures()).isEmpty();
        assertThat(r.links()).extracting(l -> l.url().getPath()).containsExactly(
                "/news/solar-farm.html", "/news/fishing-season.html", "/archive/university-results.html");
    }

    @Test
    void walkerStopsAtTheDepthBoundAndReadsASelfListingIndexOnce() {
        Map<String, Integer> reads = new HashMap<>();
        // Every index lists itself and one deeper index: an endless chain without bounds.
        SitemapWalker walker = new SitemapWalker(2, 100, 100);
        SitemapWalker.Result r = walker.walk(URI.create("http://h/s0.xml"), u -> {
            reads.merge(u.toString(), 1, Integer::sum);
            int n = Integer.parseInt(u.getPath().replaceAll("\\D", ""));
            return Discovery.index(List.of(u, URI.create("http://h/s" + (n + 1) + ".xml")));
        });

        assertThat(reads).containsOnlyKeys("http://h/s0.xml", "http://h/s1.xml", "http://h/s2.xml");
        assertThat(reads.values()).containsOnly(1);
        assertThat(r.failures()).singleElement().asString().contains("deeper than 2");
    }

    @Test
    void walkerReportsChildrenThatCannotBeRead() {
        SitemapWalker.Result r = SitemapWalker.withDefaults().walk(BASE, u -> u.equals(BASE)
                ? Discovery.index(List.of(URI.create("http://portal.example.com/gone.xml")))
                : Discovery.failed("http 404"));

        assertThat(r.links()).isEmpty();
        assertThat(r.failures()).containsExactly("http://portal.example.com/gone.xml: http 404");
    }
}
