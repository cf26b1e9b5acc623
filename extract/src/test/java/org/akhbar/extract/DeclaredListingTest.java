package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page whose metadata declares a listing (a shop's category page, a collection, a search
 * result or an author's page) is not an article, however much prose it carries (a category
 * page's buying guide), unless JSON-LD describes an article on it; the reason names the
 * evidence ({@link PageJudge}, {@link MetadataReader}).
 */
class DeclaredListingTest {

    private static final String GUIDE = "<p>Choosing a sleeping bag starts with the coldest night you expect: pick a"
            + " temperature rating a few degrees below it, since ratings assume a sleeper in a tent on a pad.</p>"
            + "<p>Down packs smaller and lasts longer, while synthetic fill keeps some warmth when wet and costs less,"
            + " which is why guides for wet climates still recommend it for a first bag.</p>"
            + "<p>Shape matters too: a mummy bag is warmest for its weight, a rectangular one roomier for car camping"
            + " and for people who turn over many times in a night.</p>";

    private final Extractor extractor = new Extractor();

    private Extraction extract(String head) {
        return extract(head, "https://shop.example/c/sleeping-bags");
    }

    private Extraction extract(String head, String url) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sleeping bags | Trail Shop"
                + "</title>" + head + "</head><body><h1>Sleeping bags</h1><div class=\"category-guide\">" + GUIDE
                + "</div></body></html>";
        return extractor.extract(new ExtractionInput(URI.create(url),
                html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null, ZoneOffset.UTC,
                Instant.parse("2025-05-10T08:00:00Z")));
    }

    private static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "shop category by og:type | <meta property='og:type' content='product.group'> | og:type product.group",
        "product page by og:type | <meta property='og:type' content='product'> | og:type product",
        "author page by og:type | <meta property='og:type' content='profile'> | og:type profile",
        "collection by JSON-LD | {\"@context\":\"https://schema.org\",\"@type\":\"CollectionPage\",\"name\":\"Sleeping bags\"} | JSON-LD CollectionPage",
        "search result in a graph | {\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Trail Shop\"},{\"@type\":[\"WebPage\",\"SearchResultsPage\"]}]} | JSON-LD SearchResultsPage",
        "author page by JSON-LD | {\"@type\":\"ProfilePage\",\"mainEntity\":{\"@type\":\"Person\",\"name\":\"A. Writer\"}} | JSON-LD ProfilePage",
    })
    void aDeclaredListingIsNotAnArticleAndTheReasonNamesTheEvidence(String kind, String head, String evidence) {
        Extraction e = extract(head.startsWith("{") ? jsonLd(head) : head.replace('\'', '"'));

        assertThat(e.status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
        assertThat(e.reason()).isEqualTo("listing: the page declares itself one (" + evidence + ")");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no listing evidence | <meta property='og:type' content='article'> | https://shop.example/c/sleeping-bags",
        "an article on a collection page | {\"@graph\":[{\"@type\":\"CollectionPage\"},{\"@type\":\"NewsArticle\",\"headline\":\"Sleeping bags\"}]} | https://shop.example/c/sleeping-bags",
        "a top-ten article describes its list | {\"@type\":\"ItemList\",\"itemListElement\":[]} | https://shop.example/guides/how-to-choose-a-sleeping-bag",
    })
    void withoutADeclaredListingOrWithAnArticleThePageIsAnArticle(String kind, String head, String url) {
        Extraction e = extract(head.startsWith("{") ? jsonLd(head) : head.replace('\'', '"'), url);

        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://shop.example/",
        "https://shop.example",
        "https://shop.example/?srsltid=AfmB0x&utm_source=news",
    })
    void aSitesHomePageIsAListingWhateverItsText(String url) {
        Extraction e = extract("<meta property='og:type' content='article'>".replace('\'', '"'), url);

        assertThat(e.status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
        assertThat(e.reason()).isEqualTo("listing: the site's home page (URL path /)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://paper.example/?p=123",
        "https://paper.example/index.php?id=5",
        "https://paper.example/2025/05/night-buses",
    })
    void aStoryAtTheRootWithItsIdInTheQueryIsNoHomePage(String url) {
        assertThat(PageJudge.isHomePage(URI.create(url))).isFalse();
        assertThat(extract("", url).status()).isEqualTo(Extraction.Status.ARTICLE);
    }
}
