package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TextLength} counts exactly what jsoup's text() and TextNode.text().strip() hold. */
class TextLengthTest {

    /** Caps under, at and over the lengths of the crafted and golden pages' elements. */
    private static final int[] CAPS = {0, 1, 5, 40, 600, 5000};

    /**
     * Every element and text node of the document measures as jsoup's own strings do, and
     * every element with a cap measures exactly up to it and past it beyond.
     */
    private static void assertSameAsJsoup(Document doc) {
        for (Element e : doc.getAllElements()) {
            int length = e.text().length();
            assertThat(TextLength.of(e)).as("text() of %s", e.cssSelector()).isEqualTo(length);
            for (int cap : CAPS) {
                // Exact up to the cap; past it, any count past it.
                if (length <= cap) {
                    assertThat(TextLength.of(e, cap)).as("text() of %s, cap %d", e.cssSelector(), cap).isEqualTo(length);
                } else {
                    assertThat(TextLength.of(e, cap)).as("text() of %s, cap %d", e.cssSelector(), cap).isGreaterThan(cap);
                }
            }
            for (TextNode t : e.textNodes()) {
                assertThat(TextLength.ofStripped(t)).as("text node [%s]", t.getWholeText()).isEqualTo(t.text().strip().length());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<p>one</p><p>two</p>",
        "  <div> lead <b>bold</b>tail </div>  ",
        "<p>a<br>b<br><br>c</p>",
        "<div><p>block</p>inline after<span>span</span></div>",
        "<ul><li>one</li><li> two </li></ul><table><tr><td>a</td><td>b</td></tr></table>",
        "<pre>  keep\n\n  these   spaces  </pre><p>then   collapse\t\tthese</p>",
        "<div><pre><code>  nested\n pre </code></pre></div>",
        "<p>\u00a0nbsp\u00a0\u00a0runs\u00a0</p>",
        "<p>soft\u00adhyphen zero\u200bwidth \u200b leading</p>",
        "<p>\u2003em space\u3000ideographic\u2003</p>",
        "<p>\u000bvertical tab\u000b</p><p>\u0001control\u001f</p>",
        "<p>مرحبا 😀 بالعالم 𝔸</p>",
        "<svg><![CDATA[  raw   data  ]]></svg>",
        "<div>text<div></div>more</div><span><div>inner block</div>inline</span>",
        "<a href=x><div>card headline</div><p>excerpt</p></a> after",
        "<p> </p><p>\n</p><br><br>",
        "<textarea>  a   b  </textarea><p>x</p>",
    })
    void measuresEveryElementOfCraftedMarkupAsJsoupDoes(String html) {
        assertSameAsJsoup(Jsoup.parse("<body>" + html + "</body>"));
    }

    @Test
    void measuresEveryElementOfTheGoldenPagesAsJsoupDoes() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/extract"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            byte[] body = Files.readAllBytes(page);
            assertSameAsJsoup(Jsoup.parse(new String(body, CharsetSniffer.detect(body, null))));
        }
    }

    @Property(tries = 300)
    void measuresRandomMarkupAsJsoupDoes(@ForAll("markup") String html) {
        assertSameAsJsoup(Jsoup.parse(html));
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> piece = Arbitraries.of(
                "<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<a href=x>", "</a>", "<br>",
                "<pre>", "</pre>", "<li>", "</li>", "<td>", "<h2>", "</h2>", "<img src=y>", "<!-- c -->", "<script>s()</script>",
                " ", "  ", "\n", "\t", "\u00a0", "\u200b", "\u00ad", "\u2003", "\u000b", "\u0001", "word", "كلمة", "😀", ".");
        return piece.list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }
}
