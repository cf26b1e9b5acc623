package org.akhbar.scraper.discover;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What parsing a feed, a sitemap or a section page yielded: page links, child sitemaps (for
 * a sitemap index), or a failure reason. Parsers return this instead of throwing, so one
 * broken feed never stops a crawl.
 *
 * @param links page links in document order, normalised and de-duplicated
 * @param sitemaps child sitemap URLs (non-empty only for a sitemap index)
 * @param failure why nothing could be read, or null when parsing worked
 */
public record Discovery(List<DiscoveredLink> links, List<URI> sitemaps, String failure) {
    public Discovery {
        links = List.copyOf(Objects.requireNonNull(links, "links"));
        sitemaps = List.copyOf(Objects.requireNonNull(sitemaps, "sitemaps"));
    }

    public static Discovery of(List<DiscoveredLink> links) {
        return new Discovery(links, List.of(), null);
    }

    public static Discovery index(List<URI> sitemaps) {
        return new Discovery(List.of(), sitemaps, null);
    }

    public static Discovery failed(String reason) {
        return new Discovery(List.of(), List.of(), Objects.requireNonNull(reason, "reason"));
    }

    public boolean isFailure() {
        return failure != null;
    }
}
