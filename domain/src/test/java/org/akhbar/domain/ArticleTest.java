package org.akhbar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ArticleTest {
    private static final Instant FETCHED = Instant.parse("2023-12-06T10:00:00Z");

    private static Article article(String title, List<String> paragraphs) {
        return Article.create("https://example.ma/a/1", "https://example.ma/a/1", "sample",
                title, paragraphs, OffsetDateTime.parse("2023-12-06T09:00:00+01:00"),
                List.of("مراسل"), "العيون", "ar", FETCHED);
    }

    @Test
    void bodyJoinsParagraphsWithSingleNewlines() {
        Article a = article("عنوان", List.of("الفقرة الأولى", "الفقرة الثانية"));
        assertThat(a.body()).isEqualTo("الفقرة الأولى\nالفقرة الثانية");
    }

    @Test
    void idIsDerivedFromCanonicalUrl() {
        Article a = article("عنوان", List.of("نص"));
        assertThat(a.id()).isEqualTo(ArticleId.ofCanonicalUrl("https://example.ma/a/1"));
        assertThat(a.id().value()).hasSize(16);
    }

    @Test
    void contentHashIgnoresFetchTimeButNotText() {
        Article a = article("عنوان", List.of("نص"));
        Article refetched = Article.create(a.url(), a.canonicalUrl(), a.sourceId(), a.title(),
                a.paragraphs(), a.publishedAt(), a.authors(), a.dateline(), "ar", FETCHED.plusSeconds(3600));
        Article edited = article("عنوان", List.of("نص معدل"));
        assertThat(refetched.contentHash()).isEqualTo(a.contentHash());
        assertThat(edited.contentHash()).isNotEqualTo(a.contentHash());
    }

    @Test
    void paragraphsMovedBetweenFieldsChangeTheHash() {
        assertThat(article("أ ب", List.of("ج")).contentHash())
                .isNotEqualTo(article("أ", List.of("ب ج")).contentHash());
    }

    @Test
    void blankTitleIsRejected() {
        assertThatThrownBy(() -> article(" ", List.of("نص"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankParagraphIsRejected() {
        assertThatThrownBy(() -> article("عنوان", List.of("نص", "  ")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tombstoneKeepsIdentityAndMarksDeletion() {
        Article a = article("عنوان", List.of("نص")).withSeq(7);
        Article t = a.deleted(FETCHED);
        assertThat(t.isDeleted()).isTrue();
        assertThat(t.id()).isEqualTo(a.id());
        assertThat(t.seq()).isEqualTo(7);
    }

    @Property
    void idsAreAlwaysWellFormed(@ForAll String url) {
        assertThat(ArticleId.isWellFormed(ArticleId.ofCanonicalUrl(url).value())).isTrue();
    }
}
