package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever the bytes, the extractor answers with a well-formed result and never throws. */
class ExtractorPropertiesTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final List<byte[]> GOLDEN_PAGES = readGoldenPages();
    private static final List<byte[]> UTF8_ARABIC_ARTICLES = utf8ArabicArticlePages();
    private final Extractor extractor = new Extractor();

    @Property(tries = 200)
    void randomBytesGiveAWellFormedResult(@ForAll @Size(max = 4000) byte[] body, @ForAll("contentTypes") String contentType) {
        assertWellFormed(extract(body, contentType));
    }

    @Property(tries = 100)
    void truncatedPagesGiveAWellFormedResult(@ForAll("goldenPages") byte[] page, @ForAll @IntRange(min = 0, max = 100) int percent) {
        assertWellFormed(extract(Arrays.copyOf(page, page.length * percent / 100), null));
    }

    /** Where a cut hurts most: inside a tag, an attribute, a script, a comment, an entity, a multi-byte letter. */
    enum CutPoint {
        AFTER_TAG_OPEN("<"), INSIDE_ATTRIBUTE_VALUE("=\""), INSIDE_SCRIPT("<script"), INSIDE_COMMENT("<!--"),
        INSIDE_ENTITY("&"), INSIDE_JSON_LD("ld+json"), INSIDE_UTF8_LETTER(null), INSIDE_TABLE("<td");

        final String marker;

        CutPoint(String marker) {
            this.marker = marker;
        }

        /** Byte offsets at which to cut a page for this kind of point. */
        List<Integer> offsets(byte[] page) {
            List<Integer> out = new ArrayList<>();
            if (marker == null) {
                for (int i = 1; i < page.length; i++) {
                    // a continuation byte: the cut leaves half an Arabic letter behind
                    if ((page[i] & 0xC0) == 0x80) {
                        out.add(i);
                    }
                }
                return out;
            }
            byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i + m.length <= page.length; i++) {
                if (Arrays.equals(page, i, i + m.length, m, 0, m.length)) {
                    out.add(i + m.length + (this == INSIDE_SCRIPT || this == INSIDE_JSON_LD ? 12 : 1));
                }
            }
            return out;
        }
    }

    @Property(tries = 120)
    void pagesCutAtEveryKindOfPositionGiveAWellFormedResult(@ForAll("goldenPages") byte[] page, @ForAll CutPoint cut,
            @ForAll @IntRange(min = 0, max = 10_000) int which) {
        List<Integer> offsets = cut.offsets(page);
        int at = offsets.isEmpty() ? page.length / 2 : Math.min(page.length, offsets.get(which % offsets.size()));
        assertWellFormed(extract(Arrays.copyOf(page, at), null));
    }

    @Property(tries = 150)
    void mutatedGoldenPagesGiveAWellFormedResult(@ForAll("goldenPages") byte[] page, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int mutations, @ForAll("contentTypes") String contentType) {
        assertWellFormed(extract(mutate(page, new Random(seed), mutations), contentType));
    }

    @Property(tries = 40)
    void anArabicPageSentInWindows1256UnderAUtf8DeclarationKeepsItsTitle(@ForAll("utf8ArabicArticles") byte[] page,
            @ForAll("utf8Declarations") String contentType) {
        String html = new String(page, StandardCharsets.UTF_8);
        Extraction original = extract(page, null);
        byte[] legacy = html.getBytes(WINDOWS_1256);

        Extraction recoded = extract(legacy, contentType);

        assertWellFormed(recoded);
        assertThat(recoded.status()).isEqualTo(original.status());
        assertThat(recoded.article().title()).isEqualTo(original.article().title());
    }

    @Property(tries = 40)
    void aPageWithAByteOrderMarkThatContradictsItsDeclarationGivesAWellFormedResult(@ForAll("goldenPages") byte[] page,
            @ForAll("byteOrderMarks") byte[] bom, @ForAll("contentTypes") String contentType) {
        byte[] marked = new byte[bom.length + page.length];
        System.arraycopy(bom, 0, marked, 0, bom.length);
        System.arraycopy(page, 0, marked, bom.length, page.length);
        assertWellFormed(extract(marked, contentType));
    }

    @Example
    void aUtf8ByteOrderMarkBeforeAWindows1256DeclarationIsBelieved() {
        byte[] page = utf8ArabicArticles().sample();
        byte[] marked = new byte[page.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(page, 0, marked, 3, page.length);

        Extraction e = extract(marked, "text/html; charset=windows-1256");

        assertWellFormed(e);
        assertThat(e.status()).isEqualTo(extract(page, null).status());
        if (e.article() != null) {
            assertThat(e.article().title()).isEqualTo(extract(page, null).article().title());
        }
    }

    @Example
    void aHundredThousandNestedDivsGiveAWellFormedResult() {
        int depth = 100_000;
        String html = "<html><head><title>عنوان الصفحة</title></head><body>" + "<div>".repeat(depth)
                + "<h1>عنوان في العمق</h1>" + "<p>فقرة طويلة نسبيا في أعمق نقطة من الصفحة، كتبت لتختبر ما يحدث بعد مئة ألف مستوى.</p>".repeat(5)
                + "</div>".repeat(depth) + "</body></html>";
        assertWellFormed(extract(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
    }

    @Example
    void attributesOfSeveralMegabytesGiveAWellFormedResult() {
        String huge = "x".repeat(4 * 1024 * 1024);
        String html = "<html><head><meta property=\"og:title\" content=\"" + "عنوان ".repeat(200_000) + "\"></head><body>"
                + "<div class=\"" + huge + "\" style=\"" + huge + "\"><h1 title='" + "ب".repeat(1_000_000) + "'>عنوان الخبر</h1>"
                + "<p>فقرة أولى من الخبر تكفي لتكون نصا حقيقيا يمكن استخراجه من الصفحة رغم ضخامة السمات فيها.</p>".repeat(6)
                + "<img src=\"data:image/png;base64," + "A".repeat(3 * 1024 * 1024) + "\"></div></body></html>";
        assertWellFormed(extract(html.getBytes(StandardCharsets.UTF_8), null));
    }

    @Example
    void aFiftyMegabytePageGivesAWellFormedResult() {
        byte[] page = fiftyMegabytePage();
        assertThat(page.length).isGreaterThanOrEqualTo(50 * 1024 * 1024);
        assertWellFormed(extract(page, "text/html; charset=utf-8"));
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

    /** Golden pages in UTF-8 whose every character windows-1256 can also write, and that extract as articles. */
    @Provide
    Arbitrary<byte[]> utf8ArabicArticles() {
        return Arbitraries.of(UTF8_ARABIC_ARTICLES);
    }

    @Provide
    Arbitrary<String> utf8Declarations() {
        return Arbitraries.of(null, "text/html; charset=utf-8", "text/html; charset=UTF-8", "text/html;charset=\"utf-8\"");
    }

    @Provide
    Arbitrary<byte[]> byteOrderMarks() {
        return Arbitraries.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                new byte[] {(byte) 0xEF, (byte) 0xBB});
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

    /** Byte-level damage of the kinds transfers and broken templates cause. */
    private static byte[] mutate(byte[] page, Random random, int mutations) {
        byte[] out = page;
        for (int i = 0; i < mutations && out.length > 1; i++) {
            int at = random.nextInt(out.length);
            int len = 1 + random.nextInt(Math.min(200, out.length - at));
            out = switch (random.nextInt(6)) {
                case 0 -> flipByte(out, at, random);
                case 1 -> splice(out, at, len, new byte[0]);
                case 2 -> splice(out, at, 0, Arrays.copyOfRange(out, at, at + len));
                case 3 -> splice(out, at, 0, MARKUP_DEBRIS[random.nextInt(MARKUP_DEBRIS.length)].getBytes(StandardCharsets.UTF_8));
                case 4 -> {
                    // a block of the page pasted over another one, as a broken cache or template does
                    int from = random.nextInt(out.length - len + 1);
                    yield splice(out, at, len, Arrays.copyOfRange(out, from, from + len));
                }
                default -> splice(out, at, 0, randomBytes(random, len));
            };
        }
        return out;
    }

    private static final String[] MARKUP_DEBRIS = {"<div>", "</div>", "</p>", "<p", "<table><tr><td>", "</body>", "</html>",
        "<html>", "<script>", "<!--", "-->", "<![CDATA[", "]]>", "&#x", "&amp", "\"", "'", "<meta charset=windows-1256>",
        "<meta charset=\"utf-16\">", "<base href=\"javascript:x\">", "\u0000", "<svg><foreignObject>", "<template>",
        "<noscript>", "<textarea>", "<plaintext>", "<h1>", "</h1>", "<a href='", "<title>", "</title>"};

    private static byte[] flipByte(byte[] in, int at, Random random) {
        byte[] out = in.clone();
        out[at] = (byte) random.nextInt(256);
        return out;
    }

    private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
        int cut = Math.min(remove, in.length - at);
        byte[] out = new byte[in.length - cut + insert.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, at + cut, out, at + insert.length, in.length - at - cut);
        return out;
    }

    private static byte[] randomBytes(Random random, int len) {
        byte[] b = new byte[len];
        random.nextBytes(b);
        return b;
    }

    /** A long live-coverage page: thousands of Arabic paragraphs, link rails, scripts and comments, past 50 MB. */
    private static byte[] fiftyMegabytePage() {
        StringBuilder sb = new StringBuilder(40 * 1024 * 1024);
        sb.append("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>تغطية مباشرة | موقع</title>")
                .append("<script>var state = \"").append("q".repeat(1024 * 1024)).append("\";</script></head><body>")
                .append("<h1>تغطية مباشرة لأشغال القمة</h1><div class=\"live\">");
        long bytes = 0;
        for (int i = 0; bytes < 51L * 1024 * 1024; i++) {
            String update = "<div class=\"update\"><time datetime=\"2023-12-06T10:" + (i % 60 < 10 ? "0" : "") + (i % 60)
                    + "\">10:" + (i % 60) + "</time><p>تحديث رقم " + i
                    + ": تواصلت أشغال القمة في يومها الثاني، وتناول المتدخلون ملفات المياه والطاقة والتشغيل، "
                    + "فيما دعا عدد من الوفود إلى آليات تمويل أكثر مرونة للبلدان الأقل دخلا.</p>"
                    + "<ul class=\"related\"><li><a href=\"/a/" + i + "\">خبر ذو صلة بالقمة</a></li></ul></div>";
            sb.append(update);
            bytes += update.getBytes(StandardCharsets.UTF_8).length;
        }
        sb.append("</div></body></html>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
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

    private static List<byte[]> utf8ArabicArticlePages() {
        Extractor extractor = new Extractor();
        List<byte[]> out = new ArrayList<>();
        for (byte[] page : GOLDEN_PAGES) {
            String html = new String(page, StandardCharsets.UTF_8);
            boolean utf8 = Arrays.equals(html.getBytes(StandardCharsets.UTF_8), page);
            boolean arabic = html.chars().anyMatch(c -> c >= 0x0621 && c <= 0x064A);
            if (utf8 && arabic && WINDOWS_1256.newEncoder().canEncode(html)) {
                Extraction e = extractor.extract(new ExtractionInput(URI.create("https://site.example/a"), page, null, "موقع",
                        ZoneId.of("UTC"), Instant.parse("2023-12-07T09:00:00Z")));
                if (e.status() == Extraction.Status.ARTICLE) {
                    out.add(page);
                }
            }
        }
        assertThat(out).as("golden pages usable for the recoding property").hasSizeGreaterThanOrEqualTo(5);
        return out;
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
