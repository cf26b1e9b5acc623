package org.akhbar.scraper.crawl;

import org.akhbar.domain.Article;
import org.akhbar.store.UpsertResult;

/**
 * Where extracted articles go ({@link org.akhbar.store.ArticleStore#upsert} in production):
 * an upsert by canonical URL that says whether the article was new, changed or unchanged.
 */
@FunctionalInterface
public interface ArticleSink {
    UpsertResult upsert(Article article);
}
