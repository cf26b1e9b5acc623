package org.akhbar.scraper.discover;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.akhbar.scraper.internal.SafeXml;

/**
 * Reads the article links out of an RSS 2.0, RSS 1.0 (RDF) or Atom feed.
 *
 * <p>Takes the bytes; fetching is the caller's job. Links are resolved against the feed URL
 * (and Atom's {@code xml:base}), normalised with {@link UrlNormalizer} and de-duplicated.
 * RSS {@code pubDate} (RFC 822) and Atom {@code published}/{@code updated} (RFC 3339) become
 * {@link DiscoveredLink#published()} when they parse. Malformed XML, a document that is not
 * a feed, or XML with a DTD give a {@link Discovery#failed failure}, never an exception.
 */
public final class FeedParser {

    /** Parses {@code body}, the bytes served at {@code feedUrl}. */
    public Discovery parse(byte[] body, URI feedUrl) {
        if (body == null || body.length == 0) {
            return Discovery.failed("empty feed");
        }
        try {
            XMLStreamReader r = SafeXml.reader(body);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamReader.START_ELEMENT) {
                        String root = r.getLocalName();
                        return switch (root) {
                            case "rss", "RDF" -> readRss(r, feedUrl);
                            case "feed" -> readAtom(r, feedUrl);
                            default -> Discovery.failed("not a feed (root element <" + root + ">)");
                        };
                    }
                }
                return Discovery.failed("not a feed (no root element)");
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return Discovery.failed("malformed feed XML: " + oneLine(e.getMessage()));
        }
    }

    private Discovery readRss(XMLStreamReader r, URI base) throws XMLStreamException {
        Map<URI, DiscoveredLink> links = new LinkedHashMap<>();
        String link = null;
        String guid = null;
        boolean guidPermalink = true;
        Instant published = null;
        boolean inItem = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("item")) {
                    inItem = true;
                    link = null;
                    guid = null;
                    guidPermalink = true;
                    published = null;
                } else if (inItem && name.equals("link")) {
                    link = SafeXml.text(r);
                } else if (inItem && name.equals("guid")) {
                    guidPermalink = !"false".equalsIgnoreCase(r.getAttributeValue(null, "isPermaLink"));
                    guid = SafeXml.text(r);
                } else if (inItem && (name.equals("pubDate") || name.equals("date"))) {
                    published = parseDate(SafeXml.text(r));
                }
            } else if (ev == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("item")) {
                inItem = false;
                String href = link != null && !link.isBlank() ? link : guidPermalink ? guid : null;
                add(links, base, href, published);
            }
        }
        return Discovery.of(new ArrayList<>(links.values()));
    }

    private Discovery readAtom(XMLStreamReader r, URI feedUrl) throws XMLStreamException {
        Map<URI, DiscoveredLink> links = new LinkedHashMap<>();
        URI base = xmlBase(r, feedUrl);
        URI entryBase = base;
        String href = null;
        Instant published = null;
        Instant updated = null;
        boolean inEntry = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("entry")) {
                    inEntry = true;
                    entryBase = xmlBase(r, base);
                    href = null;
                    published = null;
                    updated = null;
                } else if (inEntry && name.equals("link")) {
                    String rel = r.getAttributeValue(null, "rel");
                    String type = r.getAttributeValue(null, "type");
                    boolean alternate = rel == null || rel.isBlank() || rel.equals("alternate");
                    boolean htmlish = type == null || type.contains("html");
                    if (alternate && htmlish && href == null) {
                        href = r.getAttributeValue(null, "href");
                    }
                } else if (inEntry && name.equals("published")) {
                    published = parseDate(SafeXml.text(r));
                } else if (inEntry && name.equals("updated")) {
                    updated = parseDate(SafeXml.text(r));
                }
            } else if (ev == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("entry")) {
                inEntry = false;
                add(links, entryBase, href, published != null ? published : updated);
            }
        }
        return Discovery.of(new ArrayList<>(links.values()));
    }

    private static URI xmlBase(XMLStreamReader r, URI current) {
        String b = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "base");
        if (b == null || b.isBlank()) {
            return current;
        }
        return UrlNormalizer.resolve(current, b).orElse(current);
    }

    private static void add(Map<URI, DiscoveredLink> links, URI base, String href, Instant published) {
        UrlNormalizer.resolve(base, href).ifPresent(u -> links.putIfAbsent(u, new DiscoveredLink(u, published)));
    }

    /** RFC 822/1123 (RSS) or RFC 3339 (Atom, Dublin Core); null when neither fits. */
    static Instant parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // not RFC 3339; try RFC 822 below
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH)).toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    /** A parser's error message on one line, for failure reasons. */
    static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").strip();
    }
}
