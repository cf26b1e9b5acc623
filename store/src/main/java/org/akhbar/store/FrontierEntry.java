package org.akhbar.store;

/** One URL waiting in the crawl frontier. {@code kind}: "article", "feed", "sitemap" or "page". */
public record FrontierEntry(String sourceId, String url, String kind, int attempts) {}
