package org.akhbar.tools.bench.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;

/**
 * Stock's way of indexing: a raw {@link IndexWriter}, each document its id (stored) and its
 * title and text as one analysed field. With {@link org.apache.lucene.analysis.ar.ArabicAnalyzer}
 * it is the baseline; with the project's chain instead it measures what the chain alone costs,
 * everything else being the same.
 */
public final class RawIndexer {
    public static final String ID = "id";
    public static final String TEXT = "text";

    private RawIndexer() {}

    /** Indexes {@code docs} into {@code dir} on {@code threads} threads and commits; returns the elapsed nanoseconds. */
    public static long write(Directory dir, Analyzer analyzer, Similarity similarity, List<BenchDoc> docs, int threads)
            throws IOException {
        long start = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(similarity)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            if (threads == 1) {
                for (BenchDoc d : docs) {
                    writer.addDocument(document(d));
                }
            } else {
                ParallelLoop.run(docs.size(), threads, i -> writer.addDocument(document(docs.get(i))));
            }
            writer.commit();
        }
        return System.nanoTime() - start;
    }

    private static Document document(BenchDoc d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new TextField(TEXT, d.title() + "\n" + d.text(), Field.Store.NO));
        return doc;
    }
}
