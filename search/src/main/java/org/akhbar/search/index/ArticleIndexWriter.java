package org.akhbar.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.akhbar.domain.Article;

/**
 * Writes articles to the index in change-feed order. The last applied {@code seq} is stored
 * in the commit's user data in the same atomic commit as the documents, so after a crash the
 * indexer resumes from {@link #committedSeq()} and loses or duplicates nothing.
 */
public final class ArticleIndexWriter implements Closeable {

    /** Opens (creating if needed) the index in {@code indexDir}. */
    public static ArticleIndexWriter open(Path indexDir) throws IOException {
        throw new UnsupportedOperationException("implemented by the search module");
    }

    /** The seq stored in the last commit, 0 for a new index. */
    public long committedSeq() {
        throw new UnsupportedOperationException();
    }

    /** Adds or replaces the article's document (by id); a tombstone deletes it. */
    public void apply(Article article) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Commits everything applied so far, recording {@code seq} as the last applied. */
    public void commit(long seq) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() throws IOException {}
}
