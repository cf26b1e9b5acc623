package org.akhbar.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static java.util.stream.Collectors.toSet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.akhbar.search.index.Fields;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.domain.Article;
import org.akhbar.search.index.ArticleIndexWriter;
import org.akhbar.search.query.ArticleSearcher;
import org.akhbar.search.query.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class FeedIndexerTest {
    @TempDir Path dir;

    /** An in-memory change feed: what the store's changesAfter returns. */
    private final List<Article> feed = new ArrayList<>();

    private ChangeFeed changeFeed() {
        return (after, limit) -> feed.stream().filter(a -> a.seq() > after).limit(limit).toList();
    }

    private Article article(int n, String title, String body) {
        return Article.create("http://127.0.0.1/a/" + n, "http://127.0.0.1/a/" + n, "wadi", title,
                        List.of(body), OffsetDateTime.parse("2025-12-06T10:00:00+01:00"), List.of(), null, "ar",
                        Instant.parse("2025-12-06T10:00:00Z"))
                .withSeq(feed.size() + 1);
    }

    private void publish(Article a) {
        feed.add(a.withSeq(feed.size() + 1));
    }

    private long hits(String q) throws Exception {
        try (ArticleSearcher s = ArticleSearcher.open(dir)) {
            return s.search(new SearchRequest(q, List.of(), null, null, 1, 10)).total();
        }
    }

    @Test
    void drainAppliesEveryChangeAndCommitsTheLastSeq() throws Exception {
        publish(article(1, "افتتاح ميناء جديد بطنجة", "دشنت السلطات ميناء جديدا في المدينة"));
        publish(article(2, "موسم الصيد", "انطلق موسم صيد الأخطبوط في الداخلة"));
        publish(article(3, "معرض الكتاب", "يستقبل معرض الكتاب زواره هذا الأسبوع"));
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir)) {
            IndexRun run = new FeedIndexer(changeFeed(), w, 2).drain();
            assertThat(run.indexed()).isEqualTo(3);
            assertThat(run.toSeq()).isEqualTo(3);
            assertThat(w.committedSeq()).isEqualTo(3);
        }
        assertThat(hits("طنجة")).isEqualTo(1);
    }

    @Test
    void aSecondRunResumesFromTheCommittedSeqAndAppliesOnlyNewChanges() throws Exception {
        publish(article(1, "افتتاح ميناء جديد", "دشنت السلطات ميناء جديدا"));
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir)) {
            new FeedIndexer(changeFeed(), w, 10).drain();
        }
        publish(article(2, "موسم الصيد", "انطلق موسم صيد الأخطبوط"));
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir)) {
            IndexRun run = new FeedIndexer(changeFeed(), w, 10).drain();
            assertThat(run.fromSeq()).isEqualTo(1);
            assertThat(run.indexed()).isEqualTo(1);
        }
    }

    @Test
    void aTombstoneRemovesTheArticleFromSearch() throws Exception {
        Article a = article(1, "افتتاح ميناء جديد", "دشنت السلطات ميناء جديدا");
        publish(a);
        publish(a.deleted(Instant.parse("2025-12-07T00:00:00Z")));
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir)) {
            IndexRun run = new FeedIndexer(changeFeed(), w, 10).drain();
            assertThat(run.deleted()).isEqualTo(1);
        }
        assertThat(hits("ميناء")).isZero();
    }

    @Test
    void anUpdatedArticleReplacesItsDocument() throws Exception {
        publish(article(1, "افتتاح ميناء جديد", "نص أول عن الميناء"));
        publish(article(1, "افتتاح ميناء جديد", "نص معدل عن الميناء والمحطة"));
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir)) {
            new FeedIndexer(changeFeed(), w, 10).drain();
        }
        assertThat(hits("ميناء")).isEqualTo(1);
        assertThat(hits("المحطة")).isEqualTo(1);
    }

    @Test
    void onSeveralThreadsEachArticleStillEndsInItsLastState() throws Exception {
        String[] towns = {"طنجة", "وجدة", "أكادير", "مكناس", "الداخلة", "العيون", "تطوان", "الرباط"};
        List<Article> originals = new ArrayList<>();
        for (int i = 0; i < towns.length; i++) {
            Article a = article(i + 1, "أخبار " + towns[i], "تقرير أول من " + towns[i] + " عن حركة السوق");
            originals.add(a);
            publish(a);
        }
        // In the same batch: every article updated, and the even ones then deleted.
        for (int i = 0; i < towns.length; i++) {
            publish(article(i + 1, "أخبار " + towns[i], "تقرير معدل من " + towns[i] + " عن افتتاح المحطة"));
            if (i % 2 == 0) {
                publish(originals.get(i).deleted(Instant.parse("2025-12-07T00:00:00Z")));
            }
        }
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir)) {
            IndexRun run = new FeedIndexer(changeFeed(), w, 100, 3, java.time.Duration.ZERO).drain();
            assertThat(run.toSeq()).isEqualTo(feed.size());
            assertThat(run.deleted()).isEqualTo(towns.length / 2);
        }
        assertThat(hits("المحطة")).isEqualTo(towns.length / 2);
        assertThat(hits("السوق")).isZero();
    }

    @Test
    void onSeveralThreadsEveryArticleOfABatchIsIndexedOnce() throws Exception {
        for (int i = 1; i <= 40; i++) {
            publish(article(i, "تقرير رقم " + i, "افتتاح المحطة الجديدة في المدينة"));
        }
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir)) {
            IndexRun run = new FeedIndexer(changeFeed(), w, 25, 3, java.time.Duration.ZERO).drain();
            assertThat(run.indexed()).isEqualTo(40);
        }
        assertThat(hits("المحطة")).isEqualTo(40);
    }

    @Test
    void aFeedThatGoesBackwardsStopsBeforeCommitting() throws Exception {
        publish(article(1, "افتتاح ميناء جديد", "نص"));
        feed.add(article(2, "موسم الصيد", "نص").withSeq(1));
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir)) {
            FeedIndexer indexer = new FeedIndexer((after, limit) -> List.copyOf(feed), w, 10);
            assertThatThrownBy(indexer::drain).isInstanceOf(IllegalStateException.class);
            assertThat(w.committedSeq()).isZero();
        }
    }

    /** A change feed that fails, as a crash would stop the indexer, on its {@code failingCall}-th read. */
    private ChangeFeed crashingOn(int failingCall) {
        AtomicInteger calls = new AtomicInteger();
        ChangeFeed feed = changeFeed();
        return (after, limit) -> {
            if (calls.incrementAndGet() == failingCall) {
                throw new IllegalStateException("crash");
            }
            return feed.changesAfter(after, limit);
        };
    }

    /** The ids of the documents in the index's last commit, read from disk. */
    private Set<String> committedIds() throws Exception {
        Set<String> ids = new HashSet<>();
        try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            StoredFields stored = r.storedFields();
            Bits live = MultiBits.getLiveDocs(r);
            for (int doc = 0; doc < r.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    ids.add(stored.document(doc).get(Fields.ID));
                }
            }
        }
        return ids;
    }

    private long committedSeqOnDisk() throws Exception {
        try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            return ArticleIndexWriter.committedSeq(r);
        }
    }

    /** The ids of the articles whose last version up to {@code seq} is live: what an index at {@code seq} must hold. */
    private Set<String> liveIdsUpTo(long seq) {
        Map<String, Article> last = new HashMap<>();
        feed.stream().filter(a -> a.seq() <= seq).forEach(a -> last.put(a.id().value(), a));
        return last.values().stream().filter(a -> !a.isDeleted()).map(a -> a.id().value()).collect(toSet());
    }

    private void publishArticles(int n) {
        for (int i = 1; i <= n; i++) {
            publish(article(i, "خبر رقم " + i, "نص الخبر رقم " + i + " من المدينة"));
        }
        // Some of them change and one goes away, so replaying must replace and delete too.
        publish(article(3, "خبر رقم 3 معدل", "نص معدل"));
        publish(feed.get(5).deleted(Instant.parse("2025-12-07T00:00:00Z")));
    }

    @ParameterizedTest(name = "crash on read {0}, commit every {1} s")
    @CsvSource({"1, 0", "2, 0", "4, 0", "7, 0", "2, 3600", "5, 3600", "8, 3600"})
    void aCrashAtAnyPointLeavesTheCommittedSeqCoveringExactlyTheCommittedArticles(int failingRead, int commitSeconds)
            throws Exception {
        publishArticles(20);
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir)) {
            FeedIndexer indexer = new FeedIndexer(crashingOn(failingRead), w, 3, 2, Duration.ofSeconds(commitSeconds));
            assertThatThrownBy(indexer::drain).hasMessage("crash");
        } // closing without a commit is what a crash leaves behind
        long seq = committedSeqOnDisk();
        assertThat(committedIds()).isEqualTo(liveIdsUpTo(seq));
        if (commitSeconds > 0) {
            assertThat(seq).isZero(); // nothing was due before the crash
        }
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir)) {
            IndexRun run = new FeedIndexer(changeFeed(), w, 3, 2, Duration.ofSeconds(commitSeconds)).drain();
            assertThat(run.fromSeq()).isEqualTo(seq);
            assertThat(run.toSeq()).isEqualTo(feed.size());
        }
        assertThat(committedIds()).isEqualTo(liveIdsUpTo(feed.size()));
    }

    @Test
    void everyCommitHoldsExactlyTheArticlesUpToTheSeqItRecords() throws Exception {
        publishArticles(20);
        List<Long> commits = new ArrayList<>();
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir)) {
            new FeedIndexer(changeFeed(), w, 4, 2, Duration.ZERO).drain(new FeedIndexer.Listener() {
                @Override
                public void committed(IndexRun run) {
                    try {
                        assertThat(committedSeqOnDisk()).isEqualTo(run.toSeq());
                        assertThat(committedIds()).isEqualTo(liveIdsUpTo(run.toSeq()));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    commits.add(run.toSeq());
                }
            });
        }
        assertThat(commits).hasSize((feed.size() + 3) / 4).isSorted().endsWith((long) feed.size());
    }

    @Test
    void aLongCommitIntervalCommitsOnceWhenTheFeedIsDrained() throws Exception {
        publishArticles(20);
        List<Long> applied = new ArrayList<>();
        List<Long> commits = new ArrayList<>();
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir)) {
            new FeedIndexer(changeFeed(), w, 4, 1, Duration.ofHours(1)).drain(new FeedIndexer.Listener() {
                @Override
                public void applied(IndexRun run) {
                    applied.add(run.toSeq());
                }

                @Override
                public void committed(IndexRun run) {
                    commits.add(run.toSeq());
                }
            });
        }
        assertThat(applied).hasSize((feed.size() + 3) / 4);
        assertThat(commits).containsExactly((long) feed.size());
        assertThat(committedIds()).isEqualTo(liveIdsUpTo(feed.size()));
    }

    @Test
    void stoppingCommitsWhatWasAppliedAndReadsNoFurther() throws Exception {
        publishArticles(20);
        try (ArticleIndexWriter w = ArticleIndexWriter.open(dir)) {
            FeedIndexer indexer = new FeedIndexer(changeFeed(), w, 4, 2, Duration.ofHours(1));
            IndexRun run = indexer.drain(new FeedIndexer.Listener() {
                @Override
                public void applied(IndexRun soFar) {
                    if (soFar.changes() >= 8) {
                        indexer.stop();
                    }
                }
            });
            assertThat(run.toSeq()).isEqualTo(8);
            assertThat(w.committedSeq()).isEqualTo(8);
        }
        assertThat(committedIds()).isEqualTo(liveIdsUpTo(8));
    }
}
