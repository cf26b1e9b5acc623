package org.akhbar.scraper.discover;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A page URL found by discovery, already normalised.
 *
 * @param url the normalised absolute URL
 * @param published the date the feed or sitemap gave for it (pubDate, published, lastmod), or null
 */
public record DiscoveredLink(URI url, Instant published) {
    public DiscoveredLink {
        Objects.requireNonNull(url, "url");
    }
}
