package org.akhbar.scraper.crawl;

import java.util.List;
import java.util.function.Function;
import org.akhbar.domain.Article;
import org.akhbar.domain.RawPage;
import org.akhbar.store.ArticleStore;
import org.akhbar.store.FrontierStore;
import org.akhbar.store.LeaseEnd;
import org.akhbar.store.RawPageStore;
import org.akhbar.store.Transactions;
import org.akhbar.store.UpsertResult;

/**
 * Where what crawled pages leave behind is written: their archived raw pages, their articles
 * and the ends of their leases, for many pages in one transaction. In production the
 * {@link RawPageStore}, {@link ArticleStore} and {@link FrontierStore} joined by
 * {@link Transactions}; in tests, stand-ins.
 */
@FunctionalInterface
public interface CrawlRecords {
    /**
     * In one transaction: archives {@code pages}, upserts {@code articles} in order, and ends
     * the leases {@code leaseEnds} makes of the upserts' results; returns those results. Nothing
     * is written if it throws.
     */
    List<UpsertResult> write(List<RawPage> pages, List<Article> articles,
            Function<List<UpsertResult>, List<LeaseEnd>> leaseEnds);

    /** The database's stores, joined in one transaction. */
    static CrawlRecords of(Transactions transactions, RawPageStore rawPages, ArticleStore articles,
            FrontierStore frontier) {
        return (pages, toStore, leaseEnds) -> transactions.write("recording crawled pages", () -> {
                    rawPages.archiveAll(pages);
                    List<UpsertResult> results = articles.upsertAll(toStore);
                    frontier.endLeases(leaseEnds.apply(results));
                    return results;
                });
    }
}
