package org.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.akhbar.search.Fixtures;

class UserQueryParserPropertiesTest {
    private static Path dir;
    private static ArticleSearcher searcher;
    private final UserQueryParser parser = new UserQueryParser();

    @BeforeContainer
    static void index() throws IOException {
        dir = Files.createTempDirectory("akhbar-query-props");
        searcher = TestIndex.of(dir, Fixtures.ALL, 8);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        searcher.close();
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 1500)
    void randomQueriesNeverThrow(@ForAll("queries") String q) throws IOException {
        assertThat(parser.parse(q).query()).isNotNull();
        SearchResult r = searcher.search(new SearchRequest(q, List.of(), null, null, 1, 10));
        assertThat(r.total()).isBetween(0L, (long) Fixtures.ALL.size());
        for (SearchHit h : r.hits()) {
            assertThat(h.snippet()).doesNotContain("<script");
        }
    }

    @Property(tries = 20)
    void hugeQueriesNeverThrow(@ForAll("queries") String q) throws IOException {
        String huge = (q + " طنجة \"الأمن ").repeat(10_000 / Math.max(1, q.length() + 12) + 1);
        assertThat(huge.length()).isGreaterThanOrEqualTo(10_000);
        searcher.search(new SearchRequest(huge, List.of(), null, null, 1, 10));
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("طنجة", "بطنجة", "الأمن", "انتربول", "47", "ال47", "في", "على", "مدرسة", "الميناء", "<script>"),
                Arbitraries.strings().withChars('"', '“', '”', '«', '»', '+', '-', '*', '?', ':', '(', ')', '[', ']', '\\', '/', '~', '^', '!', '&', '|', ' ')
                        .ofMaxLength(4),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(3),
                Arbitraries.strings().ofMaxLength(6),
                Arbitraries.of("😀", "ـــ", "\uD83D", "AND", "OR", "NOT"));
        return pieces.list().ofMaxSize(10).map(l -> String.join(" ", l));
    }
}
