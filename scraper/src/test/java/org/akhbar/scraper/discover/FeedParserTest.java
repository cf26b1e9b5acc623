package org.akhbar.scraper.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    @Test
    void rssGivesNormalisedLinksInOrderWithPubDates() {
        Discovery d = parser.parse(Fixtures.bytes("rss-arabic.xml"), URI.create("http://news.example.ma/feed.xml"));

        assertThat(d.isFailure()).isFalse();
        assertThat(d.links()).extracting(l -> l.url().toString()).containsExactly(
                "http://news.example.ma/2025/12/rasif-jadid.html",
                "http://news.example.ma/2025/12/tumur.html",
                "http://news.example.ma/2025/12/kitab.html");
        assertThat(d.links()).extracting(DiscoveredLink::published).containsExactly(
                Instant.parse("2025-12-06T09:15:00Z"), Instant.parse("2025-12-05T08:00:00Z"), null);
    }

    @Test
    void atomTakesTheAlternateLinkResolvedAgainstXmlBase() {
        Discovery d = parser.parse(Fixtures.bytes("atom.xml"), URI.create("http://old.example.sy/atom.xml"));

        assertThat(d.links()).extracting(l -> l.url().toString()).containsExactly(
                "http://old.example.sy/news/tahliya.html", "http://old.example.sy/news/harr.html");
        // published wins over updated; updated stands in when there is no published
        assertThat(d.links()).extracting(DiscoveredLink::published).containsExactly(
                Instant.parse("2025-10-14T06:00:00Z"), Instant.parse("2025-08-02T07:30:00Z"));
    }

    @Test
    void truncatedFeedIsAFailureWithAReason() {
        Discovery d = parser.parse(Fixtures.bytes("broken-feed.xml"), URI.create("http://news.example.ma/feed.xml"));

        assertThat(d.isFailure()).isTrue();
        assertThat(d.failure()).startsWith("malformed feed XML");
        assertThat(d.links()).isEmpty();
    }

    @Test
    void htmlServedAsAFeedIsNotAFeed() {
        byte[] html = "<html><body><p>ليست خلاصة</p></body></html>".getBytes(StandardCharsets.UTF_8);
        Discovery d = parser.parse(html, URI.create("http://news.example.ma/feed.xml"));

        assertThat(d.failure()).isEqualTo("not a feed (root element <html>)");
    }

    @Test
    void emptyBodyIsAFailure() {
        assertThat(parser.parse(new byte[0], URI.create("http://x.ma/f")).failure()).isEqualTo("empty feed");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        String hostname = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip() : "";
        Discovery d = parser.parse(Fixtures.bytes("xxe-feed.xml"), URI.create("http://news.example.ma/feed.xml"));

        if (!d.isFailure()) {
            assertThat(d.links()).noneMatch(l -> !hostname.isEmpty() && l.url().toString().contains(hostname));
        }
        assertThat(d.links()).allMatch(l -> !l.url().toString().contains("etc"));
    }

    @Test
    void windows1256FeedIsDecodedFromItsDeclaration() {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss version=\"2.0\"><channel>"
                + "<item><title>حصاد التمور</title><link>http://old.example.sy/tumur.html</link></item></channel></rss>";
        Discovery d = parser.parse(xml.getBytes(java.nio.charset.Charset.forName("windows-1256")),
                URI.create("http://old.example.sy/feed.xml"));

        assertThat(d.links()).extracting(l -> l.url().toString()).containsExactly("http://old.example.sy/tumur.html");
    }
}
