package org.akhbar.search.query;

import static org.akhbar.search.query.TestIndex.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.akhbar.domain.Article;
import org.junit.jupiter.api.Test;

/**
 * The form typed ranks first, whether or not it is its own stem: a bare word (مطار, which no
 * payload marks, since its stem is itself) and a word with clitics (بالمطار, whose payload is
 * its hash). The three articles differ only in the form of the word, so BM25 ties them and
 * only the exact-form bonus orders them; the form tested for is indexed last, so that a
 * missing bonus would leave it behind on the doc-id tie-break.
 */
class ExactFormSearchTest extends IndexedArticlesTest {
    static final Article WITH_PREPOSITION = article("with-preposition", "حركة المسافرين",
            "ارتفع عدد المسافرين بالمطار الجديد خلال عطلة الصيف.", 1);
    static final Article WITH_ARTICLE = article("with-article", "حركة المسافرين",
            "ارتفع عدد المسافرين في المطار الجديد خلال عطلة الصيف.", 2);
    static final Article BARE = article("bare", "حركة المسافرين",
            "ارتفع عدد المسافرين في مطار جديد خلال عطلة الصيف.", 3);

    @Override
    List<Article> articles() {
        return List.of(WITH_PREPOSITION, WITH_ARTICLE, BARE);
    }

    @Test
    void aBareWordRanksTheArticleWithItsBareFormFirst() throws IOException {
        assertThat(ids("مطار").getFirst()).isEqualTo(BARE.id().value());
    }

    @Test
    void aWordWithCliticsRanksTheArticleWithThoseCliticsFirst() throws IOException {
        assertThat(ids("بالمطار").getFirst()).isEqualTo(WITH_PREPOSITION.id().value());
        assertThat(ids("المطار").getFirst()).isEqualTo(WITH_ARTICLE.id().value());
    }

    @Test
    void aPhraseOfBareWordsRanksItsExactWordingFirst() throws IOException {
        assertThat(ids("\"مطار جديد\"").getFirst()).isEqualTo(BARE.id().value());
    }

    @Test
    void everyFormOfTheWordIsFound() throws IOException {
        assertThat(ids("مطار")).containsExactlyInAnyOrder(
                BARE.id().value(), WITH_ARTICLE.id().value(), WITH_PREPOSITION.id().value());
    }
}
