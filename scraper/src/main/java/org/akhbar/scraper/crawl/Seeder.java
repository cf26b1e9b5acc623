package org.akhbar.scraper.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.akhbar.domain.Outcome;
import org.akhbar.domain.OutcomeCounts;
import org.akhbar.domain.Source;
import org.akhbar.scraper.discover.Discovery;
import org.akhbar.scraper.discover.FeedParser;
import org.akhbar.scraper.discover.SectionPageParser;
import org.akhbar.scraper.discover.SitemapParser;
import org.akhbar.scraper.discover.SitemapWalker;
import org.akhbar.scraper.discover.UrlNormalizer;
import org.akhbar.scraper.fetch.ContentPolicy;
import org.akhbar.scraper.fetch.FetchResult;
import org.akhbar.scraper.fetch.PageFetcher;
import org.akhbar.store.FrontierEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the frontier for one source from its feeds, sitemaps (indexes followed, bounded by
 * {@link SitemapWalker}) and section pages; a source configured with none of these is
 * discovered from the sitemaps its robots.txt lists and the links on its homepage.
 *
 * <p>Only links on the source's host are kept. A link the frontier does not know is
 * enqueued; a known, completed one is made due again (one that is leased or backing off
 * keeps its schedule), so each seeding re-checks the pages the site still lists and a changed article is updated (the store's upsert tells changed from
 * unchanged). Discovery documents are read on every seeding and not queued, because the
 * frontier remembers a URL once and feeds must be read again and again. A feed, sitemap or
 * section page that cannot be read counts as failed ("feed: http 500",
 * "sitemap: malformed", ...) and the rest of the source is still seeded.
 */
public final class Seeder {
    private static final Logger LOG = LoggerFactory.getLogger(Seeder.class);

    private final PageFetcher fetcher;
    private final CrawlFrontier frontier;
    private final FeedParser feeds = new FeedParser();
    private final SitemapParser sitemaps = new SitemapParser();
    private final SectionPageParser sections = new SectionPageParser();
    private final SitemapWalker walker = SitemapWalker.withDefaults();

    public Seeder(PageFetcher fetcher, CrawlFrontier frontier) {
        this.fetcher = fetcher;
        this.frontier = frontier;
    }

    /** What one seeding did: article links found on the host, of which new to the frontier. */
    public record Report(int found, int added) {}

    /**
     * Seeds {@code source}; discovery failures are added to {@code counts}. Of the pages it
     * lists again, only those completed before
     * {@code completedBefore} are made due again (checked for changes). A page completed
     * since, by this process or by another scraper crawling the same sources on the same
     * database, was fetched just now and is left alone.
     */
    public Report seed(Source source, OutcomeCounts counts, Instant completedBefore) {
        Set<URI> links = new LinkedHashSet<>();
        List<URI> sitemapUrls = source.sitemaps();
        List<URI> startUrls = source.startUrls();
        if (source.feeds().isEmpty() && sitemapUrls.isEmpty() && startUrls.isEmpty()) {
            // A source given by its homepage alone: follow what the site itself advertises,
            // the sitemaps its robots.txt lists and the article links on its homepage.
            sitemapUrls = fetcher.sitemapsInRobots(source.homepage());
            startUrls = List.of(source.homepage());
        }
        for (URI feed : source.feeds()) {
            Discovery d = read(feed, ContentPolicy.XML, "feed", counts,
                    r -> feeds.parse(r.body(), r.finalUrl()));
            d.links().forEach(l -> links.add(l.url()));
        }
        for (URI sitemap : sitemapUrls) {
            SitemapWalker.Result walked = walker.walk(sitemap, u -> read(u, ContentPolicy.XML, "sitemap", counts,
                    r -> sitemaps.parse(r.body(), r.finalUrl())));
            walked.links().forEach(l -> links.add(l.url()));
            walked.failures().forEach(f -> LOG.debug("{}: {}", source.id(), f));
        }
        for (URI start : startUrls) {
            Discovery d = read(start, ContentPolicy.HTML, "section page", counts,
                    r -> sections.parse(r.body(), r.contentType(), r.finalUrl()));
            d.links().forEach(l -> links.add(l.url()));
        }
        List<String> onHost = links.stream()
                .filter(link -> UrlNormalizer.sameHost(link, source.homepage()))
                .map(URI::toString)
                .toList();
        int found = onHost.size();
        // Batched: a source's whole sitemap goes in a few statements, not one per URL.
        Set<String> fresh = frontier.enqueueAll(source.id(), onHost, FrontierEntry.ARTICLE);
        int added = fresh.size();
        if (added < found) {
            frontier.relistAll(onHost.stream().filter(u -> !fresh.contains(u)).toList(), Instant.now(), completedBefore);
        }
        LOG.info("{}: {} article links listed, {} new", source.id(), found, added);
        return new Report(found, added);
    }

    private Discovery read(URI url, ContentPolicy policy, String what, OutcomeCounts counts,
            java.util.function.Function<FetchResult, Discovery> parse) {
        FetchResult r = fetcher.fetch(url, policy);
        if (!r.isOk()) {
            LOG.warn("{} {}: {}", what, url, r.failure().reason());
            counts.add(r.failure().kind() == Outcome.Kind.SKIPPED
                    ? Outcome.skipped(what + ": " + r.failure().reason())
                    : Outcome.failed(what + ": " + r.failure().reason()));
            return Discovery.failed(r.failure().reason());
        }
        Discovery d = parse.apply(r);
        if (d.isFailure()) {
            LOG.warn("{} {}: {}", what, url, d.failure());
            counts.add(Outcome.failed(what + ": unreadable"));
        }
        return d;
    }
}
