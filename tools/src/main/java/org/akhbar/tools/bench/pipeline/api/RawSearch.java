package org.akhbar.tools.bench.pipeline.api;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.akhbar.search.query.ArticleSimilarity;
import org.akhbar.search.query.UserQueryParser;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The API's baseline: a bare {@link IndexSearcher} on the index the API serves, each query
 * parsed by the product's {@link UserQueryParser} into the query the API runs, scored with the
 * product's similarity, and its top 10 collected: no HTTP, no re-ranking, no stored fields,
 * no snippets.
 */
public final class RawSearch implements Closeable {
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public RawSearch(Path indexDir) throws IOException {
        this.directory = FSDirectory.open(indexDir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new ArticleSimilarity());
    }

    /** A client for the load generator; each has its own parser, the searcher is shared. */
    public ClosedLoopLoad.Client client() {
        UserQueryParser parser = new UserQueryParser();
        return new ClosedLoopLoad.Client() {
            @Override
            public ClosedLoopLoad.Reply call(String query) throws IOException {
                Query q = parser.parse(query).query();
                searcher.search(q, 10);
                return ClosedLoopLoad.Reply.OK;
            }

            @Override
            public void close() {
                // the searcher is shared
            }
        };
    }

    public int documents() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
