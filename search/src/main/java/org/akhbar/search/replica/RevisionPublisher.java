package org.akhbar.search.replica;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.akhbar.search.index.ArticleIndexWriter;
import org.akhbar.search.index.CommitInfo;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Publishes the indexer's commits to replicas.
 *
 * <p>Contract: {@link #publish()} after a commit holds that commit (its files stay on disk
 * whatever the writer does next) and makes it the {@link #latest()} revision. A revision that
 * a newer one replaced stays held for {@code retain}, so a replica that started copying it can
 * finish; then its files go. {@link #open} serves the files of any revision still held, and
 * nothing else: not a file outside the revision, not a revision let go. Thread-safe: the
 * indexing thread publishes while HTTP threads read.
 */
public final class RevisionPublisher implements Closeable {
    private record Held(IndexCommit commit, Revision revision, long releaseAtNanos) {}

    private final ArticleIndexWriter writer;
    private final long retainNanos;
    private final LongSupplier nanoTime;
    private Held latest;
    private final Deque<Held> replaced = new ArrayDeque<>();
    private Instant publishedAt;

    public RevisionPublisher(ArticleIndexWriter writer, Duration retain) {
        this(writer, retain, System::nanoTime);
    }

    RevisionPublisher(ArticleIndexWriter writer, Duration retain, LongSupplier nanoTime) {
        this.writer = writer;
        this.retainNanos = retain.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Publishes the writer's last commit (again publishing the same commit changes nothing). */
    public synchronized Revision publish() throws IOException {
        IndexCommit commit = writer.holdLastCommit();
        if (latest != null && latest.commit().getGeneration() == commit.getGeneration()) {
            writer.release(commit);
            releaseExpired();
            return latest.revision();
        }
        Revision revision;
        try {
            revision = describe(commit, writer.directory());
        } catch (IOException | RuntimeException e) {
            writer.release(commit);
            throw e;
        }
        if (latest != null) {
            replaced.add(new Held(latest.commit(), latest.revision(), nanoTime.getAsLong() + retainNanos));
        }
        latest = new Held(commit, revision, Long.MAX_VALUE);
        publishedAt = Instant.now();
        releaseExpired();
        return revision;
    }

    /** The revision published last; empty before the first {@link #publish()}. */
    public synchronized Optional<Revision> latest() {
        return Optional.ofNullable(latest).map(Held::revision);
    }

    /** When the latest revision was published; null before the first. */
    public synchronized Instant publishedAt() {
        return publishedAt;
    }

    /** Revisions held on disk: the latest and those still retained for replicas copying them. */
    public synchronized int held() {
        return replaced.size() + (latest == null ? 0 : 1);
    }

    /**
     * The bytes of file {@code name} of the revision {@code version}; empty when that revision
     * is no longer held or has no such file.
     */
    public synchronized Optional<InputStream> open(String version, String name) throws IOException {
        releaseExpired();
        List<Held> all = new ArrayList<>(replaced);
        if (latest != null) {
            all.add(latest);
        }
        for (Held h : all) {
            if (h.revision().version().equals(version) && h.revision().file(name).isPresent()) {
                // The stream is read on another thread: an input of the default context, not a
                // read-once one (which is confined to the thread that opened it).
                return Optional.of(new IndexInputStream(writer.directory().openInput(name, IOContext.DEFAULT)));
            }
        }
        return Optional.empty();
    }

    private void releaseExpired() throws IOException {
        long now = nanoTime.getAsLong();
        while (!replaced.isEmpty() && replaced.peekFirst().releaseAtNanos() - now <= 0) {
            writer.release(replaced.pollFirst().commit());
        }
    }

    /** Lets every held revision go; the writer may then delete their files. */
    @Override
    public synchronized void close() throws IOException {
        while (!replaced.isEmpty()) {
            writer.release(replaced.pollFirst().commit());
        }
        if (latest != null) {
            writer.release(latest.commit());
            latest = null;
        }
    }

    /** The revision of {@code commit}: each file with its length and footer checksum, segments_N last. */
    static Revision describe(IndexCommit commit, Directory dir) throws IOException {
        String segments = commit.getSegmentsFileName();
        List<RevisionFile> files = new ArrayList<>();
        RevisionFile segmentsFile = null;
        for (String name : commit.getFileNames().stream().sorted().toList()) {
            RevisionFile f;
            try (IndexInput in = dir.openInput(name, IOContext.READONCE)) {
                f = new RevisionFile(name, in.length(), CodecUtil.retrieveChecksum(in));
            }
            if (name.equals(segments)) {
                segmentsFile = f;
            } else {
                files.add(f);
            }
        }
        files.add(segmentsFile);
        CommitInfo info = CommitInfo.of(commit);
        Instant committedAt = info.committedAt() == null ? Instant.EPOCH : info.committedAt();
        return new Revision(Revision.versionOf(commit.getGeneration(), segmentsFile.checksum()),
                commit.getGeneration(), info.seq(), committedAt, files);
    }
}
