package org.akhbar.samplesite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ExpectationTest {

    @Test
    void parsesAnArticleWithOffsetDateReferenceAndParagraphs() {
        Expectation e = Expectation.parse("""
                {"status":"ARTICLE","title":"عنوان","publishedAt":"2025-12-03T00:00:00+01:00",
                 "referenceTime":"2025-12-10T12:00:00Z","authors":[],"dateline":"العيون",
                 "paragraphs":["فقرة أولى.","فقرة ثانية."]}""");

        assertThat(e.status()).isEqualTo(Expectation.Status.ARTICLE);
        assertThat(e.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-12-03T00:00:00+01:00"));
        assertThat(e.referenceTime()).isEqualTo(Instant.parse("2025-12-10T12:00:00Z"));
        assertThat(e.authors()).isEmpty();
        assertThat(e.dateline()).isEqualTo("العيون");
        assertThat(e.paragraphs()).containsExactly("فقرة أولى.", "فقرة ثانية.");
    }

    @Test
    void aNullDateMeansThePageGivesNone() {
        Expectation e = Expectation.parse("{\"status\":\"ARTICLE\",\"title\":\"t\",\"publishedAt\":null,\"paragraphs\":[\"a\",\"b\"]}");

        assertThat(e.publishedAt()).isNull();
        assertThat(e.dateline()).isNull();
    }

    @Test
    void aNonArticleCarriesNothingElse() {
        Expectation e = Expectation.parse("{\"status\":\"NOT_ARTICLE\"}");

        assertThat(e.status()).isEqualTo(Expectation.Status.NOT_ARTICLE);
        assertThat(e.title()).isNull();
        assertThat(e.paragraphs()).isEmpty();
    }

    @Test
    void rejectsAnArticleWithoutTitleAndAnUnknownStatus() {
        assertThatThrownBy(() -> Expectation.parse("{\"status\":\"ARTICLE\",\"paragraphs\":[]}"))
                .hasMessageContaining("title");
        assertThatThrownBy(() -> Expectation.parse("{\"status\":\"MAYBE\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Expectation.parse("{\"status\":\"ARTICLE\",\"title\":\"t\",\"authors\":\"x\"}"))
                .hasMessageContaining("authors");
    }
}
