package org.akhbar.tools.bench.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrecFilesTest {
    @TempDir
    Path dir;

    @Test
    void runLinesCarryQueryDocRankScoreAndTag() throws IOException {
        Map<String, List<RankedDoc>> runs = new LinkedHashMap<>();
        runs.put("set/q1", List.of(new RankedDoc("set/d7", 12.5), new RankedDoc("news/n1", 3.25)));
        runs.put("set/q2", List.of());
        StringWriter out = new StringWriter();
        TrecRun.write(out, runs, "akhbar");
        assertThat(out.toString()).isEqualTo(
                "set/q1 Q0 set/d7 1 12.500000 akhbar\nset/q1 Q0 news/n1 2 3.250000 akhbar\n");
    }

    @Test
    void aTagWithSpacesIsRefused() {
        assertThatThrownBy(() -> TrecRun.write(new StringWriter(), Map.of(), "two words"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void qrelsAreReadWithPrefixedIdsAndNonRelevantLinesDropped() throws IOException {
        Path file = dir.resolve("qrels.tsv");
        Files.writeString(file, "q1\td1\t1\nq1\td2\t0\nq2 0 d3 2\n\nq3\td4\t0\n");
        Qrels qrels = Qrels.read(file, "s/");
        assertThat(qrels.queries()).containsExactly("s/q1", "s/q2");
        assertThat(qrels.relevant("s/q1")).containsExactly(Map.entry("s/d1", 1));
        assertThat(qrels.relevant("s/q2")).containsExactly(Map.entry("s/d3", 2));
    }

    @Test
    void aMalformedQrelsLineNamesItsLine() throws IOException {
        Path file = dir.resolve("qrels.tsv");
        Files.writeString(file, "q1\td1\t1\nq2\td2\n");
        assertThatThrownBy(() -> Qrels.read(file, "")).hasMessageContaining(":2:");
    }

    @Test
    void pooledSetsKeepTheirQueriesApart() {
        Qrels a = new Qrels(Map.of("a/q1", Map.of("a/d1", 1)));
        Qrels b = new Qrels(Map.of("b/q1", Map.of("b/d1", 1)));
        assertThat(a.plus(b).queries()).containsExactlyInAnyOrder("a/q1", "b/q1");
        assertThatThrownBy(() -> a.plus(a)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queriesAndDocumentsOfASetArePrefixedWithItsFolderName() throws IOException {
        Path set = Files.createDirectories(dir.resolve("tiny-set"));
        Files.writeString(set.resolve("corpus.jsonl"),
                "{\"id\": \"p1\", \"title\": \"مدينة فاس\", \"text\": \"تقع فاس في شمال المغرب.\"}\n"
                        + "{\"id\": \"p2\", \"title\": \"\", \"text\": \"فقرة بلا عنوان\"}\n");
        Files.writeString(set.resolve("queries.tsv"), "q1\tأين تقع فاس؟\n");
        Files.writeString(set.resolve("qrels.tsv"), "q1\tp1\t1\n");
        RetrievalSet s = RetrievalSet.read(set);
        assertThat(s.docs()).extracting(BenchDoc::id).containsExactly("tiny-set/p1");
        assertThat(s.skippedDocs()).isEqualTo(1);
        assertThat(s.queries()).containsExactly(Map.entry("tiny-set/q1", "أين تقع فاس؟"));
        assertThat(s.qrels().relevant("tiny-set/q1")).containsKey("tiny-set/p1");
    }

    @Test
    void percentilesAreNearestRank() {
        Latencies l = new Latencies();
        for (int i = 1; i <= 100; i++) {
            l.add(i * 1_000_000L);
        }
        assertThat(l.percentileMs(50)).isEqualTo(50.0);
        assertThat(l.percentileMs(99)).isEqualTo(99.0);
        assertThat(l.meanMs()).isEqualTo(50.5);
    }
}
