package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cutting the content of menus, sidebars and footers before the parse changes nothing the
 * extraction reads: the tree is the same outside them, and the extraction is the same.
 */
class FurnitureRegionsTest {

    private final Extractor extractor = new Extractor();

    /** The document with every element whose content may have been cut emptied (what it held is the only difference allowed). */
    static Document withFurnitureEmptied(Document doc) {
        for (Element e : doc.getAllElements()) {
            if (e.parent() != null && BoilerplatePruner.isCuttableFurniture(e)) {
                e.empty();
            }
        }
        return doc;
    }

    private static String cutHtml(String html) {
        return InertContentStripper.decode(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
    }

    private static String keptHtml(String html) {
        return InertContentStripper.decode(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
    }

    private static String treeOf(String html, boolean cut) {
        Document doc = Jsoup.parse(InertContentStripper.decode(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, cut));
        doc.outputSettings().prettyPrint(false);
        return withFurnitureEmptied(doc).outerHtml();
    }

    @Test
    void plainMenusSidebarsAndFootersLoseTheirContent() {
        String html = "<body><nav class=\"main-menu\"><ul><li><a href=\"/\">الرئيسية</a></li><li><a href=\"/s\">رياضة</a></li></ul></nav>"
                + "<div class=\"sidebar\"><h3>الأكثر قراءة</h3><p>خبر</p></div>"
                + "<p>نص المقال.</p><footer><p>جميع الحقوق محفوظة</p></footer></body>";
        assertThat(cutHtml(html)).isEqualTo("<body><nav class=\"main-menu\"></nav><div class=\"sidebar\"></div>"
                + "<p>نص المقال.</p><footer></footer></body>");
    }

    @Test
    void aRegionHoldingWhatIsReadBeforePruningStays() {
        List<String> kept = List.of(
                "<aside><h1>العنوان</h1></aside>",
                "<aside><article><p>x</p></article></aside>",
                "<footer><span class=\"author-name\">الكاتب</span></footer>",
                "<aside><a rel=\"author\" href=\"/a\">الكاتب</a></aside>",
                "<aside><span itemprop=\"author\">الكاتب</span></aside>",
                "<aside><time pubdate datetime=\"2024-01-01\">١ يناير</time></aside>",
                "<aside><script type=\"application/ld+json\">{}</script></aside>",
                "<aside><svg><title>الشعار</title></svg></aside>", // no page title before it
                "<div class=\"sidebar\"><div itemprop=\"articleBody\">x</div></div>",
                // The metadata scan reads an h1's whole text, menus and all.
                "<h1>العنوان<span class=\"share\"><a href=\"/\">x</a></span><nav><a href=\"/\">y</a></nav></h1>");
        for (String region : kept) {
            String html = "<body>" + region + "<p>نص</p></body>";
            assertThat(cutHtml(html)).as(region).isEqualTo(keptHtml(html));
        }
    }

    @Test
    void aCommentersNameOrAnAuthorBioDoesNotKeepARegion() {
        String html = "<body><aside><span class=\"comment-author\">زائر</span><div class=\"author-bio\">عن الكاتب</div></aside></body>";
        assertThat(cutHtml(html)).isEqualTo("<body><aside></aside></body>");
    }

    @Test
    void markupTheParserWouldRepairAcrossTheRegionsEdgeKeepsIt() {
        List<String> kept = List.of(
                // A list item inside a list item: the parser closes the outer one, and the
                // </div> that follows would then close the page's wrapper.
                "<div><nav><li><div><li>x</li></div></li></nav><p>بعد</p></div>",
                // A block inside an open paragraph closes it.
                "<nav><p>x<div>y</div></p></nav>",
                // Unclosed and misnested elements.
                "<nav><ul><li>x<li>y</ul></nav>",
                "<nav><b><i>x</b></i></nav>",
                "<nav><div>x</nav>",
                // A link left open before the region would be closed inside it.
                "<a href=\"/x\">رابط<nav><a href=\"/y\">y</a></nav>",
                // A form's size decides whether it wraps the page.
                "<form><nav><a href=\"/y\">y</a></nav></form>",
                // A div is no stop for a list item looking for an open one.
                "<ul><li><div class=\"sidebar\"><li>x</li></div></li></ul>",
                // Inside a select, a menu's start tag is ignored and an input closes the select.
                "<select><menu class=\"sidebar\"><input></menu></select>",
                // A frameset replaces the body as long as nothing in it has shown text.
                "<nav><a href=\"/\">x</a></nav><frameset><frame src=\"a.html\"></frameset>",
                "<math><nav><div>x</div></nav></math>");
        for (String fragment : kept) {
            String html = "<body>" + fragment + "<p>نص</p></body>";
            assertThat(cutHtml(html)).as(fragment).isEqualTo(keptHtml(html));
            assertThat(treeOf(html, true)).as(fragment).isEqualTo(treeOf(html, false));
        }
    }

    @Test
    void aPageWrappedInOneFormIsCutOnceTheFormHoldsAParagraph() {
        // ASP.NET pages wrap the whole page in one form: the pruner keeps a form holding a
        // paragraph whatever its size, so after the first paragraph its size no longer matters.
        String html = "<body><form id=\"aspnetForm\"><nav class=\"menu\"><a href=\"/\">x</a></nav><h1>العنوان</h1>"
                + "<p>نص</p><aside class=\"sidebar\"><a href=\"/y\">y</a></aside></form></body>";
        assertThat(cutHtml(html)).contains("<nav class=\"menu\"><a ").contains("<aside class=\"sidebar\"></aside>");
        assertThat(treeOf(html, true)).isEqualTo(treeOf(html, false));
    }

    @Test
    void aLinkLeftOpenIsClosedByTheNextLink() {
        // XHTML habits: "<a name=top/>" opens a link in HTML, which the next link closes.
        String html = "<body><a name=\"top\"/><div><a href=\"/\">x</a></div><nav><a href=\"/y\">y</a></nav><p>نص</p></body>";
        assertThat(cutHtml(html)).contains("<nav></nav>");
        assertThat(treeOf(html, true)).isEqualTo(treeOf(html, false));
        // Inside a select the builder ignores a link's tags: the one left open stays open.
        String select = "<body><a name=\"top\"/><select><a></a></select><nav><a href=\"/y\">y</a></nav></body>";
        assertThat(cutHtml(select)).isEqualTo(keptHtml(select));
    }

    @Test
    void anIconsTitleIsCutOnceThePageHasItsOwnTitle() {
        String html = "<html><head><title>عنوان الخبر</title></head><body><aside><svg><title>الشعار</title>"
                + "<path d=\"M0 0\"/></svg><a href=\"/\">x</a></aside></body></html>";
        assertThat(cutHtml(html)).contains("<aside></aside>");
        assertThat(treeOf(html, true)).isEqualTo(treeOf(html, false));
    }

    @Test
    void upperCaseLegacyMarkupIsCutToo() {
        String html = "<BODY><DIV CLASS=\"menu\"><UL><LI><A HREF=\"/\">x</A></LI></UL></DIV><P>نص</P></BODY>";
        assertThat(cutHtml(html)).isEqualTo("<BODY><DIV CLASS=\"menu\"></DIV><P>نص</P></BODY>");
    }

    @Test
    void iconsScriptsAndCommentsInsideARegionAreCutWithIt() {
        String html = "<body><nav><!-- menu --><svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/></svg>"
                + "<script>var a = '<div>';</script><a href=\"/\">x</a></nav><p>نص</p></body>";
        assertThat(cutHtml(html)).isEqualTo("<body><nav></nav><p>نص</p></body>");
    }

    static List<Path> goldenPages() throws IOException {
        return InertContentStripperTest.goldenPages().toList();
    }

    @ParameterizedTest
    @MethodSource("goldenPages")
    void goldenPagesExtractTheSameWithTheFurnitureCut(Path page) throws IOException {
        ExtractionInput input = new ExtractionInput(URI.create("https://example.org/news/1"), Files.readAllBytes(page),
                null, null, ZoneOffset.UTC, Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(extractor.extract(input, true)).isEqualTo(extractor.extract(input, false));
    }

    /**
     * Random pages mixing furniture with every kind of markup the tree builder repairs
     * (unclosed, misnested and stray tags, open links and formatting, forms, headers, tables,
     * lists, paragraphs): the trees agree outside the furniture, and the extractions agree.
     */
    @Property(tries = 1000)
    void randomPagesParseAndExtractTheSameWithTheFurnitureCut(@ForAll long seed) {
        String html = RandomPage.of(new Random(seed));
        Statistics.label("content cut").collect(!cutHtml(html).equals(keptHtml(html)));

        assertThat(treeOf(html, true)).as(html).isEqualTo(treeOf(html, false));
        ExtractionInput input = new ExtractionInput(URI.create("https://example.org/a"), html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", null, ZoneOffset.UTC, Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(extractor.extract(input, true)).as(html).isEqualTo(extractor.extract(input, false));
    }

    @Test
    void aPageInACharsetTheByteScanDoesNotServeIsParsedWhole() {
        Charset utf16 = StandardCharsets.UTF_16LE;
        String html = "<body><nav><a href=\"/\">x</a></nav></body>";
        assertThat(InertContentStripper.decode(html.getBytes(utf16), utf16, true)).isEqualTo(html);
    }

    /** Builds pages from a small vocabulary of news-page markup, mostly well formed, sometimes not. */
    static final class RandomPage {
        private static final String[] CONTAINERS = {
            "div", "div", "div", "p", "p", "span", "a", "b", "i", "em", "strong", "font", "ul", "ol", "li", "li", "dl", "dd",
            "dt", "nav", "aside", "footer", "menu", "header", "section", "form", "table", "tr", "td", "h1", "h2", "h3",
            "button", "select", "option", "noscript", "article", "main", "label", "time", "figure", "figcaption", "nobr",
            "amp-ad", "blockquote", "textarea", "iframe", "script", "style", "svg", "path", "title", "center", "small",
            "frameset", "math", "template", "caption", "colgroup"};
        private static final String[] VOIDS = {"br", "img", "hr", "input", "wbr", "source", "a"};
        private static final String[] CLASSES = {
            "", "", "", "sidebar", "widget", "menu", "nav-item", "footer-links", "related-posts", "author", "comment-author",
            "author-bio", "post-meta", "entry-date", "hidden", "d-none", "d-none d-md-block", "wp-caption-text", "content",
            "article-body", "share", "ads", "ad-slot", "byline", "entry-content", "comments", "menu-credit-&amp;-debt",
            "SideBar", "tags", "breadcrumb"};
        private static final String[] WORDS = {
            "قال", "الوزير،", "إن", "الحكومة", "ستعلن", "اليوم.", "وأضاف", "الرئيس", "news", "today,", "the", "minister",
            "said.", "2024", "٢٠٢٤", "يناير", "&amp;", "&nbsp;", "x<y", "—"};

        static String of(Random random) {
            // The page's own title, empty, or none: an icon's svg title is read when none came first.
            String title = switch (random.nextInt(3)) {
                case 0 -> "<title>عنوان الخبر</title>";
                case 1 -> "<title> &nbsp; </title>";
                default -> "";
            };
            StringBuilder sb = new StringBuilder("<!doctype html><html><head>" + title + "</head><body>");
            Deque<String> open = new ArrayDeque<>();
            int steps = 20 + random.nextInt(120);
            // Half the pages are tidy (every tag closed in order, as most templates write them),
            // so that furniture is cut often; the rest carry the repairs the builder makes.
            boolean tidy = random.nextBoolean();
            for (int s = 0; s < steps; s++) {
                int roll = random.nextInt(100);
                if (tidy && roll >= 55 && roll < 60) {
                    continue;
                }
                if (roll < 30) {
                    String tag = CONTAINERS[random.nextInt(CONTAINERS.length)];
                    sb.append('<').append(random.nextInt(10) == 0 ? tag.toUpperCase() : tag).append(attributes(random)).append('>');
                    if (tag.equals("script") || tag.equals("style") || tag.equals("textarea") || tag.equals("iframe")
                            || tag.equals("title")) {
                        sb.append(random.nextBoolean() ? "a < b && '</div>'" : "{\"@type\":\"NewsArticle\"}").append("</").append(tag).append('>');
                    } else {
                        open.push(tag);
                    }
                } else if (roll < 55 && !open.isEmpty()) {
                    sb.append("</").append(open.pop()).append('>');
                } else if (roll < 60) {
                    // A stray, misnested or skipped end tag.
                    if (!open.isEmpty() && random.nextBoolean()) {
                        open.pop(); // never closed
                    } else {
                        sb.append("</").append(CONTAINERS[random.nextInt(CONTAINERS.length)]).append('>');
                    }
                } else if (roll < 63) {
                    while (tidy && random.nextBoolean() && !open.isEmpty()) {
                        sb.append("</").append(open.pop()).append('>'); // regions sit high in a page
                    }
                    sb.append(region(random, tidy));
                } else if (roll < 66) {
                    sb.append('<').append(VOIDS[random.nextInt(VOIDS.length)]).append(random.nextBoolean() ? "/>" : ">");
                } else if (roll < 69) {
                    sb.append("<!-- ").append(random.nextBoolean() ? "<nav>" : "x").append(" -->");
                } else {
                    int words = 1 + random.nextInt(12);
                    for (int w = 0; w < words; w++) {
                        sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                }
            }
            while (!open.isEmpty() && (tidy || random.nextInt(4) > 0)) {
                sb.append("</").append(open.pop()).append('>');
            }
            return sb.append("</body></html>").toString();
        }

        private static final String[] REGION_ROOTS = {
            "nav", "aside", "footer", "menu", "div class=\"sidebar\"", "section class=\"related-posts\"",
            "ul class=\"menu\"", "div hidden", "div style=\"display:none\"", "ol class=\"widget\""};
        /** Mostly what menus hold, now and then something the cut must refuse. */
        private static final String[] REGION_CONTENT = {
            "ul", "ul", "li", "li", "li", "a", "a", "a", "span", "div", "div", "p", "h2", "h3", "b", "i", "strong",
            "form", "button", "noscript", "dl", "dd", "dt", "section", "label", "time", "figure", "small",
            "h1", "table", "td", "select", "article", "nobr", "font", "header", "legend", "fieldset"};

        /** A furniture region, filled from {@link #REGION_CONTENT}, closed unless the page is untidy and the dice say so. */
        private static String region(Random random, boolean tidy) {
            String root = REGION_ROOTS[random.nextInt(REGION_ROOTS.length)];
            String rootName = root.split(" ")[0];
            StringBuilder sb = new StringBuilder("<").append(root).append('>');
            Deque<String> open = new ArrayDeque<>();
            int steps = 3 + random.nextInt(25);
            for (int s = 0; s < steps; s++) {
                int roll = random.nextInt(100);
                if (roll < 40) {
                    String tag = REGION_CONTENT[random.nextInt(REGION_CONTENT.length)];
                    sb.append('<').append(tag).append(random.nextInt(4) == 0 ? attributes(random) : "").append('>');
                    open.push(tag);
                } else if (roll < 75 && !open.isEmpty()) {
                    sb.append("</").append(open.pop()).append('>');
                } else if (roll < 80 && !tidy) {
                    sb.append("</").append(REGION_CONTENT[random.nextInt(REGION_CONTENT.length)]).append('>');
                } else if (roll < 85) {
                    sb.append(random.nextBoolean() ? "<br>" : "<img src=\"/i.png\">");
                } else if (roll < 87) {
                    sb.append("<svg viewBox=\"0 0 2 2\"><path d=\"M0 0\"/>").append(random.nextInt(4) == 0 ? "<div>x</div>" : "")
                            .append(random.nextInt(3) == 0 ? "<title>شعار الموقع</title><!-- icon -->" : "").append("</svg>");
                } else {
                    sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
            }
            while (!open.isEmpty()) {
                sb.append("</").append(open.pop()).append('>');
            }
            if (tidy || random.nextInt(5) > 0) {
                sb.append("</").append(rootName).append('>');
            }
            return sb.toString();
        }

        private static String attributes(Random random) {
            StringBuilder sb = new StringBuilder();
            String cls = CLASSES[random.nextInt(CLASSES.length)];
            if (!cls.isEmpty()) {
                sb.append(" class=\"").append(cls).append('"');
            }
            switch (random.nextInt(16)) {
                case 0 -> sb.append(" id=\"author\"");
                case 1 -> sb.append(" itemprop=\"datePublished\" datetime=\"2024-01-02\"");
                case 2 -> sb.append(" rel=\"author\"");
                case 3 -> sb.append(" style=\"display: none\"");
                case 4 -> sb.append(" hidden");
                case 5 -> sb.append(" itemprop=\"url\"");
                case 6 -> sb.append(" href=\"/x\" data-id=\"7\"");
                case 7 -> sb.append(" type=\"application/ld+json\"");
                case 8 -> sb.append(" class=\"second\"");
                default -> { }
            }
            return sb.toString();
        }
    }
}
