package org.akhbar.scraper.crawl;

import java.time.Instant;
import org.akhbar.domain.Article;
import org.akhbar.store.ArticleStore;
import org.akhbar.store.UpsertResult;

/**
 * Where extracted articles go ({@link ArticleStore} in production): an upsert by canonical URL
 * that says whether the article was new, changed or unchanged, and the withdrawal of an
 * article whose page is gone.
 */
public interface ArticleSink {
    UpsertResult upsert(Article article);

    /**
     * Tombstones the live article stored under canonical URL {@code url}, so the deletion
     * reaches the index through the change feed; false when there is none.
     */
    boolean withdraw(String url, Instant when);

    /** The article store as a sink. */
    static ArticleSink of(ArticleStore store) {
        return new ArticleSink() {
            @Override
            public UpsertResult upsert(Article article) {
                return store.upsert(article);
            }

            @Override
            public boolean withdraw(String url, Instant when) {
                return store.findByCanonicalUrl(url)
                        .filter(a -> !a.isDeleted())
                        .flatMap(a -> store.delete(a.id(), when))
                        .isPresent();
            }
        };
    }
}
