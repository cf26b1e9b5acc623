package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the extractor on every page under {@code src/test/resources/extract/<site>/} and
 * compares the result with {@code <case>.expected.json}. Each site folder has a
 * {@code site.properties} (siteName, zone, fetchedAt, baseUrl, optional contentType.<case>).
 * Keys absent from an expected file (language, charset, canonicalUrl) are not compared.
 *
 * <p>{@code -Dakhbar.golden.update=true} rewrites the expected files from the current output;
 * every rewritten file must then be read and checked by hand before it is committed.
 */
class GoldenPagesTest {

    private static final Path ROOT = Path.of("src/test/resources/extract");
    private static final boolean UPDATE = Boolean.getBoolean("akhbar.golden.update");
    private final Extractor extractor = new Extractor();

    @TestFactory
    Stream<DynamicTest> everyGoldenPageExtractsAsExpected() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> sites = Files.list(ROOT)) {
            for (Path site : sites.filter(Files::isDirectory).sorted().toList()) {
                Properties props = siteProperties(site);
                try (Stream<Path> pages = Files.list(site)) {
                    for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                        tests.add(DynamicTest.dynamicTest(site.getFileName() + "/" + page.getFileName(), () -> check(page, props)));
                    }
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(8);
        return tests.stream();
    }

    private void check(Path page, Properties props) throws IOException, URISyntaxException {
        String name = page.getFileName().toString().replace(".html", "");
        ExtractionInput input = new ExtractionInput(
                new URI(props.getProperty("baseUrl") + name),
                Files.readAllBytes(page),
                props.getProperty("contentType." + name),
                props.getProperty("siteName"),
                ZoneId.of(props.getProperty("zone")),
                Instant.parse(props.getProperty("fetchedAt")));
        Extraction result = extractor.extract(input);
        Path expectedFile = page.resolveSibling(name + ".expected.json");
        if (UPDATE) {
            Files.writeString(expectedFile, JsonWriter.write(actualAsMap(result, Map.of())), StandardCharsets.UTF_8);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> expected = (Map<String, Object>) JsonReader.parse(Files.readString(expectedFile, StandardCharsets.UTF_8));
        assertThat(expected).as("readable " + expectedFile).isNotNull();
        Map<String, Object> actual = actualAsMap(result, expected);
        Map<String, Object> comparable = new LinkedHashMap<>();
        for (String key : expected.keySet()) {
            comparable.put(key, actual.get(key));
        }
        assertThat(JsonWriter.write(comparable)).as(result.reason() == null ? "" : result.reason())
                .isEqualTo(JsonWriter.write(expected));
    }

    private static Map<String, Object> actualAsMap(Extraction result, Map<String, Object> expected) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", result.status().name());
        if (result.article() == null) {
            if (expected.containsKey("reason")) {
                m.put("reason", result.reason());
            }
            return m;
        }
        ExtractedArticle a = result.article();
        m.put("title", a.title());
        m.put("canonicalUrl", a.canonicalUrl());
        m.put("publishedAt", a.publishedAt() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.publishedAt()));
        m.put("authors", new ArrayList<Object>(a.authors()));
        m.put("dateline", a.dateline());
        m.put("language", a.language());
        m.put("charset", a.charset());
        m.put("paragraphs", new ArrayList<Object>(a.paragraphs()));
        return m;
    }

    private static Properties siteProperties(Path site) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(site.resolve("site.properties"), StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    /** Writes the expected-file form: two-space indent, one list item per line, UTF-8 text unescaped. */
    static final class JsonWriter {
        static String write(Object value) {
            StringBuilder sb = new StringBuilder();
            write(value, sb, "");
            return sb.append('\n').toString();
        }

        private static void write(Object value, StringBuilder sb, String indent) {
            if (value == null) {
                sb.append("null");
            } else if (value instanceof String s) {
                sb.append('"');
                for (char c : s.toCharArray()) {
                    switch (c) {
                        case '"' -> sb.append("\\\"");
                        case '\\' -> sb.append("\\\\");
                        case '\n' -> sb.append("\\n");
                        default -> sb.append(c);
                    }
                }
                sb.append('"');
            } else if (value instanceof Map<?, ?> map) {
                sb.append("{\n");
                int i = 0;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    sb.append(indent).append("  \"").append(e.getKey()).append("\": ");
                    write(e.getValue(), sb, indent + "  ");
                    sb.append(++i < map.size() ? ",\n" : "\n");
                }
                sb.append(indent).append('}');
            } else if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    sb.append("[]");
                    return;
                }
                sb.append("[\n");
                for (int i = 0; i < list.size(); i++) {
                    sb.append(indent).append("  ");
                    write(list.get(i), sb, indent + "  ");
                    sb.append(i + 1 < list.size() ? ",\n" : "\n");
                }
                sb.append(indent).append(']');
            } else {
                sb.append(value);
            }
        }
    }
}
