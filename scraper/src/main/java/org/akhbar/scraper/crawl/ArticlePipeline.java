package org.akhbar.scraper.crawl;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.akhbar.domain.Article;
import org.akhbar.domain.Outcome;
import org.akhbar.domain.RawPage;
import org.akhbar.domain.Source;
import org.akhbar.extract.ExtractedArticle;
import org.akhbar.extract.Extraction;
import org.akhbar.extract.ExtractionInput;
import org.akhbar.scraper.discover.UrlNormalizer;
import org.akhbar.scraper.fetch.ContentPolicy;
import org.akhbar.scraper.fetch.FetchResult;
import org.akhbar.scraper.fetch.PageFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to one article URL: fetch → drop bodies already seen under another URL →
 * extract → build the {@link Article}. The result carries what is to be written (the raw page
 * to archive, the article to upsert by canonical URL), which the crawl writes with the end of
 * the URL's lease ({@link CrawlWriter}).
 *
 * <p>Every URL ends in exactly one {@link PageResult}: stored (new or changed), unchanged,
 * skipped with a reason (robots.txt, not html, too large, http 404, off-site, duplicate
 * body, not an article, unreadable, incomplete article) or failed with a reason (timeouts,
 * 5xx, store or extractor errors). A page that answers 404 or 410 withdraws the article stored
 * from it at once (a tombstone, so the index drops it too). Every page fetched from the
 * source's site is to be archived, whatever its extraction gave, so that a better extractor
 * can redo the work later without re-crawling. A canonical URL that
 * leaves the source's host is ignored in favour of the page URL, so one site cannot claim
 * another's articles. Thread-safe.
 */
public final class ArticlePipeline {
    private static final Logger LOG = LoggerFactory.getLogger(ArticlePipeline.class);
    private static final int SEEN_BODIES = 100_000;

    private final PageFetcher fetcher;
    private final Function<ExtractionInput, Extraction> extractor;
    private final ArticleWithdrawal withdrawal;
    /** Body hash → the URL it was first seen at, newest kept: catches ?ref= and print variants. */
    private final Map<String, String> seenBodies = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > SEEN_BODIES;
        }
    };

    /** @param withdrawal tombstones the article of a page that is gone */
    public ArticlePipeline(PageFetcher fetcher, Function<ExtractionInput, Extraction> extractor,
            ArticleWithdrawal withdrawal) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.withdrawal = Objects.requireNonNull(withdrawal, "withdrawal");
    }

    /** Processes {@code url}, an article URL of {@code source}. Never throws. */
    public PageResult process(Source source, URI url) {
        try {
            return run(source, url);
        } catch (RuntimeException e) {
            LOG.warn("{}: unexpected error: {}", url, e.toString());
            return new PageResult(Outcome.failed("unexpected error"), e.toString(), true);
        }
    }

    private PageResult run(Source source, URI url) {
        if (!UrlNormalizer.sameHost(url, source.homepage())) {
            return PageResult.of(Outcome.skipped("off-site"));
        }
        FetchResult fetched = fetcher.fetch(url, ContentPolicy.HTML);
        if (!fetched.isOk()) {
            if (isGone(fetched) && withdraw(url, fetched)) {
                return new PageResult(Outcome.skipped("gone: article withdrawn"), "http " + fetched.status(), false);
            }
            return new PageResult(fetched.failure(), null, fetched.retryable());
        }
        URI finalUrl = UrlNormalizer.normalize(fetched.finalUrl()).orElse(fetched.finalUrl());
        if (!UrlNormalizer.sameHost(finalUrl, source.homepage())) {
            return new PageResult(Outcome.skipped("off-site redirect"), finalUrl.toString(), false);
        }
        RawPage raw = fetched.toRawPage(source.id());
        return extract(source, finalUrl, fetched, raw).archiving(raw);
    }

    /** What the fetched page holds: an article to store, or why not. */
    private PageResult extract(Source source, URI finalUrl, FetchResult fetched, RawPage raw) {
        String firstSeenAt = rememberBody(raw.bodyHash(), finalUrl.toString());
        if (firstSeenAt != null) {
            return new PageResult(Outcome.skipped("duplicate body"), "same as " + firstSeenAt, false);
        }
        Extraction extraction;
        try {
            extraction = extractor.apply(new ExtractionInput(finalUrl, fetched.body(), fetched.contentType(),
                    source.name(), source.timezone(), fetched.fetchedAt()));
        } catch (RuntimeException e) {
            LOG.warn("{}: extractor threw: {}", finalUrl, e.toString());
            return new PageResult(Outcome.failed("extractor error"), e.toString(), false);
        }
        if (extraction == null || extraction.status() == null) {
            return new PageResult(Outcome.failed("extractor error"), "no extraction", false);
        }
        switch (extraction.status()) {
            case NOT_ARTICLE -> {
                return new PageResult(Outcome.skipped("not an article"), extraction.reason(), false);
            }
            case UNREADABLE -> {
                return new PageResult(Outcome.skipped("unreadable"), extraction.reason(), false);
            }
            case ARTICLE -> {
                // handled below
            }
        }
        ExtractedArticle found = extraction.article();
        if (found == null) {
            return new PageResult(Outcome.failed("extractor error"), "ARTICLE without an article", false);
        }
        try {
            Article article = toArticle(source, finalUrl, found, fetched);
            // Stored until the write says whether the article was unchanged.
            return new PageResult(Outcome.stored(), null, false, null, article);
        } catch (IllegalArgumentException e) {
            return new PageResult(Outcome.skipped("incomplete article"), e.getMessage(), false);
        }
    }

    /** 404 and 410 say the page was removed: a stored article from it must leave the index. */
    private static boolean isGone(FetchResult fetched) {
        return fetched.status() == 404 || fetched.status() == 410;
    }

    private boolean withdraw(URI url, FetchResult fetched) {
        try {
            return withdrawal.withdraw(url.toString(), fetched.fetchedAt());
        } catch (RuntimeException e) {
            LOG.warn("{}: withdrawing the article failed: {}", url, e.toString());
            return false;
        }
    }

    /** Null when the body is new or was last seen at this same URL; else where it was seen. */
    private String rememberBody(String bodyHash, String url) {
        synchronized (seenBodies) {
            String previous = seenBodies.putIfAbsent(bodyHash, url);
            return previous == null || previous.equals(url) ? null : previous;
        }
    }

    static Article toArticle(Source source, URI pageUrl, ExtractedArticle found, FetchResult fetched) {
        URI canonical = pageUrl;
        if (found.canonicalUrl() != null) {
            canonical = UrlNormalizer.resolve(pageUrl, found.canonicalUrl())
                    .filter(c -> UrlNormalizer.sameHost(c, source.homepage()))
                    .orElse(pageUrl);
        }
        List<String> paragraphs = found.paragraphs() == null ? List.of()
                : found.paragraphs().stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no body paragraphs");
        }
        List<String> authors = found.authors() == null ? List.of()
                : found.authors().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        String title = found.title() == null ? null : found.title().strip();
        return Article.create(pageUrl.toString(), canonical.toString(), source.id(), title, paragraphs,
                found.publishedAt(), authors, found.dateline(), found.language(), fetched.fetchedAt());
    }
}
