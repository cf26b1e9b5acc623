package org.akhbar.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.akhbar.domain.Article;
import org.akhbar.search.Fixtures;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexWriterTest {
    @TempDir
    Path dir;

    private int committedDocs() throws IOException {
        try (var d = FSDirectory.open(dir); var reader = DirectoryReader.open(d)) {
            return reader.numDocs();
        }
    }

    @Test
    void newIndexIsCreatedWithSeqZeroAndAFirstCommit() throws IOException {
        Path nested = dir.resolve("a/b/index");
        try (var w = ArticleIndexWriter.open(nested)) {
            assertThat(w.committedSeq()).isZero();
        }
        try (var d = FSDirectory.open(nested)) {
            assertThat(DirectoryReader.indexExists(d)).isTrue();
        }
    }

    @Test
    void anIndexOfAnotherFieldLayoutStartsAfreshSoTheIndexerRefillsIt() throws IOException {
        // An index as an earlier layout left it: documents, a seq, no schema in the commit.
        try (var d = FSDirectory.open(dir);
                var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            w.addDocument(ArticleDocuments.toDocument(Fixtures.CONGRESS));
            w.setLiveCommitData(java.util.Map.of(Fields.COMMIT_SEQ, "42").entrySet());
            w.commit();
        }
        try (var w = ArticleIndexWriter.open(dir)) {
            assertThat(w.committedSeq()).isZero();
        }
        assertThat(committedDocs()).isZero();
        // Once written with this layout, it is kept as it is.
        try (var w = ArticleIndexWriter.open(dir)) {
            w.apply(Fixtures.SCHOOL);
            w.commit(7);
        }
        try (var w = ArticleIndexWriter.open(dir)) {
            assertThat(w.committedSeq()).isEqualTo(7);
        }
        assertThat(committedDocs()).isEqualTo(1);
    }

    @Test
    void commitStoresTheSeqWithTheDocuments() throws IOException {
        try (var w = ArticleIndexWriter.open(dir)) {
            w.apply(Fixtures.CONGRESS);
            w.apply(Fixtures.SCHOOL);
            w.commit(2);
            assertThat(w.committedSeq()).isEqualTo(2);
        }
        try (var w = ArticleIndexWriter.open(dir)) {
            assertThat(w.committedSeq()).isEqualTo(2);
        }
        try (var d = FSDirectory.open(dir); var reader = DirectoryReader.open(d)) {
            assertThat(reader.numDocs()).isEqualTo(2);
            assertThat(ArticleIndexWriter.committedSeq(reader)).isEqualTo(2);
        }
    }

    @Test
    void closingWithoutCommitLosesTheUncommittedDocumentsAndKeepsThePreviousSeq() throws IOException {
        try (var w = ArticleIndexWriter.open(dir)) {
            w.apply(Fixtures.CONGRESS);
            w.commit(1);
            w.apply(Fixtures.SCHOOL);
            w.apply(Fixtures.TEACHER);
            assertThat(w.pendingChanges()).isEqualTo(2);
            // a crash: no commit(3)
        }
        try (var w = ArticleIndexWriter.open(dir)) {
            assertThat(w.committedSeq()).isEqualTo(1);
        }
        assertThat(committedDocs()).isEqualTo(1);
    }

    @Test
    void resumingAfterACrashAndReapplyingDuplicatesNothing() throws IOException {
        try (var w = ArticleIndexWriter.open(dir)) {
            w.apply(Fixtures.CONGRESS);
            w.apply(Fixtures.SCHOOL);
            w.commit(2);
            w.apply(Fixtures.TEACHER);
        }
        try (var w = ArticleIndexWriter.open(dir)) {
            // The feed replays from the committed seq, and a little before it does no harm.
            w.apply(Fixtures.SCHOOL);
            w.apply(Fixtures.TEACHER);
            w.commit(3);
        }
        assertThat(committedDocs()).isEqualTo(3);
    }

    @Test
    void applyingTheSameArticleTwiceLeavesOneDocument() throws IOException {
        try (var w = ArticleIndexWriter.open(dir)) {
            w.apply(Fixtures.CONGRESS);
            w.apply(Fixtures.CONGRESS.withSeq(9));
            w.commit(9);
        }
        assertThat(committedDocs()).isEqualTo(1);
    }

    @Test
    void aTombstoneDeletesTheDocument() throws IOException {
        try (var w = ArticleIndexWriter.open(dir)) {
            w.apply(Fixtures.CONGRESS);
            w.apply(Fixtures.SCHOOL);
            w.commit(2);
            w.apply(Fixtures.CONGRESS.withSeq(3).deleted(Instant.parse("2024-06-02T00:00:00Z")));
            w.commit(3);
        }
        assertThat(committedDocs()).isEqualTo(1);
    }

    @Test
    void anArticleDeletedAndRevivedInANewIndexEndsAsOneDocument() throws IOException {
        try (var w = ArticleIndexWriter.open(dir)) {
            w.apply(Fixtures.CONGRESS);
            w.apply(Fixtures.CONGRESS.withSeq(2).deleted(Instant.parse("2024-06-02T00:00:00Z")));
            w.apply(Fixtures.CONGRESS.withSeq(3));
            // A tombstone of an article the index never held deletes nothing.
            w.apply(Fixtures.SCHOOL.withSeq(4).deleted(Instant.parse("2024-06-02T00:00:00Z")));
            w.commit(4);
        }
        assertThat(committedDocs()).isEqualTo(1);
    }

    @Test
    void aNewIndexLoadedOnTwoThreadsHoldsEachArticleOnceAfterASecondVersionOfEach() throws Exception {
        // Each article's versions come from one thread, in order, as the indexer applies them;
        // the first goes to the empty index as an add, the second replaces it.
        List<Article> first = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String url = "https://hespress.example/news/" + i;
            first.add(Article.create(url, url, "hespress", "افتتاح مدرسة جديدة رقم " + i,
                    List.of("افتتحت وزارة التربية مدرسة جديدة في الحي " + i + "."), null, List.of(), null, "ar",
                    Instant.parse("2024-06-01T10:15:30Z")).withSeq(i + 1));
        }
        try (var w = ArticleIndexWriter.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> parts = new ArrayList<>();
                for (int part = 0; part < 2; part++) {
                    int p = part;
                    parts.add(pool.submit(() -> {
                        for (int i = p; i < first.size(); i += 2) {
                            w.apply(first.get(i));
                            w.apply(first.get(i).withSeq(1000 + i));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : parts) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            w.commit(1399);
        }
        assertThat(committedDocs()).isEqualTo(400);
        try (var d = FSDirectory.open(dir); var reader = DirectoryReader.open(d)) {
            // The version left is the later one.
            var hits = new org.apache.lucene.search.IndexSearcher(reader).search(
                    new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.ID, first.get(7).id().value())), 2);
            assertThat(hits.totalHits.value()).isEqualTo(1);
            assertThat(ArticleDocuments.toArticle(reader.storedFields(), hits.scoreDocs[0].doc).seq()).isEqualTo(1007);
        }
    }

    @Test
    void anArticleAppliedAgainAfterReopeningANonEmptyIndexIsReplaced() throws IOException {
        try (var w = ArticleIndexWriter.open(dir)) {
            w.apply(Fixtures.CONGRESS);
            w.commit(1);
        }
        try (var w = ArticleIndexWriter.open(dir)) {
            w.apply(Fixtures.CONGRESS.withSeq(2));
            w.commit(2);
        }
        assertThat(committedDocs()).isEqualTo(1);
    }

    @Test
    void theSeqCannotGoBackwards() throws IOException {
        try (var w = ArticleIndexWriter.open(dir)) {
            w.commit(5);
            assertThatThrownBy(() -> w.commit(4)).isInstanceOf(IllegalArgumentException.class);
            w.commit(5);
            assertThat(w.committedSeq()).isEqualTo(5);
        }
    }
}
