package org.akhbar.scraper.crawl;

import java.time.Instant;
import org.akhbar.store.ArticleStore;

/**
 * Withdraws the article of a page that is gone ({@link ArticleStore} in production). The only
 * write the pipeline does itself: articles found are written by the crawl's
 * {@link CrawlWriter}, with the page's other records.
 */
@FunctionalInterface
public interface ArticleWithdrawal {
    /**
     * Tombstones the live article stored under canonical URL {@code url}, so the deletion
     * reaches the index through the change feed; false when there is none.
     */
    boolean withdraw(String url, Instant when);

    /** Withdrawal from the article store. */
    static ArticleWithdrawal of(ArticleStore store) {
        return (url, when) -> store.findByCanonicalUrl(url)
                .filter(a -> !a.isDeleted())
                .flatMap(a -> store.delete(a.id(), when))
                .isPresent();
    }
}
