package org.akhbar.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.domain.Article;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uncompressed stored fields give back every article exactly, small or larger than a chunk. */
class ArticleCodecTest {
    @TempDir
    Path dir;

    @Test
    void articlesOfEverySizeComeBackExactlyFromSegmentsWrittenWithTheCodec() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            // Bodies from a few characters to several chunks (16 KB) long, in Arabic and Latin.
            String paragraph = (i % 2 == 0 ? "أمطار غزيرة في طنجة " : "heavy rain in Tangier ").repeat(i * i % 900 + 1);
            articles.add(Article.create("https://x.example/" + i, "https://x.example/" + i, "x", "عنوان " + i,
                    List.of(paragraph.strip(), "فقرة ثانية " + i), null, List.of(), null, "ar", Instant.EPOCH).withSeq(i));
        }
        try (var w = ArticleIndexWriter.open(dir)) {
            for (Article a : articles) {
                w.apply(a);
            }
            w.commit(articles.size());
        }
        try (var d = FSDirectory.open(dir); var reader = DirectoryReader.open(d)) {
            assertThat(SegmentInfos.readLatestCommit(d).asList())
                    .allSatisfy(s -> assertThat(s.info.getCodec().getName()).isEqualTo(ArticleCodec.NAME));
            var stored = reader.storedFields();
            List<Article> back = new ArrayList<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                back.add(ArticleDocuments.toArticle(stored, doc));
            }
            assertThat(back).containsExactlyInAnyOrderElementsOf(articles);
        }
    }
}
