package org.akhbar.tools.bench.pipeline.site;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** Reads a news corpus in JSON Lines ({@code .jsonl} or gzipped {@code .jsonl.gz}). */
public final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String id, String source, @JsonProperty("date_extracted") String dateExtracted, String title,
            String author, String text) {}

    /**
     * The articles of {@code file} in file order. Lines without an id, a source or a title are
     * skipped (a news page always has a title, and the site needs a host for it); a repeated
     * id is an error, since URLs are made from ids.
     */
    public static List<CorpusArticle> read(Path file) throws IOException {
        List<CorpusArticle> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader in = open(file);
                MappingIterator<Line> lines = JSON.readerFor(Line.class).readValues(in)) {
            while (lines.hasNextValue()) {
                Line l = lines.nextValue();
                if (blank(l.id()) || blank(l.source()) || blank(l.title())) {
                    continue;
                }
                if (!ids.add(l.id())) {
                    throw new IOException(file + ": id " + l.id() + " appears twice");
                }
                out.add(new CorpusArticle(l.id(), l.source(), l.dateExtracted(), l.title().strip(),
                        l.author() == null ? "" : l.author().strip(), l.text() == null ? "" : l.text()));
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }
}
