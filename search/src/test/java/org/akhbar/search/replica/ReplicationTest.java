package org.akhbar.search.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.akhbar.search.Fixtures;
import org.akhbar.search.index.ArticleIndexWriter;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicationTest {
    @TempDir
    Path tmp;

    /** The publisher itself as the source, as the indexer's HTTP endpoints serve it. */
    private static RevisionSource sourceOf(RevisionPublisher publisher) {
        return new RevisionSource() {
            @Override
            public Optional<Revision> latest() {
                return publisher.latest();
            }

            @Override
            public InputStream open(Revision revision, String fileName) throws IOException {
                return publisher.open(revision.version(), fileName)
                        .orElseThrow(() -> new IOException("not held: " + fileName));
            }
        };
    }

    private static int docs(Path dir) throws IOException {
        try (var d = FSDirectory.open(dir); var reader = DirectoryReader.open(d)) {
            return reader.numDocs();
        }
    }

    @Test
    void aReplicaCopiesEachPublishedCommitAndReusesTheFilesItHas() throws IOException {
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(tmp.resolve("index"));
                RevisionPublisher publisher = new RevisionPublisher(writer, Duration.ofMinutes(1))) {
            writer.apply(Fixtures.CONGRESS);
            writer.commit(1);
            Revision first = publisher.publish();
            assertThat(first.seq()).isEqualTo(1);
            assertThat(first.files().getLast().name()).startsWith("segments_");

            ReplicaStore store = ReplicaStore.open(tmp.resolve("replica"));
            Path copy1 = store.install(publisher.latest().orElseThrow(), sourceOf(publisher));
            assertThat(docs(copy1)).isEqualTo(1);

            writer.apply(Fixtures.SCHOOL);
            writer.commit(2);
            Revision second = publisher.publish();
            assertThat(second.version()).isNotEqualTo(first.version());
            Path copy2 = store.install(second, sourceOf(publisher));
            assertThat(docs(copy2)).isEqualTo(2);
            assertThat(store.current()).contains(second);
            // The first commit's segment is linked, not copied again.
            String shared = first.files().getFirst().name();
            assertThat(Files.isSameFile(copy1.resolve(shared), copy2.resolve(shared))).isTrue();

            store.deleteAllButCurrent();
            assertThat(copy1).doesNotExist();
            assertThat(ReplicaStore.open(tmp.resolve("replica")).current()).contains(second);
        }
    }

    @Test
    void aCopyCutShortLeavesTheServedCopyAsItWasAndIsDeletedOnTheNextStart() throws IOException {
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(tmp.resolve("index"));
                RevisionPublisher publisher = new RevisionPublisher(writer, Duration.ofMinutes(1))) {
            writer.apply(Fixtures.CONGRESS);
            writer.commit(1);
            ReplicaStore store = ReplicaStore.open(tmp.resolve("replica"));
            Path served = store.install(publisher.publish(), sourceOf(publisher));

            writer.apply(Fixtures.SCHOOL);
            writer.commit(2);
            Revision second = publisher.publish();
            RevisionSource failing = new RevisionSource() {
                @Override
                public Optional<Revision> latest() {
                    return Optional.of(second);
                }

                @Override
                public InputStream open(Revision revision, String fileName) throws IOException {
                    if (fileName.startsWith("segments_")) {
                        throw new IOException("connection reset");
                    }
                    return sourceOf(publisher).open(revision, fileName);
                }
            };
            assertThatThrownBy(() -> store.install(second, failing)).isInstanceOf(IOException.class);
            assertThat(store.currentDirectory()).contains(served);
            assertThat(docs(served)).isEqualTo(1);

            // A kill in the middle of a copy leaves a directory with no ready marker.
            Path halfDone = Files.createDirectory(tmp.resolve("replica/000000099"));
            Files.writeString(halfDone.resolve("_9.cfs"), "partial");
            ReplicaStore restarted = ReplicaStore.open(tmp.resolve("replica"));
            assertThat(halfDone).doesNotExist();
            assertThat(restarted.currentDirectory()).contains(served);
            assertThat(docs(restarted.install(second, sourceOf(publisher)))).isEqualTo(2);
        }
    }

    @Test
    void aCorruptedFileIsRefused() throws IOException {
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(tmp.resolve("index"));
                RevisionPublisher publisher = new RevisionPublisher(writer, Duration.ofMinutes(1))) {
            writer.apply(Fixtures.CONGRESS);
            writer.commit(1);
            Revision revision = publisher.publish();
            RevisionSource flipping = new RevisionSource() {
                @Override
                public Optional<Revision> latest() {
                    return Optional.of(revision);
                }

                @Override
                public InputStream open(Revision r, String fileName) throws IOException {
                    byte[] bytes = sourceOf(publisher).open(r, fileName).readAllBytes();
                    bytes[bytes.length / 2] ^= 1;
                    return new java.io.ByteArrayInputStream(bytes);
                }
            };
            ReplicaStore store = ReplicaStore.open(tmp.resolve("replica"));
            assertThatThrownBy(() -> store.install(revision, flipping)).isInstanceOf(IOException.class);
            assertThat(store.current()).isEmpty();
        }
    }

    @Test
    void aReplacedRevisionIsHeldForTheRetainTimeThenItsFilesGo() throws IOException {
        AtomicLong now = new AtomicLong();
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(tmp.resolve("index"));
                RevisionPublisher publisher = new RevisionPublisher(writer, Duration.ofSeconds(30), now::get)) {
            writer.apply(Fixtures.CONGRESS);
            writer.commit(1);
            Revision first = publisher.publish();
            writer.apply(Fixtures.SCHOOL);
            writer.commit(2);
            publisher.publish();
            String segments = first.files().getLast().name();
            try (InputStream held = publisher.open(first.version(), segments).orElseThrow()) {
                assertThat(held.read()).isNotNegative();
            }
            assertThat(publisher.open(first.version(), "write.lock")).isEmpty();

            now.addAndGet(Duration.ofSeconds(31).toNanos());
            assertThat(publisher.open(first.version(), segments)).isEmpty();
            assertThat(tmp.resolve("index").resolve(segments)).doesNotExist();
            assertThat(publisher.held()).isEqualTo(1);
        }
    }
}
