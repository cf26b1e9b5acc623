package org.akhbar.tools.bench.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads a document collection in JSON Lines ({@code .jsonl} or gzipped {@code .jsonl.gz}). */
final class Jsonl {
    private Jsonl() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String id, String title, String text) {}

    /** What reading a collection kept and skipped. */
    record Read(List<BenchDoc> docs, int skippedWithoutTitle) {}

    /**
     * The documents of {@code file}, ids prefixed with {@code set + "/"}. A document without
     * a title is skipped (and counted): an article always has one, so the project could not
     * index it, and skipping it in both systems keeps the collections identical.
     */
    static Read read(Path file, String set) throws IOException {
        List<BenchDoc> docs = new ArrayList<>();
        int skipped = 0;
        try (BufferedReader in = open(file);
                MappingIterator<Line> lines = JSON.readerFor(Line.class).readValues(in)) {
            while (lines.hasNextValue()) {
                Line line = lines.nextValue();
                if (line.id() == null || line.id().isBlank()) {
                    throw new IOException(file + ": a document without an id");
                }
                if (line.title() == null || line.title().isBlank()) {
                    skipped++;
                    continue;
                }
                docs.add(new BenchDoc(set + "/" + line.id(), set, line.title().strip(),
                        line.text() == null ? "" : line.text()));
            }
        }
        return new Read(docs, skipped);
    }

    /** The set name a file stands for: its name without {@code .jsonl} / {@code .jsonl.gz}. */
    static String setName(Path file) {
        String name = file.getFileName().toString();
        for (String ext : new String[] {".jsonl.gz", ".jsonl", ".gz", ".json"}) {
            if (name.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            InputStream in = file.getFileName().toString().endsWith(".gz")
                    ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }
}
