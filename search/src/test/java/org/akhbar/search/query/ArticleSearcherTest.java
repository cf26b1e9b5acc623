package org.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.akhbar.domain.Article;
import org.akhbar.search.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSearcherTest {
    @TempDir
    static Path dir;

    static ArticleSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        searcher = TestIndex.of(dir, Fixtures.ALL, Fixtures.ALL.size());
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchResult search(String q) throws IOException {
        return searcher.search(new SearchRequest(q, List.of(), null, null, 1, 20));
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    private static String id(Article a) {
        return a.id().value();
    }

    @Test
    void cityFindsItWithAPrepositionGlued() throws IOException {
        assertThat(ids(search("طنجة"))).containsExactly(id(Fixtures.CONGRESS));
    }

    @Test
    void nounFindsItWithLamGlued() throws IOException {
        assertThat(ids(search("قادة"))).containsExactly(id(Fixtures.CONGRESS));
    }

    @Test
    void articleFormFindsItWithAConjunctionGlued() throws IOException {
        assertThat(ids(search("الأمن"))).containsExactly(id(Fixtures.CONGRESS));
    }

    @Test
    void bareAlefFindsACurlyQuotedHamzaName() throws IOException {
        assertThat(ids(search("انتربول"))).containsExactly(id(Fixtures.CONGRESS));
    }

    @Test
    void numberFindsItGluedToTheArticle() throws IOException {
        assertThat(ids(search("47"))).containsExactly(id(Fixtures.CONGRESS));
        assertThat(ids(search("المؤتمر 47"))).containsExactly(id(Fixtures.CONGRESS));
        assertThat(ids(search("\"المؤتمر 47\""))).containsExactly(id(Fixtures.CONGRESS));
    }

    @Test
    void hamzaOnYehFindsHamzaOnWaw() throws IOException {
        assertThat(ids(search("مسئول"))).containsExactly(id(Fixtures.CONGRESS));
    }

    @Test
    void hehFindsTehMarbutaButNotTheMasculineNoun() throws IOException {
        assertThat(ids(search("مدرسه"))).containsExactly(id(Fixtures.SCHOOL));
        assertThat(ids(search("مدرس"))).containsExactly(id(Fixtures.TEACHER));
    }

    @Test
    void arabicIndicDigitsFindAsciiDigits() throws IOException {
        assertThat(ids(search("٢٠٢٣"))).containsExactly(id(Fixtures.CONGRESS));
    }

    @Test
    void datelineIsSearchableWithoutItsTatweel() throws IOException {
        assertThat(ids(search("العيون"))).containsExactly(id(Fixtures.SCHOOL));
    }

    @Test
    void exactFormRanksAboveAStemOnlyMatch() throws IOException {
        assertThat(ids(search("الميناء"))).containsExactly(id(Fixtures.PORT_EXACT), id(Fixtures.PORT_CLITIC));
    }

    @Test
    void titleMatchRanksAboveBodyOnlyMatch() throws IOException {
        assertThat(ids(search("الفيضانات"))).containsExactly(id(Fixtures.FLOOD_TITLE), id(Fixtures.FLOOD_BODY));
    }

    @Test
    void quotedPhraseRequiresAdjacentWords() throws IOException {
        assertThat(ids(search("الحماية المدنية"))).containsExactlyInAnyOrder(id(Fixtures.CONGRESS), id(Fixtures.TEACHER));
        assertThat(ids(search("\"الحماية المدنية\""))).containsExactly(id(Fixtures.CONGRESS));
    }

    @Test
    void adjacentWordsRankAboveScatteredOnes() throws IOException {
        assertThat(ids(search("الحماية المدنية")).getFirst()).isEqualTo(id(Fixtures.CONGRESS));
    }

    @Test
    void unbalancedQuoteRunsToTheEnd() throws IOException {
        assertThat(ids(search("\"الحماية المدنية"))).containsExactly(id(Fixtures.CONGRESS));
    }

    @Test
    void aWordNoArticleHasDoesNotHideArticlesWithTheOthers() throws IOException {
        assertThat(ids(search("الفيضانات الزلزال"))).containsExactly(id(Fixtures.FLOOD_TITLE), id(Fixtures.FLOOD_BODY));
    }

    @Test
    void plusRequiresAndMinusExcludes() throws IOException {
        assertThat(ids(search("الرياح -الميناء"))).isEmpty();
        assertThat(ids(search("السفن -توقف"))).containsExactly(id(Fixtures.PORT_CLITIC));
        // Exclusion is by stem too: excluding بالميناء excludes الميناء.
        assertThat(ids(search("السفن -بالميناء"))).isEmpty();
        assertThat(ids(search("+الغرب +الأمطار"))).containsExactly(id(Fixtures.FLOOD_TITLE));
        assertThat(ids(search("-السلطات"))).doesNotContain(id(Fixtures.FLOOD_TITLE), id(Fixtures.FLOOD_BODY))
                .hasSize(Fixtures.ALL.size() - 2);
    }

    @Test
    void onlyStopWordsMatchNothing() throws IOException {
        assertThat(search("في على من").total()).isZero();
    }

    @Test
    void emptyQueryListsEverythingNewestFirst() throws IOException {
        SearchResult r = search("  ");
        assertThat(r.total()).isEqualTo(Fixtures.ALL.size());
        assertThat(r.hits()).extracting(SearchHit::publishedAt)
                .isSortedAccordingTo((a, b) -> b.toInstant().compareTo(a.toInstant()));
        assertThat(r.hits().getFirst().id()).isEqualTo(id(Fixtures.MARKUP));
    }

    @Test
    void sourceFilterKeepsOnlyThoseSources() throws IOException {
        SearchResult r = searcher.search(new SearchRequest("", List.of("sahara24"), null, null, 1, 20));
        assertThat(ids(r)).containsExactly(id(Fixtures.PORT_EXACT), id(Fixtures.PORT_CLITIC), id(Fixtures.CONGRESS));
        SearchResult none = searcher.search(new SearchRequest("الفيضانات", List.of("sahara24", "hespress"), null, null, 1, 20));
        assertThat(none.total()).isZero();
    }

    @Test
    void dateFilterIncludesFromAndExcludesTo() throws IOException {
        Instant from = Fixtures.SCHOOL.publishedAt().toInstant();
        Instant to = Fixtures.PORT_EXACT.publishedAt().toInstant();
        SearchResult r = searcher.search(new SearchRequest("", List.of(), from, to, 1, 20));
        assertThat(ids(r)).containsExactly(id(Fixtures.PORT_CLITIC), id(Fixtures.TEACHER), id(Fixtures.SCHOOL));
        SearchResult onlyFrom = searcher.search(new SearchRequest("السفن", List.of(), to, null, 1, 20));
        assertThat(ids(onlyFrom)).containsExactly(id(Fixtures.PORT_EXACT));
    }

    @Test
    void dateBoundsBeyondTheMillisecondRangeFilterWithoutFailing() throws IOException {
        // Instant reaches further than epoch milliseconds do; such bounds are still just bounds.
        SearchResult all = searcher.search(new SearchRequest("", List.of(), Instant.MIN, Instant.MAX, 1, 20));
        assertThat(all.total()).isEqualTo(Fixtures.ALL.size());
        assertThat(searcher.search(new SearchRequest("", List.of(), Instant.MAX, null, 1, 20)).total()).isZero();
        assertThat(searcher.search(new SearchRequest("", List.of(), null, Instant.MIN, 1, 20)).total()).isZero();
    }

    @Test
    void pagesAreDisjointAndTotalIsExact() throws IOException {
        SearchResult p1 = searcher.search(new SearchRequest("", List.of(), null, null, 1, 3));
        SearchResult p2 = searcher.search(new SearchRequest("", List.of(), null, null, 2, 3));
        SearchResult p3 = searcher.search(new SearchRequest("", List.of(), null, null, 3, 3));
        SearchResult p4 = searcher.search(new SearchRequest("", List.of(), null, null, 4, 3));
        assertThat(List.of(p1.total(), p2.total(), p3.total(), p4.total())).containsOnly((long) Fixtures.ALL.size());
        assertThat(p1.hits()).hasSize(3);
        assertThat(p2.hits()).hasSize(3);
        assertThat(p3.hits()).hasSize(2);
        assertThat(p4.hits()).isEmpty();
        var all = new java.util.ArrayList<String>();
        all.addAll(ids(p1));
        all.addAll(ids(p2));
        all.addAll(ids(p3));
        assertThat(all).doesNotHaveDuplicates().hasSize(Fixtures.ALL.size());
        assertThat(searcher.search(new SearchRequest("", List.of(), null, null, 1_000_000, 100)).total())
                .isEqualTo(Fixtures.ALL.size());
    }

    @Test
    void rankedPagesFollowTheSameOrderAsOneBigPage() throws IOException {
        List<String> big = ids(searcher.search(new SearchRequest("السلطات الغرب", List.of(), null, null, 1, 10)));
        List<String> first = ids(searcher.search(new SearchRequest("السلطات الغرب", List.of(), null, null, 1, 1)));
        List<String> second = ids(searcher.search(new SearchRequest("السلطات الغرب", List.of(), null, null, 2, 1)));
        assertThat(big).hasSize(2);
        assertThat(List.of(first.getFirst(), second.getFirst())).isEqualTo(big);
    }

    @Test
    void snippetMarksTheMatchedCliticVariant() throws IOException {
        SearchHit hit = search("طنجة").hits().getFirst();
        assertThat(hit.snippet()).contains("<mark>بطنجة</mark>");
    }

    @Test
    void snippetMarksBodyMatchesInTheBody() throws IOException {
        SearchHit hit = search("مسئول").hits().getFirst();
        assertThat(hit.snippet()).contains("<mark>مسؤول</mark>").doesNotContain("\n");
        assertThat(hit.snippet().length()).isLessThanOrEqualTo(300);
    }

    @Test
    void snippetFallsBackToTheTitleWhenOnlyTheTitleMatches() throws IOException {
        SearchHit hit = search("متقاعد").hits().getFirst();
        assertThat(hit.snippet()).isEqualTo("تكريم مدرس <mark>متقاعد</mark> بمراكش");
    }

    @Test
    void snippetEscapesMarkupInTheText() throws IOException {
        SearchHit hit = search("الثغرة").hits().getFirst();
        assertThat(hit.id()).isEqualTo(id(Fixtures.MARKUP));
        assertThat(hit.snippet())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("&amp;")
                .contains("<mark>")
                .doesNotContain("<script>");
    }

    @Test
    void unrankedHitsGetTheLeadOfTheBodyEscaped() throws IOException {
        SearchResult r = searcher.search(new SearchRequest("", List.of("alyaoum"), null, null, 1, 1));
        assertThat(r.hits().getFirst().snippet()).startsWith("نشر باحثون").contains("&lt;script&gt;").doesNotContain("<mark>");
    }

    @Test
    void hitsCarryTheStoredFields() throws IOException {
        SearchHit hit = search("انتربول").hits().getFirst();
        assertThat(hit.url()).isEqualTo(Fixtures.CONGRESS.url());
        assertThat(hit.title()).isEqualTo(Fixtures.CONGRESS.title());
        assertThat(hit.source()).isEqualTo("sahara24");
        assertThat(hit.publishedAt()).isEqualTo(Fixtures.CONGRESS.publishedAt());
        assertThat(hit.score()).isPositive();
    }

    @Test
    void articleCountIsTheLiveDocuments() {
        assertThat(searcher.articleCount()).isEqualTo(Fixtures.ALL.size());
    }
}
