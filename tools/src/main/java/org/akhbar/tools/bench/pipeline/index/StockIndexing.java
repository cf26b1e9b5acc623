package org.akhbar.tools.bench.pipeline.index;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.tools.bench.pipeline.database.BenchDatabase;
import org.akhbar.tools.bench.search.BenchDoc;
import org.akhbar.tools.bench.search.RawIndexer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The indexing baseline: the crawl's live articles read from its database with plain JDBC
 * into memory, then stock Lucene ({@link ArabicAnalyzer}, a raw {@code IndexWriter}, title
 * and text in one field, the id stored) on one thread, committed at the end: the search
 * benchmark's stock indexing ({@link RawIndexer}) over the same articles the indexer read.
 */
public final class StockIndexing {
    /** Articles indexed into a scratch index first, as the search benchmark does, so the timed run is compiled code. */
    public static final int WARMUP_ARTICLES = 4_000;

    private StockIndexing() {}

    /** The articles read, and the nanoseconds the read took. */
    public record Read(List<BenchDoc> articles, long nanos) {}

    /** Reads every live article's id, title and body, in change-feed order. */
    public static Read read(BenchDatabase.Store store) throws SQLException {
        long start = System.nanoTime();
        List<BenchDoc> out = new ArrayList<>();
        try (Connection c = store.connect()) {
            c.setAutoCommit(false); // PostgreSQL streams by fetch size only inside a transaction
            try (Statement s = c.createStatement()) {
                s.setFetchSize(1_000);
                try (ResultSet r = s.executeQuery(
                        "SELECT id, title, body FROM article WHERE deleted_at IS NULL ORDER BY seq")) {
                    while (r.next()) {
                        out.add(new BenchDoc(r.getString(1), "db", r.getString(2), r.getString(3)));
                    }
                }
            }
            c.commit();
        }
        return new Read(out, System.nanoTime() - start);
    }

    /** Warms up on a scratch index in {@code scratch}, then indexes {@code articles} into {@code dir}; returns the timed nanoseconds. */
    public static long index(List<BenchDoc> articles, Path dir, Path scratch) throws IOException {
        try (ArabicAnalyzer analyzer = new ArabicAnalyzer()) {
            try (Directory warm = FSDirectory.open(scratch)) {
                RawIndexer.write(warm, analyzer, new BM25Similarity(),
                        articles.subList(0, Math.min(articles.size(), WARMUP_ARTICLES)), 1);
            }
            try (Directory d = FSDirectory.open(dir)) {
                return RawIndexer.write(d, analyzer, new BM25Similarity(), articles, 1);
            }
        }
    }
}
