package org.akhbar.tools.bench.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The baseline: stock Lucene {@link ArabicAnalyzer}, title and text in one field, BM25 with
 * the given parameters, a question as its analysed terms OR'ed together. Indexed by
 * {@link RawIndexer} (a raw IndexWriter) on one thread.
 */
final class StockSystem implements Closeable {
    private static final String ID = RawIndexer.ID;
    private static final String TEXT = RawIndexer.TEXT;

    private final ArabicAnalyzer analyzer = new ArabicAnalyzer();
    private final QueryBuilder builder = new QueryBuilder(analyzer);
    private final Directory directory;
    private final BM25Similarity similarity;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    StockSystem(Path indexDir, float k1, float b) throws IOException {
        this.directory = FSDirectory.open(indexDir);
        this.similarity = new BM25Similarity(k1, b);
    }

    /** Indexes {@code docs} on the calling thread and commits; returns the elapsed nanoseconds. */
    long index(List<BenchDoc> docs) throws IOException {
        long start = System.nanoTime();
        write(directory, docs);
        long elapsed = System.nanoTime() - start;
        open();
        return elapsed;
    }

    /** Indexes {@code docs} into a scratch index in {@code dir}, as {@link #index} would: JIT warm-up. */
    void warmUp(List<BenchDoc> docs, Path dir) throws IOException {
        try (Directory scratch = FSDirectory.open(dir)) {
            write(scratch, docs);
        }
    }

    private void write(Directory dir, List<BenchDoc> docs) throws IOException {
        RawIndexer.write(dir, analyzer, similarity, docs, 1);
    }

    /** Opens the index for searching (after {@link #index}, or an index built by an earlier run). */
    void open() throws IOException {
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
    }

    /** The top {@code k} documents for {@code question}, as the bare searcher returns them. */
    List<RankedDoc> search(String question, int k) throws IOException {
        Query query = builder.createBooleanQuery(TEXT, question, Occur.SHOULD);
        if (query == null) {
            return List.of();
        }
        TopDocs top = searcher.search(query, k);
        StoredFields stored = searcher.storedFields();
        Set<String> idOnly = Set.of(ID);
        List<RankedDoc> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            out.add(new RankedDoc(stored.document(hit.doc, idOnly).get(ID), hit.score));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            if (reader != null) {
                reader.close();
            }
        } finally {
            analyzer.close();
            directory.close();
        }
    }
}
