package org.akhbar.scraper.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {

    // input | expected normal form (empty: refused)
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HTTP://Example.MA/News/1.html                         | http://example.ma/News/1.html
            http://example.ma:80/a                                | http://example.ma/a
            https://example.ma:443/a                              | https://example.ma/a
            http://example.ma:8080/a                              | http://example.ma:8080/a
            http://example.ma                                     | http://example.ma/
            http://example.ma/a#comments                          | http://example.ma/a
            http://example.ma/a?utm_source=fb&utm_medium=social   | http://example.ma/a
            http://example.ma/a?id=7&UTM_Campaign=x&fbclid=abc    | http://example.ma/a?id=7
            http://example.ma/a?b=2&a=1                           | http://example.ma/a?b=2&a=1
            http://example.ma/x/../y/./z                          | http://example.ma/y/z
            http://user:pw@example.ma/a                           | http://example.ma/a
            http://example.ma/أخبار/طنجة                          | http://example.ma/أخبار/طنجة
            http://example.ma/a b                                 | http://example.ma/a%20b
            mailto:desk@example.ma                                |
            javascript:void(0)                                    |
            /relative/only                                        |
            """)
    void normalisesToOneSpelling(String input, String expected) {
        Optional<URI> got = UrlNormalizer.normalize(input);
        if (expected == null) {
            assertThat(got).isEmpty();
        } else {
            assertThat(got).map(URI::toString).contains(expected);
        }
    }

    @ParameterizedTest(name = "{1} against {0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://example.ma/qadim/section/local.html | ../2025/a.html      | http://example.ma/qadim/2025/a.html
            http://example.ma/qadim/section/local.html | /wadi/b.html        | http://example.ma/wadi/b.html
            http://example.ma/qadim/                   | //other.ma/c        | http://other.ma/c
            http://example.ma/qadim/                   | '#top'              | http://example.ma/qadim/
            """)
    void resolvesRelativeLinks(String base, String href, String expected) {
        assertThat(UrlNormalizer.resolve(URI.create(base), href)).map(URI::toString).contains(expected);
    }

    @Property
    void normalisingTwiceChangesNothing(@ForAll("urls") String url) {
        Optional<URI> once = UrlNormalizer.normalize(url);
        once.ifPresent(u -> assertThat(UrlNormalizer.normalize(u.toString())).contains(u));
    }

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> scheme = Arbitraries.of("http", "HTTP", "https", "Https");
        Arbitrary<String> host = Arbitraries.of("example.ma", "EXAMPLE.ma", "127.0.0.1", "news.example.com");
        Arbitrary<String> port = Arbitraries.of("", ":80", ":443", ":8080");
        Arbitrary<String> segment = Arbitraries.of("a", "..", ".", "", "أخبار", "2025", "x%20y", "index.html");
        Arbitrary<String> path = segment.list().ofMaxSize(5).map(l -> "/" + String.join("/", l));
        Arbitrary<String> param = Arbitraries.of("utm_source=x", "id=7", "p=", "fbclid=1", "", "q=طنجة", "UTM_term=y");
        Arbitrary<String> query = param.list().ofMaxSize(4).map(l -> l.isEmpty() ? "" : "?" + String.join("&", l));
        Arbitrary<String> fragment = Arbitraries.of("", "#top", "#");
        return Combinators.combine(scheme, host, port, path, query, fragment)
                .as((s, h, p, pa, q, f) -> s + "://" + h + p + pa + q + f);
    }

    @Test
    void theWwwAndBareFormsOfAHostAreOneSite() {
        assertThat(UrlNormalizer.sameHost(
                URI.create("https://www.example.ma/a.html"), URI.create("https://EXAMPLE.ma/"))).isTrue();
        assertThat(UrlNormalizer.sameHost(
                URI.create("https://news.example.ma/a.html"), URI.create("https://example.ma/"))).isFalse();
        assertThat(UrlNormalizer.sameHost(
                URI.create("https://wwwexample.ma/a.html"), URI.create("https://example.ma/"))).isFalse();
    }
}
