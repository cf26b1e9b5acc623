package org.akhbar.scraper.fetch;

import java.net.URI;

/**
 * Fetches one URL. Implementations never throw for anything the network or the server does:
 * every problem comes back as a {@link FetchResult} with a failure outcome.
 */
@FunctionalInterface
public interface PageFetcher {
    FetchResult fetch(URI url, ContentPolicy policy);
}
