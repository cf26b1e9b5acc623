package org.akhbar.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.akhbar.domain.Article;
import org.junit.jupiter.api.Test;

class AppliersTest {

    private static Article version(int n, int version) {
        return Article.create("http://127.0.0.1/a/" + n, "http://127.0.0.1/a/" + n, "wadi", "خبر " + n,
                List.of("النسخة " + version + " من الخبر."), OffsetDateTime.parse("2026-12-07T10:00:00+03:00"),
                List.of(), null, "ar", Instant.parse("2026-12-07T07:00:00Z")).withSeq(version);
    }

    @Test
    void theLastSubmittedVersionOfEveryArticleIsAppliedLast() throws Exception {
        Map<String, Article> last = new ConcurrentHashMap<>();
        List<Article> submitted = new ArrayList<>();
        for (int version = 1; version <= 30; version++) {
            for (int n = 0; n < 20; n++) {
                submitted.add(version(n, version * 100 + n));
            }
        }
        try (Appliers appliers = new Appliers(3, 8, a -> last.put(a.canonicalUrl(), a))) {
            appliers.submit(submitted);
            appliers.await(() -> {});
        }
        assertThat(last).hasSize(20);
        assertThat(last.values()).allSatisfy(a -> assertThat(a.seq()).isBetween(3000L, 3019L));
    }

    @Test
    void awaitingRunsTheTaskOnEveryThreadAfterEverythingSubmittedIsApplied() throws Exception {
        Set<Integer> applied = ConcurrentHashMap.newKeySet();
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        List<Article> batch = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
            batch.add(version(n, n + 1));
        }
        try (Appliers appliers = new Appliers(2, 4, a -> applied.add((int) a.seq()))) {
            appliers.submit(batch);
            appliers.await(() -> ran.add(Thread.currentThread().getName() + " saw " + applied.size()));
        }
        assertThat(applied).hasSize(50);
        assertThat(ran).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("index-applier-"));
    }

    @Test
    void aFailureOnAnyThreadIsThrownFromTheNextAwait() throws Exception {
        try (Appliers appliers = new Appliers(2, 4, a -> {
            if (a.seq() == 7) {
                throw new IllegalStateException("disk full at seq 7");
            }
        })) {
            List<Article> batch = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                batch.add(version(n, n + 1));
            }
            appliers.submit(batch);
            assertThatThrownBy(() -> appliers.await(() -> {})).hasMessage("disk full at seq 7");
            assertThatThrownBy(() -> appliers.submit(List.of(version(99, 100)))).hasMessage("disk full at seq 7");
        }
    }
}
