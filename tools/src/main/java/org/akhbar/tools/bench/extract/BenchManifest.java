package org.akhbar.tools.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads an extraction benchmark manifest: JSON lines of {@code {id, set, lang, url_if_known,
 * expected_title, expected_text, html}}, where {@code html} names a page file (gzipped when it
 * ends in {@code .gz}) beside the manifest, and some sets add {@code page_type} ({@code article},
 * {@code listing}, {@code collection}).
 */
public final class BenchManifest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchManifest() {}

    /**
     * The pages of one manifest, in file order.
     *
     * @throws IllegalArgumentException when a line is not a JSON object with an id and an html file name
     */
    public static List<BenchPage> read(Path manifest) throws IOException {
        Path dir = manifest.toAbsolutePath().getParent();
        String defaultSet = dir.getFileName() == null ? "set" : dir.getFileName().toString();
        List<BenchPage> pages = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row;
                try {
                    row = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IllegalArgumentException(manifest + ":" + lineNumber + ": not JSON");
                }
                String id = text(row, "id");
                String html = text(row, "html");
                if (id == null || html == null) {
                    throw new IllegalArgumentException(manifest + ":" + lineNumber + ": needs \"id\" and \"html\"");
                }
                String set = text(row, "set");
                String expected = text(row, "expected_text");
                pages.add(new BenchPage(id, set == null ? defaultSet : set, text(row, "url_if_known"),
                        text(row, "expected_title"), expected == null ? "" : expected, dir.resolve(html),
                        text(row, "page_type")));
            }
        }
        return pages;
    }

    /** The page's undecoded bytes, gunzipped when its file name ends in {@code .gz}. */
    public static byte[] load(BenchPage page) {
        try (InputStream in = Files.newInputStream(page.html())) {
            if (page.html().getFileName().toString().endsWith(".gz")) {
                try (InputStream gz = new GZIPInputStream(in)) {
                    return gz.readAllBytes();
                }
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page.html() + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode node = row.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
