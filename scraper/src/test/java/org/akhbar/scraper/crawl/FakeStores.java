package org.akhbar.scraper.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.akhbar.domain.Article;
import org.akhbar.domain.RawPage;
import org.akhbar.extract.ExtractedArticle;
import org.akhbar.extract.Extraction;
import org.akhbar.extract.ExtractionInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Stand-ins for the archive, the article store and the extractor, recording what they saw. */
final class FakeStores {
    final List<RawPage> archived = new CopyOnWriteArrayList<>();
    final Map<String, Article> articles = new ConcurrentHashMap<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    private final AtomicLong seq = new AtomicLong();

    /**
     * The crawl's records in these stores and {@code frontier}: pages archived, articles upserted
     * and leases ended in one call, as the database does in one transaction. A batch holding a
     * page whose URL {@link #failWrites} names throws before writing anything.
     */
    CrawlRecords records(CrawlFrontier frontier) {
        return (pages, toStore, leaseEnds) -> {
            synchronized (this) {
                for (RawPage page : pages) {
                    if (failWrites.contains(page.url())) {
                        throw new IllegalStateException("cannot write " + page.url());
                    }
                }
                for (RawPage page : pages) {
                    archived.add(page);
                    events.add("archive " + page.url());
                }
                List<org.akhbar.store.UpsertResult> results = toStore.stream().map(this::upsert).toList();
                frontier.endLeases(leaseEnds.apply(results));
                return results;
            }
        };
    }

    /** URLs whose pages cannot be written (see {@link #records}). */
    final java.util.Set<String> failWrites = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Upsert by canonical URL with the store's changed/unchanged rule (the content hash). */
    private org.akhbar.store.UpsertResult upsert(Article article) {
        synchronized (articles) {
            Article old = articles.get(article.canonicalUrl());
            if (old != null && !old.isDeleted() && old.contentHash().equals(article.contentHash())) {
                return new org.akhbar.store.UpsertResult(org.akhbar.store.UpsertResult.Status.UNCHANGED, old.seq());
            }
            long next = seq.incrementAndGet();
            articles.put(article.canonicalUrl(), article.withSeq(next));
            return new org.akhbar.store.UpsertResult(old == null
                    ? org.akhbar.store.UpsertResult.Status.INSERTED
                    : org.akhbar.store.UpsertResult.Status.UPDATED, next);
        }
    }

    /** Tombstones the live article of a canonical URL, as the store does. */
    ArticleWithdrawal withdrawal() {
        return (url, when) -> {
            synchronized (articles) {
                Article old = articles.get(url);
                if (old == null || old.isDeleted()) {
                    return false;
                }
                articles.put(url, old.deleted(when).withSeq(seq.incrementAndGet()));
                return true;
            }
        };
    }

    /**
     * A small extractor for test pages: an article is a page with an {@code <h1>} and
     * {@code <p>}s; {@code <link rel=canonical>} and {@code <time datetime>} are honoured.
     */
    Extraction extract(ExtractionInput in) {
        events.add("extract " + in.url());
        Document doc = Jsoup.parse(new String(in.body(), StandardCharsets.UTF_8), in.url().toString());
        if (doc.selectFirst("h1") == null) {
            return new Extraction(Extraction.Status.NOT_ARTICLE, "no headline", null);
        }
        List<String> paragraphs = doc.select("p").eachText();
        String canonical = doc.select("link[rel=canonical]").attr("abs:href");
        String time = doc.select("time").attr("datetime");
        return new Extraction(Extraction.Status.ARTICLE, null, new ExtractedArticle(
                doc.selectFirst("h1").text(), canonical.isEmpty() ? in.url().toString() : canonical,
                time.isEmpty() ? null : OffsetDateTime.parse(time), List.of(), null, paragraphs, "ar", "UTF-8"));
    }

    static URI uri(String s) {
        return URI.create(s);
    }
}
