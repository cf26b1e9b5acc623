package org.akhbar.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.akhbar.domain.Article;
import org.akhbar.domain.ArticleId;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes articles to the index in change-feed order. The last applied {@code seq} is stored
 * in the commit's user data in the same atomic commit as the documents, so after a crash the
 * indexer resumes from {@link #committedSeq()} and loses or duplicates nothing.
 *
 * <p>Contract: one writer per index directory (Lucene's write lock enforces it). Applying
 * an article replaces any document with its id, so re-applying after a crash is harmless.
 * {@link #close()} does NOT commit: anything applied since the last {@link #commit(long)} is
 * discarded, exactly as a crash would. A new index gets an empty first commit with seq 0, so
 * searchers can open it at once. {@link #apply} may be called from several threads at once
 * (analysis and inversion then run on all of them, each thread filling an in-memory segment
 * of its own, so a bulk load leaves a segment per applying thread at each commit), but not
 * concurrently with {@link #commit(long)}, and two threads must not apply changes of the same
 * article concurrently. An index written
 * with another field layout ({@link Fields#SCHEMA}) is started afresh at seq 0 when opened,
 * so the indexer feeds it every article again from the database. Segments are written with
 * {@link ArticleCodec}.
 */
public final class ArticleIndexWriter implements Closeable {
    private final Directory directory;
    private final IndexWriter writer;
    private final Analyzer analyzer;
    private final SnapshotDeletionPolicy snapshots;
    private long committedSeq;
    private final LongAdder pending = new LongAdder();
    /**
     * The ids of the articles this writer added to an index that held no document when it was
     * opened (a new index, a rebuild); null for an index that held some. An article not among
     * them cannot be in such an index, so it is added: an update would also buffer a delete by
     * its id, which Lucene resolves against every segment at each flush, for nothing (adds
     * instead of updates took about 7 % off a one-thread load of 30,666 articles). Bounded
     * (about 60 bytes an id): past {@link #MAX_TRACKED_ADDS} ids, articles not among them are
     * updated, as in any index.
     */
    private final Set<Long> addedToEmptyIndex;
    static final int MAX_TRACKED_ADDS = 1_000_000;

    private ArticleIndexWriter(Directory directory, IndexWriter writer, long committedSeq) {
        this.directory = directory;
        this.writer = writer;
        this.analyzer = writer.getAnalyzer();
        this.snapshots = (SnapshotDeletionPolicy) writer.getConfig().getIndexDeletionPolicy();
        this.committedSeq = committedSeq;
        this.addedToEmptyIndex = writer.getDocStats().maxDoc == 0 ? ConcurrentHashMap.newKeySet() : null;
    }

    /** Opens (creating if needed) the index in {@code indexDir}. */
    public static ArticleIndexWriter open(Path indexDir) throws IOException {
        Files.createDirectories(indexDir);
        Directory dir = FSDirectory.open(indexDir);
        // An index of another field layout is started afresh: its seq drops to 0, so the
        // indexer feeds every article again from the database, which holds them all.
        boolean existed = DirectoryReader.indexExists(dir) && currentSchema(dir);
        IndexWriterConfig config = new IndexWriterConfig(Fields.analyzer())
                .setOpenMode(existed ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                // Closing must not commit documents whose seq the commit data does not cover.
                .setCommitOnClose(false)
                // Only the last commit is kept, unless it is held: a published revision's
                // files must outlive the commits after it while replicas copy them.
                .setIndexDeletionPolicy(new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy()))
                // Fewer, larger segments from a bulk load: a search pays per segment for every
                // term it looks up (2 segments instead of 5 on the search benchmark, queries
                // about a third cheaper). It is a ceiling, used only while that much is buffered.
                .setRAMBufferSizeMB(256)
                .setCodec(new ArticleCodec());
        IndexWriter writer;
        try {
            writer = new IndexWriter(dir, config);
        } catch (IOException | RuntimeException e) {
            config.getAnalyzer().close();
            dir.close();
            throw e;
        }
        long seq = 0;
        if (existed) {
            seq = readSeq(writer.getLiveCommitData());
        } else {
            writer.setLiveCommitData(commitData(0));
            writer.commit();
        }
        return new ArticleIndexWriter(dir, writer, seq);
    }

    private static Iterable<Map.Entry<String, String>> commitData(long seq) {
        return Map.of(Fields.COMMIT_SEQ, Long.toString(seq), Fields.COMMIT_SCHEMA, Fields.SCHEMA,
                Fields.COMMIT_TIME, Long.toString(System.currentTimeMillis())).entrySet();
    }

    // True when the index's last commit was written with this code's field layout.
    private static boolean currentSchema(Directory dir) throws IOException {
        return Fields.SCHEMA.equals(
                org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).getUserData().get(Fields.COMMIT_SCHEMA));
    }

    /** The seq stored in the last commit, 0 for a new index. */
    public long committedSeq() {
        return committedSeq;
    }

    /** Articles applied since the last commit (updates and deletes alike). */
    public long pendingChanges() {
        return pending.sum();
    }

    /** Adds or replaces the article's document (by id); a tombstone deletes it. */
    public void apply(Article article) throws IOException {
        Term key = new Term(Fields.ID, article.id().value());
        if (article.isDeleted()) {
            writer.deleteDocuments(key);
        } else {
            // Analysis runs here, on the calling thread; so does the inversion, in the calling
            // thread's own in-memory segment.
            Document doc = ArticleDocuments.toDocument(article);
            if (isFirstInEmptyIndex(article.id())) {
                writer.addDocument(doc);
            } else {
                writer.updateDocument(key, doc);
            }
        }
        pending.increment();
    }

    /** Whether this is the first time the article comes to an index opened empty: then no document has its id. */
    private boolean isFirstInEmptyIndex(ArticleId id) {
        return addedToEmptyIndex != null && addedToEmptyIndex.size() < MAX_TRACKED_ADDS
                && addedToEmptyIndex.add(Long.parseUnsignedLong(id.value(), 16));
    }

    /**
     * Writes one in-memory segment to disk, if there is one; false when none was buffered.
     * Meant to be called by every applying thread before a {@link #commit}: each then writes
     * a different segment, at the same time, where the commit alone would write them one
     * after the other on its own thread. Safe while other threads apply changes; it commits
     * nothing.
     */
    public boolean flushBuffered() throws IOException {
        return writer.flushNextBuffer();
    }

    /**
     * Commits everything applied so far, recording {@code seq} as the last applied.
     *
     * @throws IllegalArgumentException if {@code seq} is below the committed seq: the change
     *     feed only moves forward, and going back would make a restart skip nothing it should
     */
    public void commit(long seq) throws IOException {
        if (seq < committedSeq) {
            throw new IllegalArgumentException("seq " + seq + " is below the committed seq " + committedSeq);
        }
        writer.setLiveCommitData(commitData(seq));
        writer.commit();
        committedSeq = seq;
        pending.reset();
    }

    /**
     * Holds the last commit: its files stay on disk, whatever commits follow, until it is
     * {@link #release}d. Safe to call from any thread.
     */
    public IndexCommit holdLastCommit() throws IOException {
        return snapshots.snapshot();
    }

    /** Lets the files of a commit {@link #holdLastCommit held} before go, unless still in use. */
    public void release(IndexCommit commit) throws IOException {
        snapshots.release(commit);
        writer.deleteUnusedFiles();
    }

    /** The index directory, to read the files of a held commit. */
    public Directory directory() {
        return directory;
    }

    /** Discards uncommitted changes and releases the index. */
    @Override
    public void close() throws IOException {
        try {
            writer.rollback();
        } finally {
            analyzer.close();
            directory.close();
        }
    }

    private static long readSeq(Iterable<Map.Entry<String, String>> data) {
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (Fields.COMMIT_SEQ.equals(e.getKey())) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0;
    }

    /** The seq recorded in the latest commit of {@code reader}'s index, 0 if none. */
    public static long committedSeq(DirectoryReader reader) throws IOException {
        return readSeq(reader.getIndexCommit().getUserData().entrySet());
    }
}
