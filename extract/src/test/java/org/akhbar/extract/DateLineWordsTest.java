package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateLineWordsTest {

    private static String remainderOf(String line) {
        return DateLineWords.remainder(ArabicDateParser.find(line, ZoneOffset.UTC, Instant.parse("2024-06-01T00:00:00Z"))
                .orElseThrow().rest());
    }

    @Test
    void labelsWeekdaysClockTimesZonesAndASecondDateLeaveNothing() {
        assertThat(remainderOf("Updated 9:12 am EDT, Thursday, March 14, 2024")).isEmpty();
        assertThat(remainderOf("Published 6:40 PM CST Mar 13, 2024")).isEmpty();
        assertThat(remainderOf("Wed 13 Mar 2024 21.05 GMT Last modified on Thu 14 Mar 2024 07.30 GMT")).isEmpty();
        assertThat(remainderOf("Publié le mercredi 13 mars 2024 à 18h40, mis à jour à 19h02")).isEmpty();
        assertThat(remainderOf("نشر في: الأربعاء 13 مارس 2024 - آخر تحديث: الساعة 18:40")).isEmpty();
    }

    @Test
    void aSourceNameOrASentenceIsWhatRemains() {
        assertThat(remainderOf("Updated on: March 14, 2024 / 9:12 AM / Harbour Radio")).isEqualTo("harbour radio");
        assertThat(remainderOf("The council first met on March 14, 2024 to discuss the wall"))
                .isEqualTo("the council met to discuss the wall");
    }

    @Test
    void aBylineBesideTheDateNamesAnAuthor() {
        assertThat(DateLineWords.namesAuthor(remainderOf("By Jane Roe Thursday, March 14, 2024"))).isTrue();
        assertThat(DateLineWords.namesAuthor(remainderOf("Updated on: March 14, 2024 / Harbour Radio"))).isFalse();
    }

    @Test
    void anEnglishDateLineAboveTheBodyLeavesTheBodyAndDatesTheArticle() {
        String prose = "<p>The harbour council voted on Wednesday to delay the new sea wall by a year, citing costs"
                + " that have doubled since the first plans were drawn, and asked engineers for a cheaper design.</p>";
        String html = "<html><head><title>Sea wall delayed</title></head><body><div class=\"story\"><h1>Sea wall delayed</h1>"
                + "<p>Published 6:40 PM CST Mar 13, 2024</p>" + prose + prose + "</div></body></html>";
        Extraction e = new Extractor().extract(new ExtractionInput(URI.create("https://harbour.example/wall"),
                html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null, ZoneOffset.UTC,
                Instant.parse("2024-06-01T00:00:00Z")));
        assertThat(e.article().paragraphs()).hasSize(2).allMatch(p -> p.startsWith("The harbour council"));
        assertThat(e.article().publishedAt()).isEqualTo(OffsetDateTime.parse("2024-03-13T18:40Z"));
    }

    @Test
    void aLabelledClockTimeAloneIsATimeStampButASentenceWithATimeIsNot() {
        assertThat(DateLineWords.isTimeStampOnly("Updated at 1:23 p.m.")).isTrue();
        assertThat(DateLineWords.isTimeStampOnly("آخر تحديث: 18:40")).isTrue();
        assertThat(DateLineWords.isTimeStampOnly("Mis à jour à 19h02")).isTrue();
        assertThat(DateLineWords.isTimeStampOnly("The ferry leaves at 7:15 every day")).isFalse();
        assertThat(DateLineWords.isTimeStampOnly("Updated")).isFalse();
    }
}
