package org.akhbar.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.akhbar.search.Fixtures;
import org.akhbar.search.analysis.ArabicNewsAnalyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The indexing analysis (the exact chain once, stemmed from its cache) and the query
 * analysis must emit exactly what the stemmed chain emits: every query term then meets the
 * terms indexed for the same text.
 */
class AnalyzedTextPropertiesTest {
    private static final ArabicNewsAnalyzer EXACT = ArabicNewsAnalyzer.exact();
    private static final ArabicNewsAnalyzer STEMMED = ArabicNewsAnalyzer.stemmed();

    @Property(tries = 1000)
    void replayedStreamsEqualTheAnalyzerChains(@ForAll("text") String text) throws IOException {
        AnalyzedText analyzed = AnalyzedText.of(EXACT, "f", text);
        assertThat(tokens(analyzed.replay())).isEqualTo(tokens(EXACT.tokenStream("f", text)));
        assertThat(tokens(analyzed.stemmed())).isEqualTo(tokens(STEMMED.tokenStream("f", text)));
    }

    @Property(tries = 1000)
    void theIndexedBodyIsTheStemmedChainShiftedPastTheTitle(@ForAll("text") String text) throws IOException {
        // With an empty title, the body starts one character (the separator) and one part gap in.
        List<String> expected = new ArrayList<>();
        boolean first = true;
        for (String t : tokens(STEMMED.tokenStream("f", text))) {
            expected.add(shift(t, first ? ArticleText.PART_GAP : 0, 1));
            first = false;
        }
        List<String> actual = tokens(ArticleText.tokens(EXACT, "", text, null));
        // The stream ends after the (empty) dateline's separator.
        expected.set(expected.size() - 1, "end@" + (text.length() + 2));
        assertThat(actual).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void queryAnalysisGivesTheStemmedChainsReadingsPositionByPosition(@ForAll("text") String text) throws IOException {
        List<List<String>> expected = new ArrayList<>();
        try (var ts = STEMMED.tokenStream("f", text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            var pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (pos.getPositionIncrement() > 0 || expected.isEmpty()) {
                    expected.add(new ArrayList<>());
                }
                expected.getLast().add(term.toString());
            }
            ts.end();
        }
        List<List<String>> actual = ArticleText.analyzeQuery(EXACT, text).stream()
                .map(p -> p.readings().stream().map(org.apache.lucene.util.BytesRef::utf8ToString).toList())
                .toList();
        assertThat(actual).isEqualTo(expected);
        assertThat(ArticleText.analyzeQuery(EXACT, text)).extracting(ArticleText.QueryPosition::exactForm)
                .isEqualTo(tokens(EXACT.tokenStream("f", text)).stream().filter(t -> !t.startsWith("end@"))
                        .map(t -> t.substring(0, t.indexOf('/'))).toList());
    }

    // Token "term/inc/start-end" with inc raised by extraInc and both offsets by extraOffset.
    private static String shift(String token, int extraInc, int extraOffset) {
        if (token.startsWith("end@")) {
            return token;
        }
        String[] p = token.split("/");
        String[] offsets = p[2].split("-");
        return p[0] + "/" + (Integer.parseInt(p[1]) + extraInc) + "/" + (Integer.parseInt(offsets[0]) + extraOffset)
                + "-" + (Integer.parseInt(offsets[1]) + extraOffset);
    }

    @Property(tries = 300)
    void anyTextCanBeIndexedAndFoundAgain(@ForAll("text") String text) throws IOException {
        if (text.isBlank()) {
            return;
        }
        org.akhbar.domain.Article a = org.akhbar.domain.Article.create("https://x.example/1", "https://x.example/1", "x",
                text, List.of(text), null, null, null, null, java.time.Instant.EPOCH);
        try (var dir = new org.apache.lucene.store.ByteBuffersDirectory();
                var w = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig(Fields.analyzer()))) {
            w.addDocument(ArticleDocuments.toDocument(a));
            w.commit();
            try (var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
                assertThat(ArticleDocuments.toArticle(reader.storedFields().document(0)).title()).isEqualTo(text);
            }
        }
    }

    @Provide
    Arbitrary<String> text() {
        List<String> words = new ArrayList<>();
        Fixtures.ALL.forEach(a -> {
            words.addAll(List.of(a.title().split(" ")));
            words.addAll(List.of(a.body().split("[ \n]")));
        });
        words.addAll(List.of("ال47", "بـ1990", "لعام2006", "ـــ", "😀", "Obama's", "٢٠٢٣", "وبريطانيا", "“أنتربول”"));
        return Arbitraries.oneOf(Arbitraries.of(words), Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(6),
                        Arbitraries.strings().ofMaxLength(5))
                .list().ofMaxSize(30).map(l -> String.join(" ", l));
    }

    private static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            var term = ts.addAttribute(CharTermAttribute.class);
            var pos = ts.addAttribute(PositionIncrementAttribute.class);
            var off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + pos.getPositionIncrement() + "/" + off.startOffset() + "-" + off.endOffset());
            }
            ts.end();
            out.add("end@" + off.endOffset());
        }
        return out;
    }
}
