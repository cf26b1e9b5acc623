package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.akhbar.samplesite.Expectation;
import org.akhbar.samplesite.SamplePage;
import org.akhbar.samplesite.SampleSite;
import org.akhbar.samplesite.SampleSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the bundled sample site against its golden expectation: the same bytes the
 * crawler receives, the source's configured name and zone, and the page's reference time.
 */
class SampleSiteGoldenTest {
    private static SampleSite site;
    private final Extractor extractor = new Extractor();

    @BeforeAll
    static void start() {
        site = SampleSite.start(0);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static Stream<SamplePage> pages() {
        return Stream.concat(SampleSite.pages().stream(), SampleSite.trapPages().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void extractionMatchesTheGoldenFile(SamplePage page) {
        Expectation expected = page.expectation();
        boolean trap = page.sourceId().equals("traps");
        SampleSource source = trap ? SampleSource.WADI : SampleSource.byId(page.sourceId());
        Instant fetchedAt = expected.referenceTime() == null ? Instant.parse("2026-01-12T00:00:00Z") : expected.referenceTime();
        String contentType = SampleSite.contentType(page.path());
        Extraction result = extractor.extract(new ExtractionInput(URI.create(site.baseUri() + page.path()),
                site.render(page.path()), contentType, trap ? null : source.siteName(), source.timezone(), fetchedAt));

        assertThat(result.status().name()).as("status (%s)", result.reason()).isEqualTo(expected.status().name());
        if (expected.status() != Expectation.Status.ARTICLE) {
            return;
        }
        ExtractedArticle a = result.article();
        List<String> diffs = new ArrayList<>();
        check(diffs, "title", expected.title(), a.title());
        check(diffs, "publishedAt", expected.publishedAt(), a.publishedAt());
        check(diffs, "authors", expected.authors(), a.authors());
        check(diffs, "dateline", expected.dateline(), a.dateline());
        check(diffs, "paragraphs", expected.paragraphs(), a.paragraphs());
        assertThat(diffs).as(page.path()).isEmpty();
    }

    private static void check(List<String> diffs, String field, Object expected, Object actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            diffs.add(field + ": expected " + expected + " but was " + actual);
        }
    }
}
