package org.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.akhbar.domain.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nisba adjective and its noun find each other, each below the searched word's own forms. */
class NisbaSearchTest {
    @TempDir
    static Path dir;

    static ArticleSearcher searcher;

    private static Article article(String slug, String title, String body, long seq) {
        return TestIndex.article(slug, title, body, seq);
    }

    static final Article ADJECTIVE = article("adjective", "نشرة إنذارية في الشمال",
            "أصدرت المديرية نشرة إنذارية تتوقع أمطاراً قوية مساء اليوم.", 1);
    static final Article NOUN = article("noun", "أمطار قوية في الشمال",
            "رفعت السلطات درجة الإنذار تحسباً لأمطار قوية مساء اليوم.", 2);
    static final Article OTHER = article("other", "افتتاح مستشفى جديد",
            "افتتح مستشفى إقليمي جديد بعد سنوات من الانتظار.", 3);

    @BeforeAll
    static void index() throws IOException {
        searcher = TestIndex.of(dir, List.of(ADJECTIVE, NOUN, OTHER), 3);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static List<String> ids(String q) throws IOException {
        return TestIndex.ids(searcher, q);
    }

    @Test
    void theAdjectiveFindsItsNounRankedBelowItself() throws IOException {
        assertThat(ids("إنذارية")).containsExactly(ADJECTIVE.id().value(), NOUN.id().value());
    }

    @Test
    void theNounFindsItsAdjectiveRankedBelowItself() throws IOException {
        assertThat(ids("الإنذار")).containsExactly(NOUN.id().value(), ADJECTIVE.id().value());
    }

    @Test
    void aNounWithNoAdjectiveInTheIndexFindsOnlyItself() throws IOException {
        assertThat(ids("مستشفى")).containsExactly(OTHER.id().value());
    }
}
