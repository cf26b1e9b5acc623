package org.akhbar.store;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.akhbar.domain.Article;
import org.akhbar.domain.ArticleId;

/** Placeholder contract; implemented by the store module. */
@Singleton
public class ArticleStore {
    public UpsertResult upsert(Article article) { throw new UnsupportedOperationException(); }
    public List<Article> changesAfter(long seq, int limit) { throw new UnsupportedOperationException(); }
    public Optional<Article> find(ArticleId id) { throw new UnsupportedOperationException(); }
    public Optional<Article> findByCanonicalUrl(String canonicalUrl) { throw new UnsupportedOperationException(); }
    public Optional<Article> delete(ArticleId id, Instant when) { throw new UnsupportedOperationException(); }
    public long lastSeq() { throw new UnsupportedOperationException(); }
    public long count() { throw new UnsupportedOperationException(); }
}
