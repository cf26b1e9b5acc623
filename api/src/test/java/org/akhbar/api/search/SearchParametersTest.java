package org.akhbar.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.akhbar.api.error.InvalidParameterException;
import org.akhbar.search.query.SearchRequest;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

    private static SearchRequest parse(String q, String from, String to, String page, String size, String... sources) {
        return SearchParameters.parse(q == null ? null : List.of(q), Arrays.asList(sources), from, to, page, size);
    }

    private static InvalidParameterException invalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidParameterException e) {
            return e;
        }
        throw new AssertionError("expected an InvalidParameterException");
    }

    @Test
    void absentParametersMeanFirstPageOfTenOverEverything() {
        SearchRequest r = SearchParameters.parse(null, null, null, null, null, null);

        assertThat(r).isEqualTo(new SearchRequest("", List.of(), null, null, 1, 10));
    }

    @Test
    void queryOperatorsAndQuotesPassThroughUntouched() {
        assertThat(parse("\"مؤتمر طنجة\" +الأمن -الرياضة", null, null, null, null).query())
                .isEqualTo("\"مؤتمر طنجة\" +الأمن -الرياضة");
    }

    @Test
    void repeatedQueriesAreJoinedWithASpace() {
        SearchRequest r = SearchParameters.parse(List.of("طنجة", "الموانئ"), null, null, null, null, null);

        assertThat(r.query()).isEqualTo("طنجة الموانئ");
    }

    @Test
    void controlCharactersBecomeSpaces() {
        assertThat(parse("طنجة\u0000الموانئ\n", null, null, null, null).query()).isEqualTo("طنجة الموانئ");
    }

    @Test
    void queryAtTheLimitIsAcceptedAndOneMoreIsNot() {
        assertThat(parse("ب".repeat(SearchParameters.MAX_QUERY_LENGTH), null, null, null, null).query())
                .hasSize(SearchParameters.MAX_QUERY_LENGTH);
        assertThat(invalid(() -> parse("ب".repeat(SearchParameters.MAX_QUERY_LENGTH + 1), null, null, null, null))
                .parameter()).isEqualTo("q");
    }

    @Test
    void sourcesMayRepeatOrBeCommaSeparatedAndAreDeduplicated() {
        assertThat(parse("x", null, null, null, null, "wadi, qadim", "sahil", "wadi", "", " ,").sources())
                .containsExactly("wadi", "qadim", "sahil");
    }

    @Test
    void malformedSourceIdIsRejected() {
        assertThat(invalid(() -> parse("x", null, null, null, null, "Wadi")).parameter()).isEqualTo("source");
        assertThat(invalid(() -> parse("x", null, null, null, null, "wadi;drop")).parameter()).isEqualTo("source");
    }

    @Test
    void dateFromIsStartOfThatUtcDay() {
        assertThat(parse("x", "2025-12-06", null, null, null).from()).isEqualTo(Instant.parse("2025-12-06T00:00:00Z"));
    }

    @Test
    void dateToIsInclusiveSoTheBoundIsTheNextUtcMidnight() {
        assertThat(parse("x", null, "2025-12-06", null, null).to()).isEqualTo(Instant.parse("2025-12-07T00:00:00Z"));
    }

    @Test
    void sameDayForBothBoundsCoversThatDay() {
        SearchRequest r = parse("x", "2025-12-31", "2025-12-31", null, null);

        assertThat(r.from()).isEqualTo(Instant.parse("2025-12-31T00:00:00Z"));
        assertThat(r.to()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void offsetDateTimesAreExactInstants() {
        SearchRequest r = parse("x", "2025-12-06T10:15:00+01:00", "2025-12-06T12:00:00Z", null, null);

        assertThat(r.from()).isEqualTo(Instant.parse("2025-12-06T09:15:00Z"));
        assertThat(r.to()).isEqualTo(Instant.parse("2025-12-06T12:00:00Z"));
    }

    @Test
    void unparseableOrImpossibleDatesAreRejectedNamingTheParameter() {
        assertThat(invalid(() -> parse("x", "yesterday", null, null, null)).parameter()).isEqualTo("from");
        assertThat(invalid(() -> parse("x", null, "2025-13-01", null, null)).parameter()).isEqualTo("to");
        assertThat(invalid(() -> parse("x", null, "2025-12-06T10:15:00", null, null)).parameter()).isEqualTo("to");
    }

    @Test
    void fromAfterOrAtToIsRejected() {
        assertThatThrownBy(() -> parse("x", "2025-12-07", "2025-12-06", null, null))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> parse("x", "2025-12-06T10:00:00Z", "2025-12-06T10:00:00Z", null, null))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void pageAndSizeBoundsAreEnforced() {
        assertThat(parse("x", null, null, "3", "100").page()).isEqualTo(3);
        assertThat(invalid(() -> parse("x", null, null, "0", null)).parameter()).isEqualTo("page");
        assertThat(invalid(() -> parse("x", null, null, "abc", null)).parameter()).isEqualTo("page");
        assertThat(invalid(() -> parse("x", null, null, null, "101")).parameter()).isEqualTo("size");
        assertThat(invalid(() -> parse("x", null, null, null, "0")).parameter()).isEqualTo("size");
    }

    @Test
    void deepPagesBeyondTheWindowAreRejected() {
        assertThat(parse("x", null, null, "100", "100").page()).isEqualTo(100);
        assertThat(invalid(() -> parse("x", null, null, "101", "100")).parameter()).isEqualTo("page");
        assertThat(invalid(() -> parse("x", null, null, String.valueOf(Integer.MAX_VALUE), "100")).parameter())
                .isEqualTo("page");
    }

    @Property(tries = 500)
    void anyParameterTextEitherParsesOrIsAnInvalidParameter(
            @ForAll String q, @ForAll String source, @ForAll String from, @ForAll String to,
            @ForAll String page, @ForAll String size) {
        try {
            SearchRequest r = SearchParameters.parse(List.of(q), List.of(source), from, to, page, size);
            assertThat(r.size()).isBetween(1, SearchParameters.MAX_SIZE);
            assertThat(r.query()).doesNotContainPattern("\\p{Cc}");
        } catch (InvalidParameterException expected) {
            assertThat(expected.detail()).isNotBlank().doesNotContainPattern("\\p{Cc}");
        }
    }
}
