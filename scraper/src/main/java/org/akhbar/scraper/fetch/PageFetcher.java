package org.akhbar.scraper.fetch;

import java.net.URI;
import java.util.List;

/**
 * Fetches one URL. Implementations never throw for anything the network or the server does:
 * every problem comes back as a {@link FetchResult} with a failure outcome.
 */
@FunctionalInterface
public interface PageFetcher {
    FetchResult fetch(URI url, ContentPolicy policy);

    /**
     * The sitemaps that the robots.txt of {@code url}'s host lists ({@code Sitemap:} lines).
     * A fetcher that does not read robots.txt knows none.
     */
    default List<URI> sitemapsInRobots(URI url) {
        return List.of();
    }
}
