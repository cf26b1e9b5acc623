package org.akhbar.scraper.discover;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.akhbar.scraper.internal.Gzip;
import org.akhbar.scraper.internal.SafeXml;

/**
 * Reads one XML sitemap ({@code <urlset>}) or sitemap index ({@code <sitemapindex>}).
 *
 * <p>Takes the bytes, gzipped or not (recognised by the gzip magic number, since servers
 * label {@code .xml.gz} files inconsistently). Following an index's children is the
 * caller's job ({@link SitemapWalker} does it with a depth bound). Limits from the sitemap
 * protocol bound the work: at most {@value #MAX_URLS} entries and {@value #MAX_BYTES}
 * uncompressed bytes per file. Broken input gives a {@link Discovery#failed failure}.
 */
public final class SitemapParser {
    /** The sitemap protocol's limit on entries per file. */
    public static final int MAX_URLS = 50_000;
    /** The sitemap protocol's limit on the uncompressed size of one file. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** Parses {@code body}, the bytes served at {@code sitemapUrl}. */
    public Discovery parse(byte[] body, URI sitemapUrl) {
        if (body == null || body.length == 0) {
            return Discovery.failed("empty sitemap");
        }
        byte[] xml = body;
        if (Gzip.isGzip(body)) {
            try {
                xml = Gzip.gunzip(body, MAX_BYTES);
            } catch (Gzip.TooLargeException e) {
                return Discovery.failed("sitemap too large");
            } catch (IOException e) {
                return Discovery.failed("broken gzip in sitemap");
            }
        } else if (body.length > MAX_BYTES) {
            return Discovery.failed("sitemap too large");
        }
        try {
            XMLStreamReader r = SafeXml.reader(xml);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamReader.START_ELEMENT) {
                        String root = r.getLocalName();
                        return switch (root) {
                            case "urlset" -> readUrlset(r, sitemapUrl);
                            case "sitemapindex" -> readIndex(r, sitemapUrl);
                            default -> Discovery.failed("not a sitemap (root element <" + root + ">)");
                        };
                    }
                }
                return Discovery.failed("not a sitemap (no root element)");
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return Discovery.failed("malformed sitemap XML: " + FeedParser.oneLine(e.getMessage()));
        }
    }

    private Discovery readUrlset(XMLStreamReader r, URI base) throws XMLStreamException {
        Map<URI, DiscoveredLink> links = new LinkedHashMap<>();
        String loc = null;
        String lastmod = null;
        while (r.hasNext() && links.size() < MAX_URLS) {
            int ev = r.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "url" -> {
                        loc = null;
                        lastmod = null;
                    }
                    case "loc" -> loc = SafeXml.text(r);
                    case "lastmod" -> lastmod = SafeXml.text(r);
                    default -> { }
                }
            } else if (ev == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("url")) {
                String modified = lastmod;
                UrlNormalizer.resolve(base, loc).ifPresent(u ->
                        links.putIfAbsent(u, new DiscoveredLink(u, lastmodInstant(modified))));
            }
        }
        return Discovery.of(new ArrayList<>(links.values()));
    }

    private Discovery readIndex(XMLStreamReader r, URI base) throws XMLStreamException {
        Set<URI> children = new LinkedHashSet<>();
        while (r.hasNext() && children.size() < MAX_URLS) {
            int ev = r.next();
            if (ev == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("loc")) {
                UrlNormalizer.resolve(base, SafeXml.text(r)).ifPresent(children::add);
            }
        }
        return Discovery.index(List.copyOf(children));
    }

    private static java.time.Instant lastmodInstant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        java.time.Instant full = FeedParser.parseDate(text);
        if (full != null) {
            return full;
        }
        try {
            // W3C datetime allows a bare date; read it as the start of that day in UTC.
            return java.time.LocalDate.parse(text.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
