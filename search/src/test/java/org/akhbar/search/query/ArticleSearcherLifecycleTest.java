package org.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.akhbar.search.Fixtures;
import org.akhbar.search.index.ArticleIndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSearcherLifecycleTest {
    @TempDir
    Path dir;

    private static SearchRequest all() {
        return new SearchRequest("", List.of(), null, null, 1, 10);
    }

    @Test
    void aMissingIndexSearchesAsEmptyUntilTheFirstCommitAppears() throws IOException {
        Path index = dir.resolve("not-yet");
        try (var s = ArticleSearcher.open(index)) {
            assertThat(s.search(all()).total()).isZero();
            assertThat(s.articleCount()).isZero();
            assertThat(s.article(Fixtures.CONGRESS.id())).isEmpty();
            assertThat(s.maybeRefresh()).isFalse();
            try (var w = ArticleIndexWriter.open(index)) {
                w.apply(Fixtures.CONGRESS);
                w.commit(1);
            }
            assertThat(s.maybeRefresh()).isTrue();
            assertThat(s.search(new SearchRequest("طنجة", List.of(), null, null, 1, 10)).total()).isEqualTo(1);
            assertThat(s.searchedSeq()).isEqualTo(1);
        }
    }

    @Test
    void anEmptyDirectorySearchesAsEmpty() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        try (var s = ArticleSearcher.open(dir.resolve("empty"))) {
            assertThat(s.search(new SearchRequest("طنجة", List.of(), null, null, 1, 10)).hits()).isEmpty();
        }
    }

    @Test
    void newCommitsAreSeenOnlyAfterRefresh() throws IOException {
        try (var w = ArticleIndexWriter.open(dir); var s = ArticleSearcher.open(dir)) {
            assertThat(s.articleCount()).isZero();
            w.apply(Fixtures.SCHOOL);
            w.apply(Fixtures.TEACHER);
            assertThat(s.maybeRefresh()).as("nothing committed yet").isFalse();
            w.commit(3);
            assertThat(s.articleCount()).isZero();
            assertThat(s.maybeRefresh()).isTrue();
            assertThat(s.articleCount()).isEqualTo(2);
            w.apply(Fixtures.SCHOOL.withSeq(4).deleted(java.time.Instant.EPOCH));
            w.commit(4);
            s.maybeRefresh();
            assertThat(s.articleCount()).isEqualTo(1);
            assertThat(s.article(Fixtures.SCHOOL.id())).isEmpty();
            assertThat(s.searchedSeq()).isEqualTo(4);
        }
    }
}
