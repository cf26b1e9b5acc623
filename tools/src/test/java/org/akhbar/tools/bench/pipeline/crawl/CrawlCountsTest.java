package org.akhbar.tools.bench.pipeline.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.akhbar.domain.Outcome;
import org.akhbar.domain.OutcomeCounts;
import org.junit.jupiter.api.Test;

class CrawlCountsTest {
    @Test
    void readsTheCountsAndTheReasonsOfACrawlsLastLine() {
        CrawlCounts c = CrawlCounts.find("""
                crawling...
                stored 300, unchanged 2, skipped 6 (not an article: 5, robots.txt: 1), failed 1 (feed: http 500: 1)
                """).orElseThrow();
        assertThat(c.stored()).isEqualTo(300);
        assertThat(c.unchanged()).isEqualTo(2);
        assertThat(c.skipped()).isEqualTo(6);
        assertThat(c.skipReasons()).containsExactly(Map.entry("not an article", 5L), Map.entry("robots.txt", 1L));
        assertThat(c.failed()).isEqualTo(1);
        assertThat(c.failReasons()).containsExactly(Map.entry("feed: http 500", 1L));
    }

    @Test
    void aLineWithoutReasonsHasNone() {
        CrawlCounts c = CrawlCounts.parse("stored 0, unchanged 0, skipped 0, failed 0").orElseThrow();
        assertThat(c.skipReasons()).isEmpty();
        assertThat(c.failReasons()).isEmpty();
    }

    @Test
    void outputWithoutACountsLineHasNoCounts() {
        assertThat(CrawlCounts.find("error: sources.yml: no source\n")).isEmpty();
    }

    @Property
    void readsWhatTheScraperPrints(@ForAll("outcomes") List<Outcome> outcomes) {
        OutcomeCounts printed = new OutcomeCounts();
        outcomes.forEach(printed::add);

        CrawlCounts read = CrawlCounts.parse(printed.toString()).orElseThrow();

        assertThat(read.stored()).isEqualTo(printed.count(Outcome.Kind.STORED));
        assertThat(read.unchanged()).isEqualTo(printed.count(Outcome.Kind.UNCHANGED));
        assertThat(read.skipped()).isEqualTo(printed.count(Outcome.Kind.SKIPPED));
        assertThat(read.failed()).isEqualTo(printed.count(Outcome.Kind.FAILED));
        assertThat(read.skipReasons()).isEqualTo(printed.skipReasons());
        assertThat(read.failReasons()).isEqualTo(printed.failReasons());
        assertThat(read.toString()).isEqualTo(printed.toString());
    }

    @Provide
    Arbitrary<List<Outcome>> outcomes() {
        Arbitrary<String> reasons = Arbitraries.of("not an article", "robots.txt", "not html", "too large",
                "duplicate body", "feed: http 500", "sitemap: malformed", "timeout", "http 404", "gone: article withdrawn");
        Arbitrary<Outcome> outcome = Arbitraries.oneOf(Arbitraries.just(Outcome.stored()),
                Arbitraries.just(Outcome.unchanged()), reasons.map(Outcome::skipped), reasons.map(Outcome::failed));
        return outcome.list().ofMaxSize(40);
    }
}
