package org.akhbar.tools.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One retrieval test set: a folder with {@code corpus.jsonl[.gz]} ({@code {id, title, text}}),
 * {@code queries.tsv} ({@code qid<TAB>text}) and {@code qrels.tsv}. Every id is prefixed
 * with the folder's name and {@code /}, because ids of different sets may collide once the
 * sets are pooled.
 */
record RetrievalSet(String name, List<BenchDoc> docs, int skippedDocs, Map<String, String> queries, Qrels qrels) {

    static RetrievalSet read(Path dir) throws IOException {
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        Path corpus = dir.resolve("corpus.jsonl.gz");
        if (!Files.exists(corpus)) {
            corpus = dir.resolve("corpus.jsonl");
        }
        Jsonl.Read docs = Jsonl.read(corpus, name);
        String prefix = name + "/";
        return new RetrievalSet(name, docs.docs(), docs.skippedWithoutTitle(),
                readQueries(dir.resolve("queries.tsv"), prefix), Qrels.read(dir.resolve("qrels.tsv"), prefix));
    }

    /** {@code qid<TAB>text} lines, ids prefixed; a line without a tab is an error. */
    static Map<String, String> readQueries(Path file, String prefix) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        TextLines.forEachNonBlank(file, (lineNo, line) -> {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IOException(file + ":" + lineNo + ": expected qid<TAB>text");
            }
            queries.put(prefix + line.substring(0, tab), line.substring(tab + 1));
        });
        return queries;
    }
}
