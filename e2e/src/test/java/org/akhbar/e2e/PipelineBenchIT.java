package org.akhbar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.akhbar.store.testing.PostgresTestDatabase;
import org.akhbar.tools.ToolsMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./akhbar bench pipeline} end to end on a corpus written here: every phase runs, through
 * the product's real processes started by the launcher (the reactor has built them before this
 * module), on H2 and PostgreSQL, and reports its figures. The product's targets are not
 * asserted here (the benchmark measures them); what is asserted is that the benchmark measured
 * what it says it measured.
 */
class PipelineBenchIT {
    private static final int ARTICLES = 40;
    private static final int COPIES = 2;
    private static final String[] SOURCES = {"Al-Wadi", "sahil", "al-madina-post"};
    private static final String[] SENTENCES = {
        "أعلنت البلدية اليوم عن افتتاح مكتبة عامة جديدة في الحي الشمالي تضم أكثر من عشرين ألف كتاب في مختلف فروع المعرفة.",
        "وقال مدير المكتبة في تصريح للصحفيين إن القاعات ستفتح أبوابها يوميا من الصباح حتى العاشرة مساء طوال أيام الأسبوع.",
        "وأضاف أن المكتبة خصصت جناحا للأطفال وآخر للباحثين وطلاب الجامعات، إلى جانب قاعة للمحاضرات والندوات الثقافية.",
        "ويأتي المشروع ضمن خطة أوسع لتطوير المرافق الثقافية في المدينة خلال السنوات الخمس المقبلة بتكلفة تتجاوز مئة مليون.",
        "من جهتهم، رحب سكان الحي بالمشروع وعبروا عن أملهم في أن تسهم المكتبة في تشجيع القراءة بين الشباب والناشئة.",
        "وأشار المسؤولون إلى أن المرحلة الثانية ستشمل إنشاء حديقة عامة وممرات للمشاة ومواقف للسيارات حول المبنى الجديد.",
        "وكانت الأمطار الغزيرة التي هطلت الأسبوع الماضي قد أخرت أعمال البناء عدة أيام قبل أن تستأنف الشركة المنفذة العمل.",
        "ويتوقع المنظمون أن يستقبل المعرض المصاحب للافتتاح آلاف الزوار من داخل المدينة وخارجها خلال أيامه الثلاثة.",
    };

    @Test
    void everyPhaseRunsThroughTheProductsProcessesAndReportsItsFigures(@TempDir Path dir) throws Exception {
        Path corpus = writeCorpus(dir.resolve("corpus.jsonl"));
        Path report = dir.resolve("report.md");
        PostgresTestDatabase database = PostgresTestDatabase.create();
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new ToolsMain());
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute("bench", "pipeline", "--root", ServiceProcess.ROOT.toString(),
                    "--corpus", corpus.toString(), "--copies", Integer.toString(COPIES), "--small", "10",
                    "--databases", "h2,postgres", "--postgres", serverUrl(database),
                    "--clients", "1,4", "--overload", "20", "--api-warmup", "1", "--api-seconds", "2",
                    "--latency-ms", "5", "--pair-delay-ms", "50",
                    "--work", dir.resolve("work").toString(), "--report", report.toString());
            String printed = out.toString();
            System.out.println(printed); // kept in the Failsafe report, to read the figures of a run
            assertThat(code).as("exit code; output:%n%s%nerrors:%n%s", printed, err).isZero();

            for (String section : List.of("== Crawl, h2", "== Crawl, postgres", "== Crawl baselines", "== Indexing",
                    "== API", "== Two scrapers", "== Targets")) {
                assertThat(printed).contains(section);
            }
            int pages = ARTICLES * COPIES;
            for (String crawl : List.of("crawl h2 big", "crawl postgres big")) {
                assertThat(printed).as(crawl + " asked for every article page once")
                        .containsPattern(crawl + ": [0-9.]+ pages/s .*; " + pages + " article requests, " + pages
                                + " distinct, 0 fetched twice");
                assertThat(printed).containsPattern(crawl + ": stored \\d+, unchanged 0");
            }
            assertThat(printed).containsPattern("bare fetch loop .*: [0-9.]+ pages/s .*; " + pages + " article requests");
            assertThat(printed).containsPattern("bare fetch \\+ jsoup parse loop: [0-9.]+ pages/s .*; " + pages
                    + " article requests");

