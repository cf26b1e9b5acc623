package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InertContentStripperTest {

    private static String strip(String html) {
        return InertContentStripper.decode(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
    }

    @Test
    void scriptAndStyleBodiesGoButTheElementsStay() {
        assertThat(strip("<p>a</p><script>var x = \"<p>b</p>\";</script><style>p{color:red}</style><p>c</p>"))
                .isEqualTo("<p>a</p><script></script><style></style><p>c</p>");
    }

    @Test
    void jsonLdScriptsKeepTheirText() {
        String html = "<script type=\"application/ld+json\">{\"headline\":\"عنوان\"}</script><p>x</p>";
        assertThat(strip(html)).isEqualTo(html);
        String upper = "<SCRIPT TYPE='Application/LD+JSON'>{}</SCRIPT>";
        assertThat(strip(upper)).isEqualTo(upper);
    }

    @Test
    void tagNamesAndEndTagsMatchInAnyCaseAndOnlyWhole() {
        assertThat(strip("<SCRIPT src=a.js>x()</Script >y")).isEqualTo("<SCRIPT src=a.js></Script >y");
        // "</scripts>" does not end a script; "<scripted>" is not a script.
        assertThat(strip("<script>a</scripts>b</script>c")).isEqualTo("<script></script>c");
        assertThat(strip("<scripted>keep</scripted>")).isEqualTo("<scripted>keep</scripted>");
    }

    @Test
    void svgDrawingsAreEmptiedCountingNestedOnes() {
        assertThat(strip("<p>a</p><svg viewBox=\"0 0 1 1\"><path d=\"M0\"/><svg><g/></svg><title>x</title></svg><p>b</p>"))
                .isEqualTo("<p>a</p><svg viewBox=\"0 0 1 1\"></svg><p>b</p>");
        assertThat(strip("<svg class=\"icon\"/><p>b</p>")).isEqualTo("<svg class=\"icon\"/><p>b</p>");
        assertThat(strip("<SVG><use href=\"#i\"></use></Svg><p>b</p>")).isEqualTo("<SVG></Svg><p>b</p>");
    }

    @Test
    void commentsGoIncludingTheShortAndBangForms() {
        assertThat(strip("a<!-- note <p>x</p> -->b")).isEqualTo("ab");
        assertThat(strip("a<!-->b<!--->c")).isEqualTo("abc");
        assertThat(strip("a<!-- x --!>b")).isEqualTo("ab");
        assertThat(strip("a<!-- never closed <p>x</p>")).isEqualTo("a");
    }

    @Test
    void quotedAttributeValuesMayHoldMarkup() {
        String html = "<div class=\"<script>x</script>\" lang = 'a>b'>text<!--c--></div>";
        assertThat(strip(html)).isEqualTo("<div class=\"<script>x</script>\" lang = 'a>b'>text</div>");
    }

    @Test
    void attributesNothingReadsAreCutFromOrdinaryTags() {
        assertThat(strip("<div class=\"a\" data-id=\"7\" id=b onclick=\"go()\" ARIA-label='x'>"
                        + "<a href=\"/x?a>b\" title=t>y</a><img src=a.jpg alt=\"\" srcset=\"a.jpg 1x\"/></div>"))
                .isEqualTo("<div class=\"a\"  id=b  >"
                        + "<a  >y</a><img   /></div>");
    }

    @Test
    void attributesReadDownstreamStay() {
        String html = "<p class=c id=i style=\"display:none\" hidden itemprop=articleBody rel=author lang=ar>x</p>"
                + "<time datetime=\"2024-06-09\" pubdate>d</time>";
        assertThat(strip(html)).isEqualTo(html);
    }

    @Test
    void linkBaseMetaAndFormattingElementsKeepEveryAttribute() {
        String html = "<base href=\"/\"><link rel=canonical href=\"https://example.org/a\"><meta name=x content=y data-a=1>"
                + "<b data-a=1>x</b><font title=t size=5>y</font><iframe src=v.html width=5></iframe>";
        assertThat(strip(html)).isEqualTo(html);
    }

    @Test
    void aTagWithAnOddAttributeNameIsLeftWhole() {
        String html = "<div data-a=\"1\" x\"y=2>t</div><div =z data-b=2>u</div>";
        assertThat(strip(html)).isEqualTo(html);
    }

    @Test
    void anAttributeGluedToThePreviousValueStays() {
        String html = "<div class=\"a\"data-x=\"1\">t</div>";
        assertThat(strip(html)).isEqualTo(html);
    }

    @Test
    void nothingAfterPlaintextIsTouched() {
        String html = "<plaintext><div data-a=1><!-- x --></div>";
        assertThat(strip(html)).isEqualTo(html);
    }

    @Test
    void rawTextOfTitleAndTextareaIsNotReadAsMarkup() {
        String html = "<title>about <script> tags</title><textarea><!-- kept --></textarea><p>x</p>";
        assertThat(strip(html)).isEqualTo(html);
    }

    @Test
    void unterminatedPartsAreLeftToTheParser() {
        assertThat(strip("<p>a</p><script>var never = 'closed'")).isEqualTo("<p>a</p><script>var never = 'closed'");
        assertThat(strip("<div class=\"open>text")).isEqualTo("<div class=\"open>text");
        assertThat(strip("<")).isEqualTo("<");
    }

    @Test
    void multiByteTextAroundScriptsSurvivesInUtf8AndWindows1256() {
        String html = "<p>قال الوزير</p><script>alert('تنبيه')</script><p>أمس</p>";
        assertThat(strip(html)).isEqualTo("<p>قال الوزير</p><script></script><p>أمس</p>");
        Charset cp1256 = Charset.forName("windows-1256");
        assertThat(InertContentStripper.decode(html.getBytes(cp1256), cp1256))
                .isEqualTo("<p>قال الوزير</p><script></script><p>أمس</p>");
    }

    @Test
    void charsetsWhoseBytesAreNotAsciiSafeAreDecodedWhole() {
        String html = "<p>a</p><script>x()</script>";
        assertThat(InertContentStripper.isAsciiCompatible(StandardCharsets.UTF_16LE)).isFalse();
        assertThat(InertContentStripper.decode(html.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE))
                .isEqualTo(html);
    }

    @Test
    void theOnePassTagScanAgreesWithTheTwoStepScanWheneverItAnswers() {
        // Tags built from the characters that matter to both scans: the one-pass scan must find
        // the same end and the same cuts as startTagEnd then unreadAttributes, or decline.
        String[] pieces = {" ", "  ", "\t", "/", "=", " = ", "\"", "'", "<", ">", "a", "class", "data-x", "href",
            "on", "src", "id", "\"v\"", "'v w'", "\"a>b\"", "x=y", "aria-label", "title", "style"};
        Random random = new Random(7);
        int answered = 0;
        for (int round = 0; round < 20000; round++) {
            StringBuilder tag = new StringBuilder("<div");
            int parts = random.nextInt(12);
            for (int k = 0; k < parts; k++) {
                tag.append(pieces[random.nextInt(pieces.length)]);
            }
            if (random.nextInt(4) > 0) {
                tag.append('>');
            }
            tag.append("text");
            byte[] b = tag.toString().getBytes(StandardCharsets.UTF_8);
            int nameEnd = 4;
            int[] onePassCuts = new int[64];
            int[] count = new int[1];
            int end = InertContentStripper.scanOrdinaryTag(b, nameEnd, b.length, onePassCuts, count);
            if (end < 0) {
                continue;
            }
            answered++;
            int twoStepEnd = InertContentStripper.startTagEnd(b, nameEnd, b.length);
            int[] twoStepCuts = new int[64];
            int twoStepCount = InertContentStripper.unreadAttributes(b, nameEnd, twoStepEnd, twoStepCuts);
            assertThat(end).as(tag.toString()).isEqualTo(twoStepEnd);
            assertThat(java.util.Arrays.copyOf(onePassCuts, count[0])).as(tag.toString())
                    .isEqualTo(java.util.Arrays.copyOf(twoStepCuts, twoStepCount));
        }
        assertThat(answered).isGreaterThan(1000);
    }

    @Test
    void byteSearchFindsTheFirstMatchAtEveryOffset() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) random.nextInt(6) == 0 ? (byte) '<' : (byte) (random.nextInt(256));
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length);
            int naive = -1;
            for (int i = from; i < b.length; i++) {
                if (b[i] == '<') {
                    naive = i;
                    break;
                }
            }
            assertThat(InertContentStripper.indexOf(b, (byte) '<', from, b.length)).isEqualTo(naive);
        }
    }

    static Stream<Path> goldenPages() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/extract"))) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    /**
     * On every golden page the stripped page, furniture kept, parses to the same tree as the
     * whole page once script and style bodies (other than JSON-LD), svg drawings, comments and
     * the attributes nothing reads are taken out of the latter.
     */
    @ParameterizedTest
    @MethodSource("goldenPages")
    void strippedPageParsesToTheSameTreeWithoutInertContent(Path page) throws IOException {
        byte[] bytes = Files.readAllBytes(page);
        Charset charset = CharsetSniffer.detect(bytes, null);
        Document whole = Jsoup.parse(new String(bytes, charset));
        Document stripped = Jsoup.parse(InertContentStripper.decode(bytes, charset, false));
        withoutInertContent(whole);

        assertThat(html(stripped)).isEqualTo(html(whole));
    }

    /**
     * With furniture cut too, the tree differs only inside the elements the pruner removes for
     * what they are (menus, sidebars, footers): outside them, and in their own tags, nothing.
     */
    @ParameterizedTest
    @MethodSource("goldenPages")
    void cuttingFurnitureChangesNothingOutsideIt(Path page) throws IOException {
        byte[] bytes = Files.readAllBytes(page);
        Charset charset = CharsetSniffer.detect(bytes, null);
        Document kept = Jsoup.parse(InertContentStripper.decode(bytes, charset, false));
        Document cut = Jsoup.parse(InertContentStripper.decode(bytes, charset, true));

        assertThat(html(FurnitureRegionsTest.withFurnitureEmptied(cut)))
                .isEqualTo(html(FurnitureRegionsTest.withFurnitureEmptied(kept)));
    }

    private static String html(Document doc) {
        doc.outputSettings().prettyPrint(false);
        return doc.outerHtml();
    }

    private static void withoutInertContent(Document doc) {
        List<Node> comments = new java.util.ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, doc);
        comments.forEach(Node::remove);
        for (Element svg : doc.select("svg")) {
            svg.empty();
        }
        // Ordinary tags lose the attributes nothing reads; the tags skipped over whole (svg,
        // script, style, the raw-text elements) and the ones kept whole do not.
        java.util.Set<String> skippedWhole = java.util.Set.of(
                "svg", "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes");
        for (Element e : doc.getAllElements()) {
            byte[] tag = e.normalName().getBytes(StandardCharsets.UTF_8);
            if (skippedWhole.contains(e.normalName()) || InertContentStripper.keepsAllAttributes(tag, 0, tag.length)) {
                continue;
            }
            List<String> unread = new java.util.ArrayList<>();
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                byte[] name = a.getKey().getBytes(StandardCharsets.UTF_8);
                if (InertContentStripper.isUnreadAttribute(name, 0, name.length)) {
                    unread.add(a.getKey());
                }
            }
            unread.forEach(e::removeAttr);
        }
        for (Element e : doc.select("script, style")) {
            if (!e.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) {
                e.childNodes().stream().filter(DataNode.class::isInstance).toList().forEach(Node::remove);
            }
        }
    }
}
