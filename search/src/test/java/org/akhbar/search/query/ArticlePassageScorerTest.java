package org.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class ArticlePassageScorerTest {
    private static final String[] TERMS = {"مدين", "رياض", "وزار", "امن", "اقتصاد", "x"};

    @Test
    void scoresEveryPassageExactlyAsTheStockScorer() {
        PassageScorer stock = new PassageScorer();
        ArticlePassageScorer ours = new ArticlePassageScorer();
        Random random = new Random(42);
        for (int round = 0; round < 5_000; round++) {
            Passage p = new Passage();
            int start = random.nextInt(5_000);
            int length = 1 + random.nextInt(400);
            p.setStartOffset(start);
            p.setEndOffset(start + length);
            int matches = random.nextInt(12);
            for (int m = 0; m < matches; m++) {
                int at = start + random.nextInt(length);
                // A fresh BytesRef each time, as the highlighter hands them over: equal bytes, not the same object.
                BytesRef term = new BytesRef(TERMS[random.nextInt(TERMS.length)]);
                p.addMatch(at, at + 1, term, 1 + random.nextInt(30));
            }
            int contentLength = start + length + random.nextInt(20_000);

            assertThat(Float.floatToIntBits(ours.score(p, contentLength))).as("round %d", round)
                    .isEqualTo(Float.floatToIntBits(stock.score(p, contentLength)));
        }
    }

    @Test
    void aRepeatedTermCountsOnceWithItsFirstDocumentFrequency() {
        Passage p = new Passage();
        p.setStartOffset(10);
        p.setEndOffset(110);
        p.addMatch(12, 15, new BytesRef("a"), 3);
        p.addMatch(20, 23, new BytesRef("a"), 9);
        p.addMatch(30, 33, new BytesRef("b"), 1);
        ArticlePassageScorer s = new ArticlePassageScorer();

        double expected = (s.tf(2, 100) * s.weight(1000, 3) + (double) (s.tf(1, 100) * s.weight(1000, 1))) * s.norm(10);

        assertThat(s.score(p, 1000)).isEqualTo((float) expected);
    }
}
