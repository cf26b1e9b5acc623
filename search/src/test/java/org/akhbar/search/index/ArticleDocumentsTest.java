package org.akhbar.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.akhbar.domain.Article;
import org.akhbar.search.Fixtures;
import org.akhbar.search.query.ArticleSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleDocumentsTest {
    @TempDir
    Path dir;

    @Test
    void everyFieldRoundTripsThroughTheIndex() throws IOException {
        try (var w = ArticleIndexWriter.open(dir)) {
            for (Article a : Fixtures.ALL) {
                w.apply(a);
            }
            w.commit(8);
        }
        try (var s = ArticleSearcher.open(dir)) {
            for (Article a : Fixtures.ALL) {
                Article back = s.article(a.id()).orElseThrow();
                assertThat(back).isEqualTo(a);
            }
            Article school = s.article(Fixtures.SCHOOL.id()).orElseThrow();
            assertThat(school.publishedAt().getOffset().getTotalSeconds()).isZero();
            assertThat(school.authors()).containsExactly("سعاد الإدريسي", "يوسف بنعلي");
            assertThat(school.dateline()).isEqualTo("العيـــون");
            Article congress = s.article(Fixtures.CONGRESS.id()).orElseThrow();
            assertThat(congress.publishedAt().toString()).isEqualTo("2023-12-05T09:30+01:00");
            assertThat(congress.paragraphs()).hasSize(3);
            assertThat(congress.fetchedAt()).isEqualTo(Instant.parse("2024-06-01T10:15:30.123456Z"));
            assertThat(congress.seq()).isEqualTo(1);
        }
    }

    @Test
    void anUndatedArticleRoundTripsWithoutADate() throws IOException {
        Article undated = Article.create("https://x.example/a", "https://x.example/a", "x", "عنوان بلا تاريخ",
                java.util.List.of("فقرة أولى.", "فقرة ثانية."), null, null, null, null, Instant.EPOCH);
        var doc = ArticleDocuments.toDocument(undated);
        // Stored fields only, as a reader would return them.
        var stored = new org.apache.lucene.document.Document();
        doc.getFields().stream().filter(f -> f.fieldType().stored()).forEach(stored::add);
        assertThat(ArticleDocuments.toArticle(stored)).isEqualTo(undated);
    }

    @Test
    void aTombstoneHasNoDocument() {
        assertThatThrownBy(() -> ArticleDocuments.toDocument(Fixtures.CONGRESS.deleted(Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletedArticlesAreNotFound() throws IOException {
        try (var w = ArticleIndexWriter.open(dir)) {
            w.apply(Fixtures.CONGRESS);
            w.apply(Fixtures.CONGRESS.withSeq(2).deleted(Instant.EPOCH));
            w.commit(2);
        }
        try (var s = ArticleSearcher.open(dir)) {
            assertThat(s.article(Fixtures.CONGRESS.id())).isEmpty();
        }
    }
}
