package org.akhbar.tools.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.akhbar.tools.TestPages;
import org.akhbar.tools.ToolsMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractBenchCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ToolsMain());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 2];
        full[0] = "bench";
        full[1] = "extract";
        System.arraycopy(args, 0, full, 2, args.length);
        return cli.execute(full);
    }

    /** A two-page set: the article (expected text = its paragraphs) and a section page expected empty-handed. */
    private Path writeSet(String name) throws IOException {
        return writeSet(name, null, null);
    }

    /** {@link #writeSet(String)} whose two lines carry these page types when not null. */
    private Path writeSet(String name, String articleType, String sectionType) throws IOException {
        Path setDir = Files.createDirectories(dir.resolve(name));
        gzip(setDir.resolve("article.html.gz"), TestPages.arabicArticle());
        gzip(setDir.resolve("section.html.gz"), TestPages.sectionPage());
        ObjectMapper json = new ObjectMapper();
        Map<String, String> articleLine = new LinkedHashMap<>(Map.of("id", "article-1", "set", name, "lang", "ar",
                "expected_title", TestPages.HEADLINE, "expected_text", String.join("\n\n", TestPages.PARAGRAPHS),
                "html", "article.html.gz"));
        Map<String, String> sectionLine = new LinkedHashMap<>(Map.of("id", "section-1", "set", name, "lang", "ar",
                "expected_text", "عنوان الخبر رقم 1 في قسم الجهات", "html", "section.html.gz"));
        if (articleType != null) {
            articleLine.put("page_type", articleType);
        }
        if (sectionType != null) {
            sectionLine.put("page_type", sectionType);
        }
        String article = json.writeValueAsString(articleLine);
        String section = json.writeValueAsString(sectionLine);
        Path manifest = setDir.resolve("manifest.jsonl");
        Files.writeString(manifest, article + "\n" + section + "\n", StandardCharsets.UTF_8);
        return manifest;
    }

    private static void gzip(Path file, String html) throws IOException {
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void printsOneLinePerSetWithQualityAndBothTimes() throws IOException {
        Path manifest = writeSet("tiny");

        int code = run("--manifest", manifest.toString(), "--warmup", "0", "--warmup-extractions", "0", "--rounds", "1");

        assertThat(code).as(err.toString()).isEqualTo(0);
        String line = out.toString().lines().filter(l -> l.startsWith("tiny")).findFirst().orElseThrow();
        // 2 pages, 1 article; the article is perfect, the section page extracts nothing:
        // P = 1 (only the article counts), R = (1 + 0) / 2, F1 = 2/3; its one title matches.
        assertThat(line).matches("tiny\\s+2\\s+1\\s+1\\.000\\s+0\\.500\\s+0\\.667\\s+1\\.000\\s+.*x \\(.*x\\)");
    }

    @Test
    void writesPredictionsAsJsonLinesAndAMarkdownReport() throws IOException {
        Path manifest = writeSet("tiny");
        Path predictions = dir.resolve("out/predictions.jsonl");
        Path report = dir.resolve("out/report.md");

        int code = run("--manifest", manifest.toString(), "--warmup", "0", "--warmup-extractions", "0", "--rounds", "1",
                "--predictions", predictions.toString(), "--report", report.toString());

        assertThat(code).as(err.toString()).isEqualTo(0);
        List<String> lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("article-1");
        assertThat(first.get("text").asText()).isEqualTo(String.join("\n", TestPages.PARAGRAPHS));
        assertThat(first.get("status").asText()).isEqualTo("ARTICLE");
        assertThat(first.has("reason")).isFalse();
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.get("text").asText()).isEmpty();
        assertThat(second.get("status").asText()).isEqualTo("NOT_ARTICLE");
        assertThat(second.get("reason").asText()).isNotBlank();
        String md = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(md).contains("nproc").contains("./akhbar bench extract --manifest").contains("| tiny | 2 | 1 |");
    }

    @Test
    void typedPagesGiveEachOutcomesRecallAndTheMetricOverArticlePagesOnly() throws IOException {
        Path manifest = writeSet("typed", "article", "listing");
        Path report = dir.resolve("typed.md");

        int code = run("--manifest", manifest.toString(), "--warmup", "0", "--warmup-extractions", "0", "--rounds", "1",
                "--report", report.toString());

        assertThat(code).as(err.toString()).isEqualTo(0);
        // The section page is rightly rejected, so it is left out of the article pages' R:
        // over the whole set R is 0.5, over the article pages 1.
        String line = out.toString().lines().filter(l -> l.startsWith("typed by page type")).findFirst().orElseThrow();
        assertThat(line).contains("article pages judged articles 1/1 (1.000)")
                .contains("listing/collection pages judged not articles 1/1 (1.000)")
                .contains("article pages only: P 1.000 R 1.000 F1 1.000");
        assertThat(Files.readString(report, StandardCharsets.UTF_8))
                .contains("| typed | 1 / 1 (**1.000**) | 1 / 1 (**1.000**) | 1.000 | 1.000 | **1.000** |");
    }

    @Test
    void aListingJudgedAnArticleCountsAgainstTheListingRecall() throws IOException {
        // The article page typed "collection" stands for a listing the extractor takes for an article.
        Path manifest = writeSet("wrong", "collection", "listing");

        assertThat(run("--manifest", manifest.toString(), "--warmup", "0", "--warmup-extractions", "0", "--rounds", "1"))
                .isEqualTo(0);
        assertThat(out.toString()).contains("article pages judged articles 0/0 (-)")
                .contains("listing/collection pages judged not articles 1/2 (0.500)");
    }

    @Test
    void untypedSetsPrintNoPageTypeLine() throws IOException {
        Path manifest = writeSet("plain");

        assertThat(run("--manifest", manifest.toString(), "--warmup", "0", "--warmup-extractions", "0", "--rounds", "1"))
                .isEqualTo(0);
        assertThat(out.toString()).doesNotContain("by page type");
    }

    @Test
    void severalManifestsGiveOneLineEach() throws IOException {
        Path a = writeSet("first");
        Path b = writeSet("second");

        assertThat(run("--manifest", a.toString(), b.toString(), "--warmup", "0", "--warmup-extractions", "0", "--rounds", "1")).isEqualTo(0);
        assertThat(out.toString()).containsPattern("(?m)^first\\s").containsPattern("(?m)^second\\s");
    }

    @Test
    void missingManifestIsAUsageError() {
        assertThat(run("--manifest", dir.resolve("none.jsonl").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no manifest at");
    }

    @Test
    void malformedManifestLineIsNamed() throws IOException {
        Path manifest = dir.resolve("manifest.jsonl");
        Files.writeString(manifest, "{\"id\": \"x\"}\n");

        assertThat(run("--manifest", manifest.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("manifest.jsonl:1").contains("html");
    }
}
