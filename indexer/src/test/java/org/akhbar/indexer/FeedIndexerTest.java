package org.akhbar.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.domain.Article;
import org.akhbar.search.index.ArticleIndexWriter;
import org.akhbar.search.query.ArticleSearcher;
import org.akhbar.search.query.SearchRequest;
import org.junit.jupiter.api.Test;
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
            IndexRun run = new FeedIndexer(changeFeed(), w, 100, 3).drain();
            assertThat(run.toSeq()).isEqualTo(feed.size());
            assertThat(run.deleted()).isEqualTo(towns.length / 2);
        }
        assertThat(hits("المحطة")).isEqualTo(towns.length / 2);
        assertThat(hits("السوق")).isZero();
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
}
