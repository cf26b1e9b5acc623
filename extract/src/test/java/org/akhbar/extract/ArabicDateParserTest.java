package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ArabicDateParserTest {

    /** Each row of dates.tsv: kind (meta or text), input, reference instant, zone, expected, why. */
    @ParameterizedTest(name = "{5}: {1}")
    @CsvFileSource(resources = "/extract/dates.tsv", delimiter = '\t', numLinesToSkip = 1, nullValues = "none")
    void readsEveryDateOfTheTable(String kind, String input, String reference, String zone, String expected, String why) {
        ZoneId z = ZoneId.of(zone);
        Optional<OffsetDateTime> actual = kind.equals("meta")
                ? ArabicDateParser.parseMetadataDate(input, z)
                : ArabicDateParser.findDate(input, z, reference == null ? null : Instant.parse(reference));
        assertThat(actual.map(OffsetDateTime::toString).orElse(null)).as(why).isEqualTo(expected);
    }

    @Test
    void reportsWhereTheDateIsSoADateLineCanBeRecognised() {
        Optional<ArabicDateParser.Found> found = ArabicDateParser.find(
                "الأحد 3 كانون الأول 2023 - الساعة 10:30 م", ZoneId.of("Asia/Beirut"), null);
        assertThat(found).isPresent();
        assertThat(found.get().rest()).isEqualTo("الاحد");
    }

    @Test
    void aHijriDateBesideTheGregorianOneIsNotLeftOverInTheDateLine() {
        Optional<ArabicDateParser.Found> found = ArabicDateParser.find(
                "الأحد 12 ذو القعدة 1445 هـ - 19 مايو 2024 م", ZoneId.of("Asia/Riyadh"), null);
        assertThat(found).isPresent();
        assertThat(found.get().rest()).isEqualTo("الاحد -");
    }

    @Test
    void takesTheEarliestDateOfTheText() {
        Optional<OffsetDateTime> d = ArabicDateParser.findDate(
                "نشر في 2 ديسمبر 2023 وحدث في 30/11/2023", ZoneId.of("UTC"), null);
        assertThat(d).hasValueSatisfying(v -> assertThat(v.toLocalDate().getDayOfMonth()).isEqualTo(2));
    }

    @Test
    void nullAndBlankInputsGiveNothing() {
        assertThat(ArabicDateParser.findDate(null, ZoneId.of("UTC"), Instant.EPOCH)).isEmpty();
        assertThat(ArabicDateParser.findDate("   ", ZoneId.of("UTC"), Instant.EPOCH)).isEmpty();
        assertThat(ArabicDateParser.parseMetadataDate(null, ZoneId.of("UTC"))).isEmpty();
    }
}
