package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link ElementWalk} hands out what getAllElements() lists, in the same order. */
class ElementWalkTest {

    private static List<Element> walk(Element root) {
        List<Element> out = new ArrayList<>();
        ElementWalk walk = new ElementWalk(root);
        for (Element e = walk.next(); e != null; e = walk.next()) {
            out.add(e);
        }
        assertThat(walk.next()).isNull();
        return out;
    }

    private static void assertSameAsGetAllElements(Document doc) {
        for (Element e : doc.getAllElements()) {
            assertThat(walk(e)).containsExactlyElementsOf(e.getAllElements());
        }
    }

    @Test
    void walksASubtreeInDocumentOrderWithoutLeavingIt() {
        Document doc = Jsoup.parse("<div id=before><p>x</p></div><div id=root>text<p>a<b>b</b></p><!-- c --><ul><li>1<li>2</ul>"
                + "tail</div><div id=after><p>y</p></div>");
        assertThat(walk(doc.getElementById("root"))).extracting(Element::normalName)
                .containsExactly("div", "p", "b", "ul", "li", "li");
        assertSameAsGetAllElements(doc);
    }

    @Test
    void aLeafIsItsOwnWalk() {
        Element img = Jsoup.parse("<p>text<img src=x>more</p>").selectFirst("img");
        assertThat(walk(img)).containsExactly(img);
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        Document doc = Jsoup.parse("<div>".repeat(5000) + "deep" + "</div>".repeat(5000));
        assertThat(walk(doc.body())).hasSize(doc.body().getAllElements().size());
    }

    @Property(tries = 200)
    void walksRandomMarkupAsGetAllElementsLists(@ForAll("markup") String html) {
        assertSameAsGetAllElements(Jsoup.parse(html));
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> piece = Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<a>", "</a>", "<br>",
                "<ul><li>", "</ul>", "<table><tr><td>", "</table>", "<!-- c -->", "text", " ");
        return piece.list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }
}
