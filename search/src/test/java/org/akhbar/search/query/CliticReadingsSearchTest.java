package org.akhbar.search.query;

import static org.akhbar.search.query.TestIndex.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.akhbar.domain.Article;
import org.junit.jupiter.api.Test;

/** Words whose first letter only looks like a clitic are found in every form, exact form first. */
class CliticReadingsSearchTest extends IndexedArticlesTest {
    static final Article BARE = article("bare", "منصة جديدة للتجارة",
            "تراهن الجهة على منصة لوجستيكية حديثة قرب الميناء لتسريع نقل البضائع.", 1);
    static final Article WITH_ARTICLE = article("article", "توسعة المنطقة الحرة",
            "ستضم المنطقة الحرة الخدمات اللوجستيكية والمخازن المبردة.", 2);
    static final Article CITY = article("city", "افتتاح مستشفى جديد",
            "افتتح بورزازات مستشفى إقليمي جديد بعد سنوات من الانتظار.", 3);

    @Override
    List<Article> articles() {
        return List.of(BARE, WITH_ARTICLE, CITY);
    }

    @Test
    void articleFormFindsAWordWhoseLamLooksLikeAPreposition() throws IOException {
        assertThat(ids("اللوجستيكية")).containsExactly(WITH_ARTICLE.id().value(), BARE.id().value());
    }

    @Test
    void bareFormFindsTheArticleFormAndRanksItsExactFormFirst() throws IOException {
        assertThat(ids("لوجستيكية")).containsExactly(BARE.id().value(), WITH_ARTICLE.id().value());
    }

    @Test
    void cityWhoseWawLooksLikeAConjunctionIsFoundBehindAPreposition() throws IOException {
        assertThat(ids("ورزازات")).containsExactly(CITY.id().value());
    }

    @Test
    void snippetMarksTheBareFormFoundByTheArticleForm() throws IOException {
        SearchHit hit = searcher.search(new SearchRequest("اللوجستيكية", List.of(), null, null, 1, 10)).hits().stream()
                .filter(h -> h.id().equals(BARE.id().value())).findFirst().orElseThrow();
        assertThat(hit.snippet()).contains("<mark>لوجستيكية</mark>");
    }
}
