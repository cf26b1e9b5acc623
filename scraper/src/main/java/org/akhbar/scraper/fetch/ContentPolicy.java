package org.akhbar.scraper.fetch;

import java.util.Locale;
import java.util.Set;

/**
 * Which response media types a fetch accepts. A response of another type is skipped before
 * its body is read, so an image or a video linked like an article costs one header exchange.
 * A response without a Content-Type is accepted: the parser or extractor decides.
 */
public enum ContentPolicy {
    /** Article and section pages. */
    HTML(Set.of("text/html", "application/xhtml+xml"), "not html"),
    /** Feeds and sitemaps, plain or gzipped (servers label {@code .xml.gz} files in many ways). */
    XML(Set.of("application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
            "application/rdf+xml", "application/gzip", "application/x-gzip", "application/octet-stream",
            "text/plain"), "not xml"),
    /** Anything: for robots.txt, whose status matters more than its label. */
    ANY(Set.of(), "");

    private final Set<String> mediaTypes;
    private final String rejection;

    ContentPolicy(Set<String> mediaTypes, String rejection) {
        this.mediaTypes = mediaTypes;
        this.rejection = rejection;
    }

    /** True when a response with this Content-Type header value (or null) is wanted. */
    public boolean accepts(String contentType) {
        String media = mediaType(contentType);
        return mediaTypes.isEmpty() || media.isEmpty() || mediaTypes.contains(media);
    }

    /** The skip reason for a response this policy does not accept. */
    public String rejection() {
        return rejection;
    }

    /** "text/html" from "Text/HTML; charset=UTF-8"; empty for null. */
    public static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }
}
