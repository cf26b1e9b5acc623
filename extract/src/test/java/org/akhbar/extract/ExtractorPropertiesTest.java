package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever the bytes, the extractor answers with a well-formed result and never throws. */
class ExtractorPropertiesTest {

    private static final List<byte[]> GOLDEN_PAGES = readGoldenPages();
    private final Extractor extractor = new Extractor();

    @Property(tries = 200)
    void randomBytesGiveAWellFormedResult(@ForAll @Size(max = 4000) byte[] body, @ForAll("contentTypes") String contentType) {
        assertWellFormed(extract(body, contentType));
    }

    @Property(tries = 100)
    void truncatedPagesGiveAWellFormedResult(@ForAll("goldenPages") byte[] page, @ForAll @IntRange(min = 0, max = 100) int percent) {
        assertWellFormed(extract(Arrays.copyOf(page, page.length * percent / 100), null));
    }

    @Property(tries = 60)
    void wrongCharsetDeclarationsGiveAWellFormedResult(@ForAll("goldenPages") byte[] page, @ForAll("contentTypes") String contentType) {
        assertWellFormed(extract(page, contentType));
    }

    @Property(tries = 5)
    void deeplyNestedMarkupGivesAWellFormedResult(@ForAll @IntRange(min = 1000, max = 10_000) int depth,
            @ForAll("nestingTags") String tag) {
        String html = ("<" + tag + ">").repeat(depth) + "<p>نص في العمق، بعد آلاف المستويات من العناصر.</p>"
                + ("</" + tag + ">").repeat(depth);
        assertWellFormed(extract(html.getBytes(StandardCharsets.UTF_8), null));
    }

    @Property(tries = 5)
    void hugeAttributesGiveAWellFormedResult(@ForAll @IntRange(min = 10_000, max = 1_000_000) int size) {
        String html = "<div class=\"" + "a".repeat(size) + "\" data-x='" + "ب".repeat(size / 2) + "'><h1>عنوان</h1><p>"
                + "فقرة قصيرة، ثم أخرى. ".repeat(30) + "</p></div>";
        assertWellFormed(extract(html.getBytes(StandardCharsets.UTF_8), null));
    }

    @Property(tries = 60)
    void randomHtmlFragmentsGiveAWellFormedResult(@ForAll("htmlSoup") String html) {
        assertWellFormed(extract(html.getBytes(StandardCharsets.UTF_8), "text/html"));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(null, "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1256",
                "text/html; charset=iso-8859-1", "text/html; charset=ISO-8859-6", "text/html; charset=utf-16",
                "text/html; charset=x-unknown", "text/html; charset=", "application/octet-stream", "image/png");
    }

    @Provide
    Arbitrary<byte[]> goldenPages() {
        return Arbitraries.of(GOLDEN_PAGES);
    }

    @Provide
    Arbitrary<String> nestingTags() {
        return Arbitraries.of("div", "span", "table", "b", "p", "li", "a");
    }

    @Provide
    Arbitrary<String> htmlSoup() {
        Arbitrary<String> pieces = Arbitraries.of("<div>", "</div>", "<p>", "</p>", "<br>", "<a href='/x'>", "</a>", "<h1>",
                "</h1>", "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":", "</script>",
                "<meta property='article:published_time' content='2023-13-99'>", "<td>", "<table>", "&nbsp;", "\u0640",
                "الصحراء 24 : العيـــون", "منذ 3 ساعات", "6 دجنبر الجاري", "اقرأ أيضا", "تعليقات الزوار", "،", ".",
                "وقال المتحدث إن المشروع سيكتمل قريبا، وسيخدم السكان.", "<!--", "-->", "<![CDATA[", "\u0000", "\uFFFD");
        return pieces.list().ofMaxSize(300).map(list -> String.join("", list));
    }

    private Extraction extract(byte[] body, String contentType) {
        return extractor.extract(new ExtractionInput(URI.create("https://site.example/a"), body, contentType, "الصحراء 24",
                ZoneId.of("Africa/Casablanca"), Instant.parse("2023-12-07T09:00:00Z")));
    }

    private static void assertWellFormed(Extraction e) {
        assertThat(e).isNotNull();
        assertThat(e.status()).isNotNull();
        if (e.status() == Extraction.Status.ARTICLE) {
            assertThat(e.article()).isNotNull();
            assertThat(e.article().title()).isNotBlank();
            assertThat(e.article().paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
            assertThat(e.article().canonicalUrl()).isNotNull();
        } else {
            assertThat(e.article()).isNull();
            assertThat(e.reason()).isNotBlank();
            // The catch-all in Extractor is a safety net; no input here should need it.
            assertThat(e.reason()).doesNotStartWith("extractor failure");
        }
    }

    private static List<byte[]> readGoldenPages() {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/extract"))) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().map(p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
