package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineExtractorTest {

    private static final String PROSE = "وأكد المتحدث أن الأشغال ستنتهي قبل نهاية السنة، وأن الطريق الجديدة ستختصر المسافة.";

    private static PageMetadata meta(List<String> authors, List<String> bylines) {
        return new PageMetadata(List.of(), List.of(), List.of("الصحراء 24"), null, List.of(), List.of(), authors, bylines,
                List.of(), null, false, false, null, null, false, List.of(), false, List.of());
    }

    private static BylineExtractor.Result extract(PageMetadata meta, String... paragraphs) {
        List<Paragraph> ps = java.util.Arrays.stream(paragraphs).map(t -> new Paragraph(t, 0, Paragraph.Kind.TEXT)).toList();
        return BylineExtractor.extract(ps, meta);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            بقلم: محمد الأمين          | محمد الأمين
            بقلم محمد الأمين           | محمد الأمين
            كتب: هشام فوزي             | هشام فوزي
            حرر بواسطة: سعاد بنعلي      | سعاد بنعلي
            By Sarah Jones             | Sarah Jones
            بقلم/ نور الدين حمادي       | نور الدين حمادي
            كتب - محمود عبد الرحيم      | محمود عبد الرحيم
            كتبت – منى الشريف          | منى الشريف
            """)
    void aBylineParagraphGivesTheAuthorAndLeavesTheBody(String byline, String author) {
        BylineExtractor.Result r = extract(meta(List.of(), List.of()), byline, PROSE);
        assertThat(r.authors()).containsExactly(author);
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly(PROSE);
    }

    @Test
    void metadataAuthorsWinAndTheirBylineParagraphStillGoes() {
        BylineExtractor.Result r = extract(meta(List.of("ليلى حسن"), List.of()), PROSE, "بقلم: ل. حسن");
        assertThat(r.authors()).containsExactly("ليلى حسن");
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly(PROSE);
    }

    @Test
    void theSiteNameAndUrlsAreNeverAuthors() {
        BylineExtractor.Result r = extract(meta(List.of("الصحراء 24", "https://facebook.com/x"), List.of()), PROSE);
        assertThat(r.authors()).isEmpty();
    }

    @Test
    void severalAuthorsAreSplitOnCommasAndAStandaloneWaw() {
        BylineExtractor.Result r = extract(meta(List.of(), List.of("بقلم: رنا الخطيب، خالد العمري و سامي يوسف")), PROSE);
        assertThat(r.authors()).containsExactly("رنا الخطيب", "خالد العمري", "سامي يوسف");
    }

    @Test
    void aShortParagraphThatOnlyRepeatsABylineElementGoes() {
        BylineExtractor.Result r = extract(meta(List.of(), List.of("منى عبد الرحيم")), "منى عبد الرحيم", PROSE);
        assertThat(r.authors()).containsExactly("منى عبد الرحيم");
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly(PROSE);
    }

    @Test
    void kataba_asAVerbInASentenceIsNotAByline() {
        String sentence = "كتب الوزير رسالة إلى النواب";
        BylineExtractor.Result r = extract(meta(List.of(), List.of()), sentence, PROSE);
        assertThat(r.authors()).isEmpty();
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly(sentence, PROSE);
    }

    @Test
    void aSentenceOpeningWithTheVerbWroteIsNotAByline() {
        String sentence = "كتب الشاعر قصيدته الأولى في السجن";
        BylineExtractor.Result r = extract(meta(List.of(), List.of()), sentence, PROSE);
        assertThat(r.authors()).isEmpty();
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly(sentence, PROSE);
    }

    @Test
    void anEmphasisedNameClosingTheArticleIsItsSignature() {
        List<Paragraph> ps = List.of(new Paragraph(PROSE, 0, Paragraph.Kind.TEXT), new Paragraph(PROSE, 0, Paragraph.Kind.TEXT),
                new Paragraph("رامي الشامي", 0, Paragraph.Kind.TEXT, true));
        BylineExtractor.Result r = BylineExtractor.extract(ps, meta(List.of(), List.of()));
        assertThat(r.authors()).containsExactly("رامي الشامي");
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly(PROSE, PROSE);
    }

    @Test
    void aPlainOrPunctuatedClosingLineIsNoSignature() {
        assertThat(BylineExtractor.isSignature(new Paragraph("رامي الشامي", 0, Paragraph.Kind.TEXT, false))).isFalse();
        assertThat(BylineExtractor.isSignature(new Paragraph("انتهى.", 0, Paragraph.Kind.TEXT, true))).isFalse();
        assertThat(BylineExtractor.isSignature(new Paragraph("حصيلة 2024 كاملة", 0, Paragraph.Kind.TEXT, true))).isFalse();
        assertThat(BylineExtractor.isSignature(new Paragraph("خاتمة طويلة من خمس كلمات هنا", 0, Paragraph.Kind.TEXT, true))).isFalse();
    }
}