            long stored = liveRows(printed, "crawl h2 big");
            assertThat(stored).isPositive();
            assertThat(printed).as("the indexer indexed what the first big crawl stored")
                    .containsPattern("product, database to committed index: indexed " + stored + ", deleted 0, failed 0; "
                            + "[0-9]+ articles/s");
            assertThat(printed).containsPattern("stock ArabicAnalyzer \\+ raw IndexWriter, 1 thread, .*: " + stored
                    + " articles in");

            assertThat(printed).containsPattern("raw IndexSearcher top 10 \\(" + stored + " documents\\), 1 thread");
            // On a loaded machine one call can outlast a short window, so a level may count none;
            // the load generator must have been answered on some of them.
            double answered = 0;
            for (String level : List.of("search    1 clients", "search    4 clients", "static /   1 clients",
                    "static /   4 clients")) {
                Matcher m = Pattern.compile(Pattern.quote(level) + ": +([0-9.]+) req/s").matcher(printed);
                assertThat(m.find()).as(level).isTrue();
                answered += Double.parseDouble(m.group(1));
            }
            assertThat(answered).as("req/s over the levels").isPositive();
            assertThat(printed).containsPattern("overload: \\d+ answers 503, \\d+ with Retry-After");

            assertThat(printed).contains("crawl pair one: exit 0", "crawl pair two a: exit 0", "crawl pair two b: exit 0",
                    "crawl pair delay a: exit 0", "crawl pair delay b: exit 0");
            assertThat(printed).containsPattern("two scrapers with --delay-ms 50: shortest gap between two requests to one "
                    + "host: [0-9.]+ ms");

            String markdown = Files.readString(report);
            assertThat(markdown).startsWith("# Pipeline benchmark, ").contains("Machine: nproc", "## Targets",
                    "## Processes");
            for (String process : List.of("crawl h2 small", "crawl h2 big", "crawl postgres small", "crawl postgres big",
                    "index h2", "crawl pair one", "crawl pair two a", "crawl pair delay b")) {
                assertThat(markdown).as(process + " ran and exited 0, with its flags").containsPattern(
                        "\\| " + process + " \\| 0 \\| .*`[^`]*-Xmx[^`]*-Xlog:gc[^`]*` \\|");
            }
            assertThat(markdown).containsPattern("\\| api \\| \\d+ \\| .*-Xmx1g");
        } finally {
            database.close();
        }
    }

    /** The crawl's live article rows, from its "in the database N live rows" figure. */
    private static long liveRows(String printed, String crawl) {
        Matcher m = Pattern.compile(crawl + ": stored .*; in the database (\\d+) live rows").matcher(printed);
        assertThat(m.find()).as(crawl + " rows").isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The test server's URL with its credentials in it, since the benchmark makes a schema per crawl from it. */
    static String serverUrl(PostgresTestDatabase database) {
        String url = database.jdbcUrl();
        if (database.username() != null) {
            url += "&user=" + URLEncoder.encode(database.username(), StandardCharsets.UTF_8);
        }
        if (database.password() != null) {
            url += "&password=" + URLEncoder.encode(database.password(), StandardCharsets.UTF_8);
        }
        return url;
    }

    /** Forty articles of three sources, each a title of its own and four paragraphs of news prose. */
    static Path writeCorpus(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                paragraphs.add(SENTENCES[(i + 2 * p) % SENTENCES.length] + " " + SENTENCES[(i + 2 * p + 1) % SENTENCES.length]);
            }
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", "it-" + i);
            row.put("source", SOURCES[i % SOURCES.length]);
            row.put("date_extracted", String.format(java.util.Locale.ROOT, "2015-08-%02d 09:%02d:00", 1 + i % 28, i % 60));
            row.put("title", "افتتاح المكتبة العامة رقم " + (i + 1) + " في الحي الشمالي بحضور المسؤولين");
            row.put("author", i % 2 == 0 ? "سارة المحمد" : "");
            row.put("text", String.join("\n\n", paragraphs) + "\n\nوذكر التقرير رقم " + (i + 1) + " أن العمل مستمر.");
            lines.add(json.writeValueAsString(row));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
