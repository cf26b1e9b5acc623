package org.akhbar.search.query;

import static org.akhbar.search.query.TestIndex.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.akhbar.domain.Article;
import org.junit.jupiter.api.Test;

/** A nisba adjective and its noun find each other, each below the searched word's own forms. */
class NisbaSearchTest extends IndexedArticlesTest {
    static final Article ADJECTIVE = article("adjective", "نشرة إنذارية في الشمال",
            "أصدرت المديرية نشرة إنذارية تتوقع أمطاراً قوية مساء اليوم.", 1);
    static final Article NOUN = article("noun", "أمطار قوية في الشمال",
            "رفعت السلطات درجة الإنذار تحسباً لأمطار قوية مساء اليوم.", 2);
    static final Article OTHER = article("other", "افتتاح مستشفى جديد",
            "افتتح مستشفى إقليمي جديد بعد سنوات من الانتظار.", 3);

    @Override
    List<Article> articles() {
        return List.of(ADJECTIVE, NOUN, OTHER);
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
