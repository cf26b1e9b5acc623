package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineExtractorTest {

    private static final List<String> SITE = List.of("الصحراء 24");
    private static final String BODY = "انطلقت صباح اليوم أشغال الدورة الجديدة للمعرض الجهوي للكتاب.";

    private static DatelineExtractor.Result extract(String... paragraphs) {
        List<Paragraph> ps = java.util.Arrays.stream(paragraphs).map(t -> new Paragraph(t, 0, Paragraph.Kind.TEXT)).toList();
        return DatelineExtractor.extract(ps, SITE);
    }

    @Test
    void aSiteNameAndPlaceParagraphIsTheDatelineAndLeavesTheBody() {
        DatelineExtractor.Result r = extract("الصحراء 24 : العيـــــون", BODY);
        assertThat(r.place()).isEqualTo("العيون");
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly(BODY);
    }

    @Test
    void aSiteNameAndPlacePrefixIsCutFromTheFirstParagraph() {
        DatelineExtractor.Result r = extract("الصحراء 24 : السمارة - " + BODY);
        assertThat(r.place()).isEqualTo("السمارة");
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly(BODY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            الرباط - انطلقت صباح اليوم الأشغال                      | الرباط        | انطلقت صباح اليوم الأشغال
            الدار البيضاء – انطلقت صباح اليوم الأشغال               | الدار البيضاء | انطلقت صباح اليوم الأشغال
            عمّان (بترا) - انطلقت صباح اليوم الأشغال                | عمّان          | انطلقت صباح اليوم الأشغال
            بيروت (وكالات) : انطلقت صباح اليوم الأشغال              | بيروت         | انطلقت صباح اليوم الأشغال
            القاهرة - (أ ف ب) - انطلقت صباح اليوم الأشغال           | القاهرة       | انطلقت صباح اليوم الأشغال
            """)
    void aPlaceThenDashOpensTheFirstParagraph(String first, String place, String rest) {
        DatelineExtractor.Result r = extract(first);
        assertThat(r.place()).isEqualTo(place);
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly(rest);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قال وزير الداخلية في تصريح صحفي إن الأمن مستتب في المنطقة
            وقال الوزير: إن الأمن مستتب في المنطقة
            سجلت المدينة 43-45 درجة مئوية أمس
            """)
    void anOrdinaryFirstSentenceHasNoDateline(String first) {
        DatelineExtractor.Result r = extract(first);
        assertThat(r.place()).isNull();
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly(first);
    }

    @Test
    void theBodyKeepsItsOwnTatweelOnlyThePlaceIsCleaned() {
        DatelineExtractor.Result r = extract("طنجـة - قال المديـر إن الأشغال انطلقت");
        assertThat(r.place()).isEqualTo("طنجة");
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly("قال المديـر إن الأشغال انطلقت");
    }

    @Test
    void aPlaceThenTheSiteNameOnItsOwnLineIsTheDatelineAndLeavesTheBody() {
        DatelineExtractor.Result r = DatelineExtractor.extract(
                List.of(new Paragraph("ورزازات - جريدة القديم", 0, Paragraph.Kind.TEXT), new Paragraph(BODY, 0, Paragraph.Kind.TEXT)),
                List.of("جريدة القديم"));
        assertThat(r.place()).isEqualTo("ورزازات");
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly(BODY);
    }

    @Test
    void aPlaceThenAShortSourceCreditOnItsOwnLineIsTheDatelineEvenWithoutTheSiteName() {
        DatelineExtractor.Result r = extract("تزنيـــت - صحيفة الجنوب", BODY);
        assertThat(r.place()).isEqualTo("تزنيت");
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly(BODY);
        assertThat(DatelineExtractor.isSourceCredit("و م ع")).isTrue();
        assertThat(DatelineExtractor.isSourceCredit("انطلقت صباح اليوم أشغال الدورة الجديدة")).isFalse();
        assertThat(DatelineExtractor.isSourceCredit("قصف، ودمار")).isFalse();
    }

    @Test
    void aPlaceAndColonOnItsOwnLineIsTheDateline() {
        DatelineExtractor.Result r = extract("أزيلال:", BODY);
        assertThat(r.place()).isEqualTo("أزيلال");
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly(BODY);
        assertThat(extract("أزيلال", BODY).place()).isNull();
        assertThat(extract("أزيلال:").paragraphs()).hasSize(1);
    }
}
