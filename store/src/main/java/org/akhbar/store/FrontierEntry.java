package org.akhbar.store;

import java.util.Objects;
import java.util.Set;

/**
 * One URL handed out by the crawl frontier.
 *
 * @param kind what the URL is expected to be: {@link #ARTICLE}, {@link #FEED},
 *     {@link #SITEMAP} or {@link #PAGE} (a section page whose links are followed)
 * @param attempts how many times the URL has been leased, this lease included (1 the first
 *     time), so a worker can give up on a URL that keeps failing
 */
public record FrontierEntry(String sourceId, String url, String kind, int attempts) {
    public static final String ARTICLE = "article";
    public static final String FEED = "feed";
    public static final String SITEMAP = "sitemap";
    public static final String PAGE = "page";

    /** Every valid {@code kind}. */
    public static final Set<String> KINDS = Set.of(ARTICLE, FEED, SITEMAP, PAGE);

    public FrontierEntry {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
    }
}
