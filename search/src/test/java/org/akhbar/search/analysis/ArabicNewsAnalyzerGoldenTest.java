package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every row of {@code analysis/golden.tsv} through the whole stemmed chain. Terms at
 * one position (the readings of one word) are written joined by {@code |}, primary first.
 */
class ArabicNewsAnalyzerGoldenTest {
    private static final ArabicNewsAnalyzer ANALYZER = ArabicNewsAnalyzer.stemmed();

    record Row(int line, String text, List<String> expected, String comment) {}

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = ArabicNewsAnalyzerGoldenTest.class.getResourceAsStream("/analysis/golden.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 2) {
                    throw new IllegalStateException("golden.tsv line " + (i + 1) + " needs text<TAB>terms");
                }
                List<String> expected = cols[1].isBlank() ? List.of() : Arrays.asList(cols[1].trim().split(" "));
                rows.add(new Row(i + 1, cols[0], expected, cols.length > 2 ? cols[2] : ""));
            }
        }
        return rows;
    }

    @Test
    void tableHoldsAtLeast300Rows() throws IOException {
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(300);
    }

    @TestFactory
    Stream<DynamicTest> everyRowAnalysesToItsExpectedTerms() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(
                "line " + row.line() + ": " + row.text() + " " + row.comment(),
                () -> assertThat(positions(Tokens.analyzeTokens(ANALYZER, row.text())))
                        .as("line %d %s", row.line(), row.comment())
                        .containsExactlyElementsOf(row.expected())));
    }

    // One entry per position: the terms there joined by '|', in emission order.
    static List<String> positions(List<Tokens.Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Tokens.Token t : tokens) {
            if (t.posInc() == 0 && !out.isEmpty()) {
                out.set(out.size() - 1, out.getLast() + "|" + t.term());
            } else {
                out.add(t.term());
            }
        }
        return out;
    }
}
