package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordStartKeywordsTest {

    private final WordStartKeywords keywords = WordStartKeywords.of("header", "ads$", "side-bar", "widget!-wrap!_container");

    @Test
    void aKeywordMatchesOnlyAtTheStartOfAWord() {
        assertThat(keywords.foundIn("site-header")).isTrue();
        assertThat(keywords.foundIn("header2")).isTrue();
        assertThat(keywords.foundIn("subheader")).isFalse();
        assertThat(keywords.foundIn("x2header")).isFalse();
        assertThat(keywords.foundIn("row header_top")).isTrue();
    }

    @Test
    void aDollarKeywordMustEndTheWordButMayBeFollowedByDigitsOrPunctuation() {
        assertThat(keywords.foundIn("ads")).isTrue();
        assertThat(keywords.foundIn("ads-1")).isTrue();
        assertThat(keywords.foundIn("ads2")).isTrue();
        assertThat(keywords.foundIn("adsense")).isFalse();
    }

    @Test
    void anExceptionRejectsTheKeywordOnlyWhenItEndsTheWord() {
        assertThat(keywords.foundIn("widget")).isTrue();
        assertThat(keywords.foundIn("widget-wrap")).isFalse();
        assertThat(keywords.foundIn("widget-wrap-2")).isFalse();
        assertThat(keywords.foundIn("widget_container")).isFalse();
        assertThat(keywords.foundIn("widget-wrapper")).isTrue();
        assertThat(keywords.foundIn("widget-container")).isTrue();
    }

    @Test
    void findReportsWordStartsInOrderAndMatchAtTheLongestEnd() {
        String s = "x side-bar header";
        int first = keywords.find(s, 0);
        assertThat(first).isEqualTo(2);
        assertThat(keywords.matchAt(s, first)).isEqualTo(10);
        assertThat(keywords.find(s, first + 1)).isEqualTo(11);
        assertThat(keywords.find(s, 12)).isEqualTo(-1);
    }

    @Test
    void nonAsciiTextNeverMatches() {
        assertThat(keywords.foundIn("رأس الصفحة")).isFalse();
        assertThat(keywords.foundIn("")).isFalse();
    }
}
