package org.akhbar.tools.bench.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Relevance judgements: for each query, the graded relevance of the documents judged
 * relevant (grade above 0). Documents not listed are not relevant.
 */
final class Qrels {
    private final Map<String, Map<String, Integer>> byQuery;

    Qrels(Map<String, Map<String, Integer>> byQuery) {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        byQuery.forEach((q, rels) -> {
            Map<String, Integer> positive = new LinkedHashMap<>();
            rels.forEach((d, g) -> {
                if (g > 0) {
                    positive.put(d, g);
                }
            });
            if (!positive.isEmpty()) {
                copy.put(q, Collections.unmodifiableMap(positive));
            }
        });
        this.byQuery = Collections.unmodifiableMap(copy);
    }

    /**
     * Reads a TREC-style qrels file: {@code qid<TAB>docid<TAB>grade} (or the four-column
     * {@code qid 0 docid grade} form), ids prefixed with {@code prefix}.
     */
    static Qrels read(Path file, String prefix) throws IOException {
        Map<String, Map<String, Integer>> byQuery = new LinkedHashMap<>();
        TextLines.forEachNonBlank(file, (lineNo, line) -> {
            String[] cols = line.trim().split("\\s+");
            if (cols.length != 3 && cols.length != 4) {
                throw new IOException(file + ":" + lineNo + ": expected qid, docid and grade");
            }
            String doc = cols.length == 3 ? cols[1] : cols[2];
            int grade;
            try {
                grade = Integer.parseInt(cols[cols.length - 1]);
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + lineNo + ": grade is not a number: " + cols[cols.length - 1]);
            }
            byQuery.computeIfAbsent(prefix + cols[0], q -> new LinkedHashMap<>()).merge(prefix + doc, grade, Math::max);
        });
        return new Qrels(byQuery);
    }

    /** Query ids with at least one relevant document, in file order. */
    Set<String> queries() {
        return byQuery.keySet();
    }

    /** The relevant documents of {@code qid} and their grades; empty when none. */
    Map<String, Integer> relevant(String qid) {
        return byQuery.getOrDefault(qid, Map.of());
    }

    /** These judgements and {@code other}'s (query ids must not overlap). */
    Qrels plus(Qrels other) {
        Map<String, Map<String, Integer>> all = new LinkedHashMap<>(byQuery);
        other.byQuery.forEach((q, rels) -> {
            if (all.putIfAbsent(q, rels) != null) {
                throw new IllegalArgumentException("query id in two sets of judgements: " + q);
            }
        });
        return new Qrels(all);
    }
}
