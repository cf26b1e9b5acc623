package org.akhbar.search.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.akhbar.domain.Article;
import org.akhbar.domain.ArticleId;

/**
 * Searches a Lucene index written by {@link org.akhbar.search.index.ArticleIndexWriter}.
 * Thread-safe; holds a SearcherManager and picks up new commits on {@link #maybeRefresh()}.
 * Never throws on user query text: a query that parses to nothing matches nothing.
 */
public final class ArticleSearcher implements Closeable {

    /** Opens the index in {@code indexDir}; an absent or empty index searches as empty. */
    public static ArticleSearcher open(Path indexDir) throws IOException {
        throw new UnsupportedOperationException("implemented by the search module");
    }

    public SearchResult search(SearchRequest request) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** The stored article with this id, from stored fields (the API never reads the database). */
    public Optional<Article> article(ArticleId id) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Picks up a newer commit if there is one; true if the view changed. */
    public boolean maybeRefresh() throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Number of live articles in the current view. */
    public int articleCount() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() throws IOException {}
}
